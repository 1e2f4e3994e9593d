using System.Globalization;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Learning;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Loaded;

/// <summary>
/// Loaded wording: lexicon hits split into the outlet's own voice and quotations, term-family choices, and the
/// sentence classifier's probability that a sentence is loaded (a sentence counts as loaded at p ≥ <see cref="Threshold"/>).
/// The classifier scores the headline, lede and body sentences in the outlet's voice: notes and quotations
/// (<see cref="Sentence.IsQuotation"/>) and subheadings (<see cref="Text.Subheading"/>) are not scored, have no
/// probability, and are left out of the sentence shares.
/// </summary>
public sealed class LoadedWordingAnalyzer : IArticleAnalyzer, IDescribesResources
{
    public const double Threshold = 0.5;
    private readonly TermMatcher _matcher;
    private readonly ITextClassifier? _model;
    private readonly ModelIdentity? _modelIdentity;
    private readonly IReadOnlyList<string> _categories = WordingLexicon.Categories;
    private readonly string[] _familyNames;
    private readonly Dictionary<(string Family, string Choice), int> _familyMetric = [];
    private readonly int _categoryCountBase, _categoryShareBase;

    private const int LoadedTerms = 0, OwnPer1k = 1, QuotedPer1k = 2, LoadedSentenceShare = 3, MeanProbability = 4;

    private readonly LoadedSentenceFeatures? _modelFeatures;

    /// <param name="modelFeatures">The extra features the model was trained with (from the shipped lexicon), computed on the article's text model.</param>
    public LoadedWordingAnalyzer(TermMatcher matcher, ITextClassifier? model, ModelIdentity? modelIdentity, LoadedSentenceFeatures? modelFeatures = null)
    {
        _matcher = matcher;
        _modelFeatures = modelFeatures;
        _model = model;
        _modelIdentity = modelIdentity;
        var metrics = new List<MetricDefinition>
        {
            new("loaded_terms", "Loaded-lexicon terms found, in the outlet's own voice and in quotations.") { Unit = "terms" },
            new("loaded_per_1k_words", "Loaded terms in the outlet's own voice per 1,000 words outside quotations.", MetricKind.Ratio) { Unit = "per 1,000 words", Label = "Loaded terms in the outlet's own voice", Headline = true },
            new("quoted_loaded_per_1k_words", "Loaded terms inside quotations per 1,000 quoted words (the sources' wording).", MetricKind.Ratio) { Unit = "per 1,000 quoted words" },
            new("loaded_sentence_share", $"Share of the scored sentences (headline, lede and body; not notes, quotations or subheadings) that the classifier scores as loaded (probability ≥ {Threshold.ToString(CultureInfo.InvariantCulture)}).", MetricKind.Ratio) { Unit = "share of sentences", Label = "Sentences the classifier scores as loaded", Headline = true },
            new("mean_loaded_probability", "Mean probability that a sentence is loaded, over the scored sentences (headline, lede and body; not notes, quotations or subheadings).") { Unit = "probability" },
        };
        _categoryCountBase = metrics.Count;
        foreach (var category in _categories)
        {
            metrics.Add(new($"loaded_{category}_count", $"Loaded terms of category '{category}' (both voices).") { Unit = "terms" });
        }
        _categoryShareBase = metrics.Count;
        foreach (var category in _categories)
        {
            metrics.Add(new($"loaded_{category}_share", $"Share of the loaded terms that are of category '{category}'.", MetricKind.Ratio)
            {
                Unit = "share of loaded terms", Group = "loaded_category", Category = category, InArticlesTable = false,
            });
        }
        _familyNames = matcher.Lexicon.Families.Keys.ToArray();
        foreach (var (family, choices) in matcher.Lexicon.Families)
        {
            foreach (var choice in choices)
            {
                _familyMetric[(family, choice)] = metrics.Count;
                metrics.Add(new($"family_{family}_{choice.Replace(' ', '_')}_share", $"Share of '{family}' labels that are '{choice}'.", MetricKind.Ratio)
                {
                    Unit = "share of family labels", Group = "family:" + family, Category = choice, InArticlesTable = false,
                });
            }
        }
        Metrics = metrics;
    }

    public string Name => "loaded";
    public IReadOnlyList<MetricDefinition> Metrics { get; }
    public IReadOnlyList<string> SentenceColumns { get; } = ["scored", "loaded_probability", "loaded", "loaded_terms"];
    public IEnumerable<ModelIdentity> Models => _modelIdentity is null ? [] : [_modelIdentity];
    public IEnumerable<string> Lexicons => _matcher.Lexicon.Sources;

    public void Analyze(ArticleAnalysis analysis, MetricWriter metrics, SentenceCellWriter cells)
    {
        var document = analysis.Document;
        var hits = _matcher.Match(document);
        var text = document.Sentences.Where(s => s.Role != ParagraphRole.Note).ToList();
        var scored = text.Where(s => !s.IsQuotation && !Text.Subheading.Is(document, s)).ToList();
        var probabilities = Score(document, scored);
        analysis.SentenceLoadedProbability = probabilities;

        int ownWords = 0, quotedWords = 0;
        foreach (var sentence in text)
        {
            foreach (var token in document.SentenceTokens(sentence))
            {
                if (token.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
                if (token.InQuote) quotedWords++;
                else ownWords++;
            }
        }

        var isNote = document.Sentences.Select(s => s.Role == ParagraphRole.Note).ToArray();
        int loadedAll = 0, own = 0, quoted = 0;
        var categoryCounts = new int[_categories.Count];
        var familyCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var choiceCounts = new Dictionary<(string, string), int>();
        foreach (var hit in hits)
        {
            if (isNote[hit.SentenceIndex]) continue;
            analysis.TermHits.Add(hit);
            if (hit.IsLoaded)
            {
                loadedAll++;
                if (hit.InQuote) quoted++;
                else own++;
                categoryCounts[IndexOfCategory(hit.Category)]++;
            }
            if (hit.Family.Length > 0)
            {
                familyCounts[hit.Family] = familyCounts.GetValueOrDefault(hit.Family) + 1;
                choiceCounts[(hit.Family, hit.Choice)] = choiceCounts.GetValueOrDefault((hit.Family, hit.Choice)) + 1;
            }
        }

        metrics.Set(LoadedTerms, loadedAll);
        metrics.SetRatio(OwnPer1k, own * 1000.0, ownWords);
        metrics.SetRatio(QuotedPer1k, quoted * 1000.0, quotedWords);
        int loadedSentences = 0, probabilityCount = 0;
        double probabilitySum = 0;
        foreach (var sentence in scored)
        {
            double p = probabilities[sentence.Index];
            if (double.IsNaN(p)) continue;
            probabilityCount++;
            probabilitySum += p;
            if (p >= Threshold) loadedSentences++;
        }
        if (probabilityCount > 0)
        {
            metrics.SetRatio(LoadedSentenceShare, loadedSentences, probabilityCount);
            metrics.Set(MeanProbability, probabilitySum / probabilityCount);
        }
        for (int c = 0; c < _categories.Count; c++)
        {
            metrics.Set(_categoryCountBase + c, categoryCounts[c]);
            metrics.SetRatio(_categoryShareBase + c, categoryCounts[c], loadedAll);
        }
        foreach (var family in _familyNames)
        {
            int total = familyCounts.GetValueOrDefault(family);
            foreach (var choice in _matcher.Lexicon.Families[family])
            {
                metrics.SetRatio(_familyMetric[(family, choice)], choiceCounts.GetValueOrDefault((family, choice)), total);
            }
        }

        var termsBySentence = hits.Where(h => h.IsLoaded).GroupBy(h => h.SentenceIndex)
            .ToDictionary(g => g.Key, g => string.Join("; ", g.Select(h => document.Slice(h.Span).ToLowerInvariant())));
        foreach (var sentence in document.Sentences)
        {
            double p = probabilities[sentence.Index];
            cells.Set(sentence.Index, 0, double.IsNaN(p) ? "false" : "true");
            cells.Set(sentence.Index, 1, double.IsNaN(p) ? "" : p.ToString("0.####", CultureInfo.InvariantCulture));
            cells.Set(sentence.Index, 2, double.IsNaN(p) ? "" : p >= Threshold ? "true" : "false");
            cells.Set(sentence.Index, 3, termsBySentence.GetValueOrDefault(sentence.Index, ""));
        }
    }

    private double[] Score(Document document, List<Sentence> scored)
    {
        var probabilities = new double[document.Sentences.Count];
        Array.Fill(probabilities, double.NaN);
        if (_model is null || scored.Count == 0) return probabilities;
        var inputs = scored.Select(s => new ClassifierInput(document.Slice(s.Span), "", _modelFeatures?.ComputeFor(document, s))).ToArray();
        var predictions = _model.Predict(inputs);
        for (int i = 0; i < scored.Count; i++)
        {
            var prediction = predictions[i];
            probabilities[scored[i].Index] = prediction.Label == "loaded" ? prediction.Probability : 1 - prediction.Probability;
        }
        return probabilities;
    }

    private int IndexOfCategory(string category)
    {
        for (int i = 0; i < _categories.Count; i++) if (_categories[i] == category) return i;
        throw new InvalidOperationException($"Unknown loaded-term category '{category}'.");
    }
}
