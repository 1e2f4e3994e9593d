using FramingAnalyzer.Encoders;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Stories;

/// <summary>
/// Automatic story matching: groups the articles of an input that cover the same event, from their headline and lede.
/// <list type="number">
/// <item>Read every article once (the first of each id), keeping its day, its encoder vector and its term counts.</item>
/// <item>Weigh terms by inverse document frequency over the corpus; centre the vectors on the corpus mean.</item>
/// <item>Find candidates without comparing all pairs: articles that share a rare term (one used by at most
/// <see cref="StoryMatchingOptions.BlockingTermLimit"/> articles within the date window) and whose dates are within the
/// window; score the best <see cref="StoryMatchingOptions.CandidatesPerArticle"/> of them.</item>
/// <item>Cluster (<see cref="StoryClustering"/>) and number the stories by first day and first article.</item>
/// </list>
/// Without dates (none of the articles has one) the window is not applied and candidates come from shared rare terms
/// alone; an undated article in a dated corpus is a candidate for articles of any day. The result depends only on the
/// input's articles in input order, never on threads or shards.
/// </summary>
public sealed class StoryMatcher(ITextEncoder? encoder, StoryMatchingOptions? options = null)
{
    private readonly StoryMatchingOptions _options = options ?? new StoryMatchingOptions();

    /// <summary>Receives the wall time of each step (for --timings).</summary>
    public Action<string, TimeSpan>? Timings { get; init; }

    public StoryTable Match(IEnumerable<ReadItem> items)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var articles = Collect(items, out var termCounts);
        Timings?.Invoke("  story matching: read inputs, headlines and ledes, vectors and terms", clock.Elapsed);
        clock.Restart();
        if (articles.Length == 0) return new StoryTable(new Dictionary<string, string>(), []);
        var pairs = CandidatePairs(articles, termCounts);
        Timings?.Invoke($"  story matching: {pairs.Count:N0} candidate pairs", clock.Elapsed);
        clock.Restart();
        var roots = new StoryClustering(articles, _options).Cluster(pairs);
        var table = Number(articles, roots);
        Timings?.Invoke("  story matching: clustering and story table", clock.Elapsed);
        return table;
    }

    /// <summary>An article read for matching: what the layout, term and encoder steps made of it, before term numbering.</summary>
    private sealed record PreparedArticle(Article Article, string Headline, List<string> Words, float[] Vector);

    public const int BatchSize = 256;

    /// <summary>
    /// Reads the input in batches: each batch's articles are laid out, split into terms and encoded in parallel, then
    /// numbered in input order on this thread (so term numbers, and everything after, do not depend on threads).
    /// </summary>
    private StoryCandidate[] Collect(IEnumerable<ReadItem> items, out int[] documentFrequency)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var articles = new List<StoryCandidate>();
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var df = new List<int>();
        var counts = new List<(int[] Terms, float[] Counts)>();
        var perArticle = new SortedDictionary<int, float>();
        var batch = new List<Article>(BatchSize);
        void Flush()
        {
            var read = new PreparedArticle[batch.Count];
            Parallel.For(0, batch.Count, i => read[i] = Prepare(batch[i]));
            foreach (var r in read)
            {
                var candidate = new StoryCandidate(articles.Count, r.Article.Id, r.Article.Outlet, StoryDates.DayOf(r.Article.Date), r.Headline) { Vector = r.Vector };
                perArticle.Clear();
                foreach (var word in r.Words)
                {
                    if (!termIds.TryGetValue(word, out int id))
                    {
                        id = termIds.Count;
                        termIds.Add(word, id);
                        df.Add(0);
                    }
                    if (!perArticle.ContainsKey(id)) df[id]++;
                    perArticle[id] = perArticle.GetValueOrDefault(id) + 1;
                }
                counts.Add(([.. perArticle.Keys], [.. perArticle.Values]));
                articles.Add(candidate);
            }
            batch.Clear();
        }
        foreach (var item in items)
        {
            if (item.Article is not { } article || !seen.Add(article.Id)) continue;
            batch.Add(article);
            if (batch.Count == BatchSize) Flush();
        }
        Flush();
        documentFrequency = [.. df];
        Weigh(articles, counts, documentFrequency);
        Centre(articles);
        return [.. articles];
    }

    private PreparedArticle Prepare(Article article)
    {
        var (headline, lede) = StoryText.Of(article);
        var words = new List<string>();
        StoryTerms.Collect(headline, words);
        StoryTerms.Collect(lede, words);
        var vector = encoder is null ? [] : new float[encoder.Dimension];
        if (encoder is not null) encoder.Encode([headline + ". " + lede], [vector]);
        return new PreparedArticle(article, headline, words, vector);
    }

    /// <summary>TF-IDF with idf = ln((1 + N) / (1 + df)): a term in every article weighs nothing. Unit length.</summary>
    private static void Weigh(List<StoryCandidate> articles, List<(int[] Terms, float[] Counts)> counts, int[] df)
    {
        double n = articles.Count;
        for (int a = 0; a < articles.Count; a++)
        {
            var (terms, tf) = counts[a];
            var kept = new List<int>(terms.Length);
            var weights = new List<float>(terms.Length);
            double norm = 0;
            for (int i = 0; i < terms.Length; i++)
            {
                double w = tf[i] * Math.Log((1 + n) / (1 + df[terms[i]]));
                if (w <= 0) continue;
                kept.Add(terms[i]);
                weights.Add((float)w);
                norm += w * w;
            }
            norm = Math.Sqrt(norm);
            articles[a].Terms = [.. kept];
            articles[a].Weights = [.. weights.Select(w => (float)(w / norm))];
        }
    }

    /// <summary>Subtracts the mean vector: what all news text shares would otherwise make every pair look alike.</summary>
    private static void Centre(List<StoryCandidate> articles)
    {
        if (articles.Count == 0 || articles[0].Vector.Length == 0) return;
        int dimension = articles[0].Vector.Length;
        var mean = new double[dimension];
        foreach (var a in articles) for (int d = 0; d < dimension; d++) mean[d] += a.Vector[d];
        for (int d = 0; d < dimension; d++) mean[d] /= articles.Count;
        foreach (var a in articles) for (int d = 0; d < dimension; d++) a.Vector[d] -= (float)mean[d];
    }

    private List<StoryClustering.Pair> CandidatePairs(StoryCandidate[] articles, int[] df)
    {
        var postings = Postings(articles, df);
        bool dated = articles.Any(a => a.Day is not null);
        var pairs = new List<StoryClustering.Pair>[articles.Length];
        Parallel.For(0, articles.Length, () => (Score: new float[articles.Length], Touched: new List<int>()), (i, _, scratch) =>
        {
            pairs[i] = PairsOf(articles, i, postings, dated, scratch.Score, scratch.Touched);
            return scratch;
        }, _ => { });
        var all = new List<StoryClustering.Pair>();
        var seen = new HashSet<long>();
        foreach (var list in pairs)
        {
            foreach (var pair in list) if (seen.Add(((long)pair.A << 32) | (uint)pair.B)) all.Add(pair);
        }
        return all;
    }

    /// <summary>Per term used by two articles or more: its articles, dated ones sorted by (day, order), then undated ones.</summary>
    private static Dictionary<int, (int[] Days, int[] Articles, int[] Undated)> Postings(StoryCandidate[] articles, int[] df)
    {
        var lists = new Dictionary<int, List<int>>();
        foreach (var a in articles)
        {
            foreach (var t in a.Terms)
            {
                if (df[t] < 2) continue;
                if (!lists.TryGetValue(t, out var list)) lists[t] = list = new List<int>(df[t]);
                list.Add(a.Index);
            }
        }
        var postings = new Dictionary<int, (int[], int[], int[])>(lists.Count);
        foreach (var (term, list) in lists)
        {
            var dated = list.Where(i => articles[i].Day is not null).OrderBy(i => articles[i].Day).ThenBy(i => i).ToArray();
            var undated = list.Where(i => articles[i].Day is null).ToArray();
            postings[term] = (dated.Select(i => articles[i].Day!.Value).ToArray(), dated, undated);
        }
        return postings;
    }

    private List<StoryClustering.Pair> PairsOf(StoryCandidate[] articles, int i, Dictionary<int, (int[] Days, int[] Articles, int[] Undated)> postings,
        bool dated, float[] score, List<int> touched)
    {
        var article = articles[i];
        touched.Clear();
        for (int k = 0; k < article.Terms.Length; k++)
        {
            if (!postings.TryGetValue(article.Terms[k], out var posting)) continue;
            int from = 0, to = posting.Articles.Length;
            if (dated && article.Day is { } day)
            {
                from = LowerBound(posting.Days, day - _options.WindowDays);
                to = LowerBound(posting.Days, day + _options.WindowDays + 1);
            }
            if (to - from + posting.Undated.Length > _options.BlockingTermLimit) continue;
            float weight = article.Weights[k];
            void Touch(int j)
            {
                if (j == i) return;
                if (score[j] == 0) touched.Add(j);
                score[j] += weight * WeightOf(articles[j], article.Terms[k]);
            }
            for (int p = from; p < to; p++) Touch(posting.Articles[p]);
            foreach (int j in posting.Undated) Touch(j);
        }
        var best = touched.OrderByDescending(j => score[j]).ThenBy(j => j).Take(_options.CandidatesPerArticle).ToList();
        foreach (int j in touched) score[j] = 0;
        var result = new List<StoryClustering.Pair>(best.Count);
        foreach (int j in best)
        {
            var other = articles[j];
            double similarity = StorySimilarity.Combine(StorySimilarity.VectorCosine(article.Vector, other.Vector),
                StorySimilarity.SparseDot(article.Terms, article.Weights, other.Terms, other.Weights), _options.VectorWeight);
            if (similarity >= _options.Threshold) result.Add(new StoryClustering.Pair(Math.Min(i, j), Math.Max(i, j), similarity));
        }
        return result;
    }

    private static float WeightOf(StoryCandidate article, int term)
    {
        int at = Array.BinarySearch(article.Terms, term);
        return at >= 0 ? article.Weights[at] : 0;
    }

    private static int LowerBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// Story ids: <c>auto-DATE-K</c>, K counting the stories that start on DATE in order of their first article
    /// (<c>auto-K</c> for undated stories). The representative headline is the member's nearest the story's centroid.
    /// </summary>
    private StoryTable Number(StoryCandidate[] articles, int[] roots)
    {
        var members = new SortedDictionary<int, List<int>>();
        for (int i = 0; i < roots.Length; i++)
        {
            if (!members.TryGetValue(roots[i], out var list)) members[roots[i]] = list = [];
            list.Add(i);
        }
        var ordered = members.Values
            .Select(list => (Members: list, First: list.Select(i => articles[i].Day).Where(d => d is not null).Min(), Last: list.Select(i => articles[i].Day).Where(d => d is not null).Max()))
            .OrderBy(s => s.First is null ? 1 : 0).ThenBy(s => s.First ?? 0).ThenBy(s => s.Members[0])
            .ToList();
        var storyOf = new Dictionary<string, string>(articles.Length, StringComparer.Ordinal);
        var rows = new List<StoryRow>(ordered.Count);
        int? previousDay = null;
        int k = 0;
        bool first = true;
        foreach (var (list, firstDay, lastDay) in ordered)
        {
            k = first || firstDay != previousDay ? 1 : k + 1;
            first = false;
            previousDay = firstDay;
            var id = firstDay is { } d ? $"auto-{StoryDates.Format(d)}-{k}" : $"auto-{k}";
            foreach (int i in list) storyOf[articles[i].Id] = id;
            var outlets = list.Select(i => articles[i].Outlet).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            rows.Add(new StoryRow(id, firstDay is null ? null : StoryDates.Format(firstDay.Value), lastDay is null ? null : StoryDates.Format(lastDay.Value),
                outlets, list.Count, Representative(articles, list)));
        }
        return new StoryTable(storyOf, rows);
    }

    private string Representative(StoryCandidate[] articles, List<int> list)
    {
        if (list.Count <= 2) return articles[list[0]].Headline;
        int dimension = articles[list[0]].Vector.Length;
        var centroid = new float[dimension];
        var terms = new Dictionary<int, float>();
        foreach (int i in list)
        {
            if (dimension > 0) System.Numerics.Tensors.TensorPrimitives.Add(centroid, articles[i].Vector, centroid);
            for (int t = 0; t < articles[i].Terms.Length; t++) terms[articles[i].Terms[t]] = terms.GetValueOrDefault(articles[i].Terms[t]) + articles[i].Weights[t];
        }
        var termIds = terms.Keys.Order().ToArray();
        var termWeights = termIds.Select(t => terms[t]).ToArray();
        double norm = Math.Sqrt(termWeights.Sum(w => (double)w * w));
        int best = list[0];
        double bestScore = double.NegativeInfinity;
        foreach (int i in list)
        {
            if (articles[i].Headline.Length == 0) continue;
            double score = StorySimilarity.Combine(StorySimilarity.VectorCosine(articles[i].Vector, centroid),
                norm == 0 ? 0 : StorySimilarity.SparseDot(articles[i].Terms, articles[i].Weights, termIds, termWeights) / norm, _options.VectorWeight);
            if (score > bestScore) (best, bestScore) = (i, score);
        }
        return articles[best].Headline;
    }
}
