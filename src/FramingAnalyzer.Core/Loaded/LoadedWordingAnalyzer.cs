using System.Globalization;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Learning;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Loaded;

/// <summary>
/// Loaded wording: lexicon hits split into the outlet's own voice and quotations, term-family choices, the sentence
/// classifier's probability that a sentence is loaded (a sentence counts as loaded at p ≥ <see cref="Threshold"/>), and
/// for a sentence it is sure is loaded (p ≥ <see cref="LoadedWordExplainer.MinProbability"/>) the words that make the classifier read it so (<see cref="LoadedWordExplainer"/>). It reads
/// (<see cref="Read"/>: hits, probabilities, words) and then sets metrics and cells from that reading.
/// The classifier scores the headline, lede and body sentences in the outlet's voice: notes and quotations
/// (<see cref="Sentence.IsQuotation"/>), subheadings (<see cref="Text.Subheading"/>) and lede or body fragments
/// (<see cref="Text.Fragment"/>) are not scored, have no
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
    private readonly Dictionary<(string Family, string Choice), MetricHandle> _familyMetric = [];
    private readonly (string Choice, MetricHandle Handle)[][] _familyChoices; // by family, in _familyNames' order
    private readonly MetricList _metrics = [];
    private readonly SentenceColumnList _columns = [];
    private readonly SentenceColumn _scored, _probability, _loaded, _terms, _words;
    private readonly LoadedWordExplainer? _explainer;
    private readonly MetricHandle _loadedTerms, _ownPer1k, _quotedPer1k, _loadedSentenceShare, _meanProbability;
    private readonly MetricHandle[] _categoryCounts, _categoryShares;

    private readonly LoadedSentenceFeatures? _modelFeatures;

    /// <param name="modelFeatures">The extra features the model was trained with (from the shipped lexicon), computed on the article's text model.</param>
    /// <param name="explainer">How loaded sentences are explained word by word (default: <see cref="LoadedWordExplainer"/> over the model).</param>
    public LoadedWordingAnalyzer(TermMatcher matcher, ITextClassifier? model, ModelIdentity? modelIdentity, LoadedSentenceFeatures? modelFeatures = null,
        LoadedWordExplainer? explainer = null)
    {
        _matcher = matcher;
        _modelFeatures = modelFeatures;
        _model = model;
        _modelIdentity = modelIdentity;
        _scored = _columns.Add("scored");
        _probability = _columns.Add("loaded_probability");
        _loaded = _columns.Add("loaded");
        _terms = _columns.Add("loaded_terms");
        _words = _columns.Add("loaded_words");
        _explainer = explainer ?? (model is null ? null : new LoadedWordExplainer(model, Encoders.CommonWords.Of((model as TextClassifierModel)?.Encoder)));
        _loadedTerms = _metrics.Add(new("loaded_terms", "Loaded-lexicon terms found, in the outlet's own voice and in quotations.") { Unit = "terms" });
        _ownPer1k = _metrics.Add(new("loaded_per_1k_words", "Loaded terms in the outlet's own voice per 1,000 words outside quotations.", MetricKind.Ratio) { Unit = "per 1,000 words", Label = "Loaded terms in the outlet's own voice", Headline = true });
        _quotedPer1k = _metrics.Add(new("quoted_loaded_per_1k_words", "Loaded terms inside quotations per 1,000 quoted words (the sources' wording).", MetricKind.Ratio) { Unit = "per 1,000 quoted words" });
        _loadedSentenceShare = _metrics.Add(new("loaded_sentence_share", $"Share of the scored sentences (headline, lede and body; not notes, quotations, subheadings or fragments of fewer than {Text.Fragment.MinWords} words) that the classifier scores as loaded (probability ≥ {Threshold.ToString(CultureInfo.InvariantCulture)}).", MetricKind.Ratio) { Unit = "share of sentences", Label = "Sentences the classifier scores as loaded", Headline = true });
        _meanProbability = _metrics.Add(new("mean_loaded_probability", $"Mean probability that a sentence is loaded, over the scored sentences (headline, lede and body; not notes, quotations, subheadings or fragments of fewer than {Text.Fragment.MinWords} words).") { Unit = "probability" });
        _categoryCounts = _categories.Select(category => _metrics.Add(new($"loaded_{category}_count", $"Loaded terms of category '{category}' (both voices).") { Unit = "terms" })).ToArray();
        _categoryShares = _categories.Select(category => _metrics.Add(new($"loaded_{category}_share", $"Share of the loaded terms that are of category '{category}'.", MetricKind.Ratio)
            {
                Unit = "share of loaded terms", Group = "loaded_category", Category = category, InArticlesTable = false,
            })).ToArray();
        _familyNames = matcher.Lexicon.Families.Keys.ToArray();
        foreach (var (family, choices) in matcher.Lexicon.Families)
        {
            foreach (var choice in choices)
            {
                _familyMetric[(family, choice)] = _metrics.Add(new($"family_{family}_{choice.Replace(' ', '_')}_share", $"Share of '{family}' labels that are '{choice}'.", MetricKind.Ratio)
                {
                    Unit = "share of family labels", Group = "family:" + family, Category = choice, InArticlesTable = false,
                });
            }
        }
        _familyChoices = _familyNames.Select(family => matcher.Lexicon.Families[family].Select(choice => (choice, _familyMetric[(family, choice)])).ToArray()).ToArray();
    }

    public string Name => "loaded";
    public IReadOnlyList<MetricDefinition> Metrics => _metrics;
    public IReadOnlyList<string> SentenceColumns => _columns;
    public IEnumerable<ModelIdentity> Models => _modelIdentity is null ? [] : [_modelIdentity];
    public IEnumerable<string> Lexicons => _matcher.Lexicon.Sources;

    public void Analyze(ArticleAnalysis analysis, MetricWriter metrics, SentenceCellWriter cells)
    {
        var reading = Read(analysis.Document);
        analysis.TermHits.AddRange(reading.Hits);
        analysis.TermHits.AddRange(ClassifierHits(analysis.Document, reading));
        SetMetrics(reading, metrics);
        SetCells(analysis.Document, reading, cells);
    }

    /// <summary>The classifier's words as term hits (category <see cref="TermHit.ClassifierCategory"/>), each at its first
    /// own-voice occurrence in its sentence, so that terms.csv and the report count them per outlet.</summary>
    private static IEnumerable<TermHit> ClassifierHits(Document document, LoadedReading reading)
    {
        for (int s = 0; s < reading.Words.Length; s++)
        {
            if (reading.Words[s].Count == 0) continue;
            var sentence = document.Sentences[s];
            foreach (var word in reading.Words[s])
            {
                foreach (var token in document.SentenceTokens(sentence))
                {
                    if (token.Kind != TokenKind.Word || token.InQuote || token.Length != word.Word.Length
                        || !document.Text.AsSpan(token.Start, token.Length).Equals(word.Word, StringComparison.OrdinalIgnoreCase)) continue;
                    yield return new TermHit
                    {
                        SentenceIndex = s, Span = new TextSpan(token.Start, token.End), Term = word.Word,
                        Category = TermHit.ClassifierCategory, Weight = word.Weight, InQuote = false,
                    };
                    break;
                }
            }
        }
    }

    /// <summary>Predicts: lexicon hits, the classifier's probabilities and words, and the word counts of both voices.</summary>
    public LoadedReading Read(Document document)
    {
        var isNote = document.Sentences.Select(s => s.Role == ParagraphRole.Note).ToArray();
        var hits = _matcher.Match(document).Where(h => !isNote[h.SentenceIndex]).ToList();
        var text = document.Sentences.Where(s => s.Role != ParagraphRole.Note).ToList();
        var scored = text.Where(s => !s.IsQuotation && !Text.Subheading.Is(document, s) && !Text.Fragment.Is(s)).ToList();
        var probabilities = Score(document, scored);
        var words = new IReadOnlyList<WordContribution>[document.Sentences.Count];
        Array.Fill(words, Array.Empty<WordContribution>());
        if (_explainer is not null)
        {
            var explained = _explainer.Explain(document, scored, scored.Select(s => probabilities[s.Index] >= LoadedWordExplainer.MinProbability).ToList());
            for (int i = 0; i < scored.Count; i++) words[scored[i].Index] = explained[i];
        }

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
        return new LoadedReading(hits, probabilities, words, ownWords, quotedWords);
    }

    /// <summary>Sets the article's metrics from a reading.</summary>
    private void SetMetrics(LoadedReading reading, MetricWriter metrics)
    {
        int loadedAll = 0, own = 0, quoted = 0;
        var categoryCounts = new int[_categories.Count];
        var familyCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var choiceCounts = new Dictionary<(string, string), int>();
        foreach (var hit in reading.Hits)
        {
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

        metrics.Set(_loadedTerms, loadedAll);
        metrics.SetRatio(_ownPer1k, own * 1000.0, reading.OwnWords);
        metrics.SetRatio(_quotedPer1k, quoted * 1000.0, reading.QuotedWords);
        int loadedSentences = 0, probabilityCount = 0;
        double probabilitySum = 0;
        foreach (double p in reading.Probabilities)
        {
            if (double.IsNaN(p)) continue;
            probabilityCount++;
            probabilitySum += p;
            if (p >= Threshold) loadedSentences++;
        }
        if (probabilityCount > 0)
        {
            metrics.SetRatio(_loadedSentenceShare, loadedSentences, probabilityCount);
            metrics.Set(_meanProbability, probabilitySum / probabilityCount);
        }
        for (int c = 0; c < _categories.Count; c++)
        {
            metrics.Set(_categoryCounts[c], categoryCounts[c]);
            metrics.SetRatio(_categoryShares[c], categoryCounts[c], loadedAll);
        }
        for (int f = 0; f < _familyNames.Length; f++)
        {
            var family = _familyNames[f];
            int total = familyCounts.GetValueOrDefault(family);
            foreach (var (choice, handle) in _familyChoices[f])
            {
                // Most articles use no label of most families: then every choice is 0 of 0, with no lookup.
                metrics.SetRatio(handle, total == 0 ? 0 : choiceCounts.GetValueOrDefault((family, choice)), total);
            }
        }
    }

    /// <summary>Sets the sentence cells from a reading: scored, probability, loaded, the lexicon's terms, the classifier's words.</summary>
    private void SetCells(Document document, LoadedReading reading, SentenceCellWriter cells)
    {
        var termsBySentence = reading.Hits.Where(h => h.IsLoaded).GroupBy(h => h.SentenceIndex)
            .ToDictionary(g => g.Key, g => string.Join("; ", g.Select(h => document.Slice(h.Span).ToLowerInvariant())));
        foreach (var sentence in document.Sentences)
        {
            double p = reading.Probabilities[sentence.Index];
            cells.Set(sentence.Index, _scored, SentenceCell.Flag(!double.IsNaN(p)));
            cells.Set(sentence.Index, _probability, SentenceCell.Probability(p));
            cells.Set(sentence.Index, _loaded, double.IsNaN(p) ? SentenceCell.Empty : SentenceCell.Flag(p >= Threshold));
            cells.Set(sentence.Index, _terms, termsBySentence.GetValueOrDefault(sentence.Index, ""));
            cells.Set(sentence.Index, _words, WordsCell(reading.Words[sentence.Index]));
        }
    }

    /// <summary>"word (0.31); word (0.12)": the classifier's words and their weights.</summary>
    public static string WordsCell(IReadOnlyList<WordContribution> words) =>
        string.Join("; ", words.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Word} ({w.Weight:0.00})")));

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
