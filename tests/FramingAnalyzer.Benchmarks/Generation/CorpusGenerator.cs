using System.Globalization;
using System.Text;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Benchmarks.Generation;

/// <summary>
/// Writes a realistic synthetic corpus from the project's own sample text: one folder per outlet, one <c>.txt</c> file
/// per article with front matter (id, title, date, story, url). Each generated article of outlet <c>k</c> recombines
/// the text of sample outlet <c>k mod S</c>: the opening of one of its articles, then body paragraphs drawn without
/// replacement from all of that outlet's paragraphs until a target length (log-uniform between the minimum and the
/// maximum, so most articles are short and a few are long), sometimes a footnote, then page furniture.
/// Story keys are shared across outlets so that story-matched comparisons have stories in common.
/// In the dense style (<see cref="CorpusStyle.Dense"/>) the article text is written by <see cref="DenseArticleWriter"/>
/// instead, in the same layout: the same front matter, folders and file names, the sample outlet's section label and
/// page furniture, and its own headline, lede, byline and body.
/// </summary>
/// <remarks>
/// Article <c>i</c> depends only on the seed and <c>i</c> (its own random stream), so files are written in parallel
/// and the result is the same on every run. Articles go to outlets round-robin.
/// </remarks>
public static class CorpusGenerator
{
    private static readonly DateOnly FirstDay = new(2025, 1, 1);
    private const int DaysSpanned = 365;

    public sealed record Result(int Articles, int Outlets, int Stories, long Words, long Bytes);

    public static Result Generate(GeneratorSettings settings)
    {
        if (settings.Articles < 1) throw new ArgumentOutOfRangeException(nameof(settings), "--articles must be at least 1.");
        if (settings.Outlets < 1) throw new ArgumentOutOfRangeException(nameof(settings), "--outlets must be at least 1.");
        if (settings.MinWords < 1 || settings.MaxWords < settings.MinWords) throw new ArgumentOutOfRangeException(nameof(settings), "Need 1 ≤ min words ≤ max words.");
        var samples = SampleOutlet.Load(settings.SampleDirectory);
        var pools = settings.Style == CorpusStyle.Dense ? DensePools.Default : null;
        var outletNames = OutletNames(samples, settings.Outlets);
        foreach (var name in outletNames) Directory.CreateDirectory(Path.Combine(settings.OutputDirectory, name));
        int stories = Math.Max(1, settings.Articles / Math.Max(1, settings.ArticlesPerStory));

        long words = 0, bytes = 0;
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Parallel.For(0, settings.Articles,
            () => (Text: new StringBuilder(16 * 1024), Words: 0L, Bytes: 0L),
            (i, _, local) =>
            {
                int outlet = i % settings.Outlets;
                var sample = samples[outlet % samples.Count];
                local.Text.Clear();
                var (fileName, articleWords) = Write(settings, sample, outletNames[outlet], i, stories, pools, local.Text);
                var content = encoding.GetBytes(local.Text.ToString());
                File.WriteAllBytes(Path.Combine(settings.OutputDirectory, outletNames[outlet], fileName), content);
                return (local.Text, local.Words + articleWords, local.Bytes + content.Length);
            },
            local =>
            {
                Interlocked.Add(ref words, local.Words);
                Interlocked.Add(ref bytes, local.Bytes);
            });
        return new Result(settings.Articles, outletNames.Length, stories, words, bytes);
    }

    /// <summary>The sample outlets' names, then the same names numbered ("Meridian Wire 2") when more outlets are asked for.</summary>
    public static string[] OutletNames(IReadOnlyList<SampleOutlet> samples, int count) =>
        Enumerable.Range(0, count)
            .Select(k => k < samples.Count ? samples[k].Name : $"{samples[k % samples.Count].Name} {k / samples.Count + 1}")
            .ToArray();

    /// <summary>Writes article <paramref name="index"/> into <paramref name="text"/>; returns its file name and body words.</summary>
    private static (string FileName, int Words) Write(GeneratorSettings settings, SampleOutlet sample, string outlet, int index, int stories,
        DensePools? pools, StringBuilder text)
    {
        var random = new SeededRandom(Mix((ulong)settings.Seed, (ulong)index));
        int story = random.Next(stories);
        var storyKey = string.Create(CultureInfo.InvariantCulture, $"story-{story:D5}");
        // A story keeps one sample event per outlet (its headline and opening), so coverage of a story looks alike.
        var opening = sample.Articles[story % sample.Articles.Count];
        var date = FirstDay.AddDays((int)((long)story * DaysSpanned / stories) + random.Next(3));
        var id = Mix((ulong)settings.Seed, (ulong)index ^ 0xA5A5_A5A5UL).ToString("x16", CultureInfo.InvariantCulture);
        if (pools is not null) return WriteDense(settings, pools, outlet, random, story, storyKey, opening, date, id, text);
        double u = random.NextDouble();
        int target = (int)Math.Round(settings.MinWords * Math.Pow((double)settings.MaxWords / settings.MinWords, u));

        var dateText = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        AppendFrontMatter(text, id, opening.Headline, dateText, storyKey, outlet);
        text.Append(opening.Opening).Append("\n\n");
        int words = WordCount.Of(opening.Opening) + WordCount.Of(opening.Furniture);

        // Partial Fisher–Yates over the outlet's paragraphs: each article uses a paragraph at most once.
        var order = new int[sample.Paragraphs.Length];
        for (int k = 0; k < order.Length; k++) order[k] = k;
        for (int taken = 0; taken < order.Length; taken++)
        {
            int pick = taken + random.Next(order.Length - taken);
            (order[taken], order[pick]) = (order[pick], order[taken]);
            int p = order[taken];
            int paragraphWords = sample.ParagraphWords[p];
            if (words >= settings.MinWords && words + paragraphWords > target) break;
            text.Append(sample.Paragraphs[p]).Append("\n\n");
            words += paragraphWords;
        }
        if (sample.Footnotes.Length > 0 && random.Next(5) == 0)
        {
            var footnote = sample.Footnotes[random.Next(sample.Footnotes.Length)];
            text.Append(footnote).Append("\n\n");
            words += WordCount.Of(footnote);
        }
        text.Append(opening.Furniture).Append('\n');
        return ($"{dateText}-{storyKey}-{id}.txt", words);
    }

    /// <summary>
    /// A dense-style article: the sample outlet's section label (first opening line) and furniture around a body written by
    /// <see cref="DenseArticleWriter"/>; the story's own stream (seed and story number) picks what the story's articles share.
    /// </summary>
    private static (string FileName, int Words) WriteDense(GeneratorSettings settings, DensePools pools, string outlet, SeededRandom random,
        int story, string storyKey, SampleArticle opening, DateOnly date, string id, StringBuilder text)
    {
        var storyRandom = new SeededRandom(Mix((ulong)settings.Seed, (ulong)story ^ 0x5EED_0000_0000UL));
        var section = opening.Opening.Split('\n', 2)[0].Trim();
        var body = new StringBuilder(6 * 1024);
        var headline = DenseArticleWriter.Write(pools, storyRandom, random, outlet, section, date, body);
        var dateText = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        AppendFrontMatter(text, id, headline, dateText, storyKey, outlet);
        text.Append(body).Append("\n\n").Append(opening.Furniture).Append('\n');
        return ($"{dateText}-{storyKey}-{id}.txt", WordCount.Of(body.ToString()) + WordCount.Of(opening.Furniture));
    }

    private static void AppendFrontMatter(StringBuilder text, string id, string title, string dateText, string storyKey, string outlet) =>
        text.Append("---\n")
            .Append("id: ").Append(id).Append('\n')
            .Append("title: \"").Append(title.Replace("\"", "'", StringComparison.Ordinal)).Append("\"\n")
            .Append("date: ").Append(dateText).Append('\n')
            .Append("story: ").Append(storyKey).Append('\n')
            .Append("url: https://").Append(Slug(outlet)).Append(".example/bench/").Append(id).Append('\n')
            .Append("---\n");

    private static string Slug(string outlet) =>
        new(outlet.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    private static ulong Mix(ulong seed, ulong index)
    {
        ulong z = seed * 0x9E3779B97F4A7C15UL + index + 1;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
