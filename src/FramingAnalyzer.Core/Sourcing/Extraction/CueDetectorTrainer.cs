using FramingAnalyzer.Encoders;
using FramingAnalyzer.Model;
using FramingAnalyzer.Sourcing.Evaluation;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Trains <see cref="CueDetector"/> on the project's own data. Examples are candidate words
/// (<see cref="CueFeatures.IsCandidate"/>) in a subject slot (<see cref="CueFeatures.HasSubjectSlot"/>, the same gate as at
/// run time):
/// <list type="bullet">
/// <item>every such word of the annotated articles (corpora/attributions), lexicon verbs included, so the model learns what
/// a cue verb looks like in context from the verbs the corpus uses (at run time it only sees the words the lexicon does not
/// know); positive when it is the first candidate inside a gold cue ("told" of "told analysts"); the other candidates of
/// that cue are left out;</item>
/// <item>with <c>negativeSentences</c> (corpora/training/sentence_functions.csv): every candidate the lexicon does not know
/// in the sentences labelled unattributed_claim or background, as negatives (verbs of action in a subject-verb-object
/// frame: "The protests have exposed ..."); and, from the sentences labelled attributed in which the lexicon-only
/// extractor finds nothing, the candidate a first model scores highest, as a positive (a second fit follows);</item>
/// <item>with <c>plainSentences</c> (corpora/training/loaded_sentences_part*.csv, text only): every candidate the lexicon
/// does not know in the sentences with no quotation mark in which the lexicon-only extractor finds nothing, as negatives.</item>
/// </list>
/// Each (word, label) weighs one in total however often it occurs. L2-regularised logistic regression fitted by Newton's
/// method in double precision, single-threaded, in a fixed order: the same data give the same bytes.
/// </summary>
public static class CueDetectorTrainer
{
    /// <summary>The L2 penalty (on every weight but the bias), chosen with the threshold on PolNeAR dev (docs/models.md).</summary>
    public const double DefaultPenalty = 3.0;

    /// <summary>The default decision threshold, as a probability.</summary>
    public const double DefaultThreshold = 0.5;

    /// <summary>Whether the word's vector itself is a feature (beside its similarity to the lexicon's verbs).</summary>
    public const bool DefaultEmbedding = true;

    private const int Iterations = 12;

    /// <summary>One example: the context features, the word's vector, the label.</summary>
    private sealed record Example(string Article, string Word, float[] Features, bool Positive);

    /// <summary>Articles of the folder, in name order (names without .txt).</summary>
    public static IReadOnlyList<string> Articles(string directory) =>
        Directory.GetFiles(Path.Combine(directory, "text"), "*.txt").Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .Where(n => File.Exists(Path.Combine(directory, "attributions", n + ".ann"))).Order(StringComparer.Ordinal).ToList();

    /// <summary>Trains on the articles <paramref name="include"/> accepts (all when null).</summary>
    public static (CueDetector Detector, int Examples, int Positives) Train(string directory, ReportingVerbLexicon verbs, StaticVectors table,
        double penalty = DefaultPenalty, double threshold = DefaultThreshold, Func<string, bool>? include = null, bool embedding = DefaultEmbedding,
        IReadOnlyList<string>? negativeSentences = null, IReadOnlyList<string>? plainSentences = null) =>
        Train(Examples(directory, verbs, table, negativeSentences ?? [], plainSentences ?? []), directory, table, verbs, penalty, threshold, include, embedding);

    private static (CueDetector Detector, int Examples, int Positives) Train(ExampleSet all, string directory, StaticVectors table,
        ReportingVerbLexicon verbs, double penalty, double threshold, Func<string, bool>? include, bool embedding)
    {
        var examples = all.Examples.Where(e => include is null || e.Article == UnattributedArticle || include(e.Article)).ToList();
        Example Cut(Example e) => embedding ? e : e with { Features = e.Features[..CueFeatures.Count] };
        examples = [.. examples.Select(Cut)];
        var weights = Fit(examples, penalty);
        if (all.Bags.Count > 0)
        {
            // Second pass: in each bag, the candidate the first model scores highest is taken as the cue.
            foreach (var bag in all.Bags)
            {
                var best = bag.Select(Cut).MaxBy(e => Logit(weights, e.Features))!;
                examples.Add(best with { Positive = true });
            }
            weights = Fit(examples, penalty);
        }
        int context = CueFeatures.Count;
        var contextWeights = weights.AsSpan(0, context).ToArray();
        var embeddingWeights = embedding ? weights.AsSpan(context, table.Dimension).ToArray() : [];
        float bias = weights[^1];
        float logit = (float)Math.Log(threshold / (1 - threshold));
        var articles = include is null ? Articles(directory).Count : Articles(directory).Count(include);
        int sentenceNegatives = examples.Count(e => e.Article == UnattributedArticle);
        var trainedOn = $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)))}: {articles} articles, {examples.Count} candidates, {examples.Count(e => e.Positive)} cues{(sentenceNegatives > 0 ? $" (with {sentenceNegatives} candidates of sentences that report nothing)" : "")}; penalty {penalty.ToString(System.Globalization.CultureInfo.InvariantCulture)}{(embedding ? "" : ", no word vector")}";
        var detector = new CueDetector(CueFeatures.Names, contextWeights, embeddingWeights, bias, logit, table.Fingerprint, trainedOn).Attach(table, verbs);
        return (detector, examples.Count, examples.Count(e => e.Positive));
    }

    /// <summary>The sentence-function label of sentences that report nothing (their candidates are negatives).</summary>
    private static readonly string[] UnattributedLabels = ["unattributed_claim", "background"];

    private sealed record ExampleSet(List<Example> Examples, List<List<Example>> Bags);

    private static ExampleSet Examples(string directory, ReportingVerbLexicon verbs, StaticVectors table, IReadOnlyList<string> negativeSentences,
        IReadOnlyList<string> plainSentences)
    {
        var examples = new List<Example>();
        var bags = new List<List<Example>>();
        var extractor = new AttributionExtractor(verbs);
        var similarity = new LexiconSimilarity(table, verbs);
        foreach (var name in Articles(directory))
        {
            var original = File.ReadAllText(Path.Combine(directory, "text", name + ".txt"));
            var gold = BratAnnotations.Read(Path.Combine(directory, "attributions", name + ".ann")).Where(s => s.Label == "Cue")
                .Select(s => new TextSpan(s.Start, s.End)).Distinct().OrderBy(s => s.Start).ToList();
            var (document, map) = AttributionSpanEvaluation.Build(original, name);
            var taken = new bool[gold.Count];
            AddExamples(examples, name, document, verbs, table, similarity, lexiconWords: true, (view, i) =>
            {
                var span = map.ToOriginal(view.Span(i, i + 1));
                int cue = gold.FindIndex(g => g.Overlaps(span));
                if (cue >= 0 && taken[cue]) return null;
                if (cue >= 0) taken[cue] = true;
                return cue >= 0;
            });
        }
        // Sentences labelled as reporting nothing (sentence_functions.csv): every candidate the lexicon does not know is a
        // negative, many of them verbs of action in a subject-verb-object frame ("The protests have exposed ...").
        if (negativeSentences.Count > 0)
        {
            int row = 0;
            foreach (var example in Learning.LabelledDataReader.Read(Learning.ClassifierTask.Function, negativeSentences))
            {
                row++;
                var document = Text.DocumentBuilder.Build(new Article { Id = $"s{row}", Outlet = "training", Body = example.Text, Origin = "training", MayContainPageFurniture = false });
                if (UnattributedLabels.Contains(example.Label))
                {
                    AddExamples(examples, UnattributedArticle, document, verbs, table, similarity, lexiconWords: false, (_, _) => false);
                }
                else if (example.Label == "attributed" && extractor.Extract(document).Count == 0)
                {
                    // An attributed sentence in which the lexicon finds nothing: one of its candidates is the cue (a bag).
                    var bag = new List<Example>();
                    AddExamples(bag, UnattributedArticle, document, verbs, table, similarity, lexiconWords: false, (_, _) => true);
                    if (bag.Count > 0) bags.Add(bag);
                }
            }
        }
        // Sentences without a label for attribution (the loaded-language training set): those with no quotation mark in which
        // the lexicon-only extractor finds nothing are taken to report nothing, their candidates as negatives. Most are
        // narration with verbs of action ("Rebels seized the town"), the negatives the annotated articles have too few of.
        if (plainSentences.Count > 0)
        {
            int row = 0;
            foreach (var example in Learning.LabelledDataReader.Read(Learning.ClassifierTask.Loaded, plainSentences))
            {
                row++;
                if (example.Text.Contains('"') || example.Text.Contains('“')) continue;
                var document = Text.DocumentBuilder.Build(new Article { Id = $"p{row}", Outlet = "training", Body = example.Text, Origin = "training", MayContainPageFurniture = false });
                if (extractor.Extract(document).Count > 0) continue;
                AddExamples(examples, UnattributedArticle, document, verbs, table, similarity, lexiconWords: false, (_, _) => false);
            }
        }
        return new ExampleSet(examples, bags);
    }

    /// <summary>The article name of the negatives from labelled sentences (in every training fold).</summary>
    private const string UnattributedArticle = "~unattributed-sentences";

    /// <summary>Adds the candidates of a document; <paramref name="label"/> says whether one is a cue (null: leave it out).</summary>
    private static void AddExamples(List<Example> examples, string name, Document document, ReportingVerbLexicon verbs, StaticVectors table,
        LexiconSimilarity similarity, bool lexiconWords, Func<SentenceView, int, bool?> label)
    {
        var text = new DocumentText(document);
        var vector = new float[table.Dimension];
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Role == ParagraphRole.Note || sentence.TokenCount < 2) continue;
            var view = new SentenceView(text, sentence);
            var (_, verbForms) = CueFinder.Find(view, verbs);
            var facts = CueFeatures.SentenceFacts.Of(view, verbForms);
            for (int i = 1; i < view.Count; i++)
            {
                if (!CueFeatures.IsCandidate(view, i) || (!lexiconWords && verbForms[i])) continue;
                if (!CueFeatures.HasSubjectSlot(view, i)) continue;
                if (label(view, i) is not bool positive) continue;
                var features = new float[CueFeatures.Count + table.Dimension];
                CueFeatures.Fill(view, i, verbForms, facts, features.AsSpan(0, CueFeatures.Count));
                // A lexicon word is compared with the other lemmas' forms only, as an unknown verb is at run time.
                string? lemma = verbs.Match(view.Norm, document.Tokens, view.DocIndex(i), view.DocIndex(view.Count), out var verb) > 0 ? verb.Lemma : null;
                var (max, top3) = similarity.Compute(view.Word(i), lemma);
                features[CueFeatures.SimilarityMax] = max;
                features[CueFeatures.SimilarityTop3] = top3;
                table.Encode(view.Word(i), vector);
                vector.CopyTo(features.AsSpan(CueFeatures.Count));
                examples.Add(new Example(name, view.Word(i).ToString(), features, positive));
            }
        }
    }

    private static double Logit(float[] weights, float[] features)
    {
        double z = weights[^1];
        for (int k = 0; k < features.Length; k++) z += weights[k] * features[k];
        return z;
    }

    /// <summary>Weights (features, then the bias) of the L2-regularised logistic regression, by Newton's method.</summary>
    private static float[] Fit(List<Example> examples, double penalty)
    {
        int d = examples[0].Features.Length + 1;
        var w = new double[d];
        var x = new double[d];
        // Each word weighs as much as a cue as it does as a non-cue however often it occurs, so that "said" (a third of the
        // cues) does not make the model a detector of "said"'s contexts.
        var counts = examples.CountBy(e => (e.Word, e.Positive)).ToDictionary(c => c.Key, c => c.Value);
        var weight = examples.Select(e => 1.0 / counts[(e.Word, e.Positive)]).ToArray();
        int index;
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            var gradient = new double[d];
            var hessian = new double[d * d];
            index = 0;
            foreach (var e in examples)
            {
                double ew = weight[index++];
                for (int k = 0; k < d - 1; k++) x[k] = e.Features[k];
                x[d - 1] = 1;
                double z = 0;
                for (int k = 0; k < d; k++) z += w[k] * x[k];
                double p = 1 / (1 + Math.Exp(-z));
                double r = ew * (p - (e.Positive ? 1 : 0)), s = ew * Math.Max(p * (1 - p), 1e-9);
                for (int a = 0; a < d; a++)
                {
                    if (x[a] == 0) continue;
                    gradient[a] += r * x[a];
                    double sa = s * x[a];
                    int row = a * d;
                    for (int b = 0; b <= a; b++) hessian[row + b] += sa * x[b];
                }
            }
            for (int a = 0; a < d - 1; a++)
            {
                gradient[a] += penalty * w[a];
                hessian[a * d + a] += penalty;
            }
            hessian[(d - 1) * d + d - 1] += 1e-6;
            for (int a = 0; a < d; a++)
            {
                for (int b = 0; b < a; b++) hessian[b * d + a] = hessian[a * d + b];
            }
            var step = Solve(hessian, gradient, d);
            double change = 0;
            for (int k = 0; k < d; k++)
            {
                w[k] -= step[k];
                change = Math.Max(change, Math.Abs(step[k]));
            }
            if (change < 1e-7) break;
        }
        return [.. w.Select(v => (float)v)];
    }

    /// <summary>Solves H s = g for a symmetric positive definite H (Cholesky).</summary>
    private static double[] Solve(double[] h, double[] g, int d)
    {
        var l = new double[d * d];
        for (int i = 0; i < d; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double sum = h[i * d + j];
                for (int k = 0; k < j; k++) sum -= l[i * d + k] * l[j * d + k];
                l[i * d + j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-12)) : sum / l[j * d + j];
            }
        }
        var y = new double[d];
        for (int i = 0; i < d; i++)
        {
            double sum = g[i];
            for (int k = 0; k < i; k++) sum -= l[i * d + k] * y[k];
            y[i] = sum / l[i * d + i];
        }
        var s = new double[d];
        for (int i = d - 1; i >= 0; i--)
        {
            double sum = y[i];
            for (int k = i + 1; k < d; k++) sum -= l[k * d + i] * s[k];
            s[i] = sum / l[i * d + i];
        }
        return s;
    }

    /// <summary>
    /// Cross-validation by article: the articles in name order are dealt into <paramref name="folds"/> folds (article n to fold
    /// n mod folds); each fold is scored with a detector trained on the others. Returns the summed span scores of the
    /// extractor with the out-of-fold detectors.
    /// </summary>
    public static IReadOnlyList<SpanScore> CrossValidate(string directory, ReportingVerbLexicon verbs, StaticVectors table, int folds,
        double penalty = DefaultPenalty, double threshold = DefaultThreshold, bool embedding = DefaultEmbedding, IReadOnlyList<string>? negativeSentences = null,
        IReadOnlyList<string>? plainSentences = null)
    {
        var articles = Articles(directory);
        var fold = articles.Select((name, n) => (name, n % folds)).ToDictionary(p => p.name, p => p.Item2, StringComparer.Ordinal);
        var sums = new Dictionary<(string, string), int[]>();
        var order = new List<(string, string)>();
        var examples = Examples(directory, verbs, table, negativeSentences ?? [], plainSentences ?? []);
        for (int f = 0; f < folds; f++)
        {
            int held = f;
            var (detector, _, _) = Train(examples, directory, table, verbs, penalty, threshold, name => fold[name] != held, embedding);
            var result = AttributionSpanEvaluation.RunBrat(directory, new AttributionExtractor(verbs, detector), name => fold[name] == held);
            foreach (var s in result.Scores)
            {
                if (!sums.TryGetValue((s.Field, s.Matching), out var t)) { sums[(s.Field, s.Matching)] = t = new int[4]; order.Add((s.Field, s.Matching)); }
                t[0] += s.Gold; t[1] += s.Predicted; t[2] += s.MatchedPredicted; t[3] += s.MatchedGold;
            }
        }
        return [.. order.Select(k => new SpanScore(k.Item1, k.Item2, sums[k][0], sums[k][1], sums[k][2], sums[k][3]))];
    }
}
