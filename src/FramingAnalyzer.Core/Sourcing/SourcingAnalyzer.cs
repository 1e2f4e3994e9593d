using FramingAnalyzer.Analysis;
using FramingAnalyzer.Learning;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Sourcing and attribution: who is quoted or cited, how (reporting verb stance, direct or reported speech), and how
/// much of the article is attributed at all. Stages per article: <see cref="AttributionExtractor"/> (relations with
/// offsets) → <see cref="SourceResolver"/> (one source per person or body) → <see cref="SourceClassifier"/> (type,
/// affiliation, anonymity; one batched model call) → sentence functions (attributed only with an extracted attribution;
/// else the function model in one batched call, its "attributed" kept as attributed_unresolved when a cue or quotation is
/// there, else <see cref="SentenceFunctionRule"/>) → metrics. Notes are not analysed. Thread-safe.
/// </summary>
public sealed class SourcingAnalyzer : IArticleAnalyzer, IDescribesResources
{
    public const string SourceTypeTask = "source_type";
    public const string FunctionTask = "function";

    private readonly SentenceColumnList _columns = [];
    private readonly SentenceColumn _attributionCount, _sentenceFunction;

    private readonly SourcingResources _resources;
    private readonly ITextClassifier? _sourceTypeModel;
    private readonly ITextClassifier? _functionModel;
    private readonly SourceResolver _resolver;
    private readonly SourceClassifier _classifier;
    private readonly SourcingMetrics _metrics;

    public SourcingAnalyzer(SourcingResources resources, ITextClassifier? sourceTypeModel, ITextClassifier? functionModel)
    {
        if (sourceTypeModel is not null && sourceTypeModel.Task != SourceTypeTask)
        {
            throw new ModelLoadException($"The source-type model is for the task '{sourceTypeModel.Task}', not '{SourceTypeTask}'.");
        }
        if (functionModel is not null && functionModel.Task != FunctionTask)
        {
            throw new ModelLoadException($"The sentence-function model is for the task '{functionModel.Task}', not '{FunctionTask}'.");
        }
        _resources = resources;
        _sourceTypeModel = sourceTypeModel;
        _functionModel = functionModel;
        Extractor = new AttributionExtractor(resources.Verbs, resources.CueDetector);
        _attributionCount = _columns.Add("attribution_count");
        _sentenceFunction = _columns.Add("sentence_function");
        var figures = new PublicFigureMatcher(resources.PublicFigures, resources);
        _resolver = new SourceResolver(resources.Actors, resources.Anonymous, resources.Roles, resources.Clues.Nationalities, resources.Resolution,
            resources.Clues.Institutions, figures.PeopleOf, resources.Clues.Seats);
        _classifier = new SourceClassifier(resources, sourceTypeModel);
        _metrics = new SourcingMetrics(resources.Verbs.Stances, resources.Actors.Affiliations,
            [.. resources.Clues.Affiliations.Concat(resources.PublicFigures.Affiliations).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    public string Name => "sourcing";

    public AttributionExtractor Extractor { get; }

    public IReadOnlyList<MetricDefinition> Metrics => _metrics.Definitions;

    public IReadOnlyList<string> SentenceColumns => _columns;

    /// <summary>Where the source-type model came from (for run.json); set with the model, e.g. from <c>ModelCatalog.TryLoad</c>.</summary>
    public ModelIdentity? SourceTypeModelIdentity { get; init; }

    /// <summary>Where the sentence-function model came from (for run.json).</summary>
    public ModelIdentity? FunctionModelIdentity { get; init; }

    public IEnumerable<ModelIdentity> Models
    {
        get
        {
            foreach (var (model, identity) in new[] { (_sourceTypeModel, SourceTypeModelIdentity), (_functionModel, FunctionModelIdentity) })
            {
                if (model is null) continue;
                yield return identity ?? new ModelIdentity(model.Task, model.GetType().Name, "", new Dictionary<string, double>());
            }
        }
    }

    public IEnumerable<string> Lexicons => _resources.Paths;

    public void Analyze(ArticleAnalysis analysis, MetricWriter metrics, SentenceCellWriter cells)
    {
        var document = analysis.Document;
        var text = new DocumentText(document);
        var extracted = Extractor.Extract(text);
        var resolution = _resolver.Resolve(text, extracted);
        var classes = _classifier.Classify(text, resolution, extracted);

        var perSentence = new int[document.Sentences.Count];
        var cited = new Dictionary<int, SourceClass>();
        for (int i = 0; i < extracted.Count; i++)
        {
            var found = extracted[i];
            int entity = resolution.EntityOf[i];
            var source = classes[entity];
            cited[entity] = source;
            perSentence[found.SentenceIndex]++;
            analysis.Attributions.Add(found with
            {
                SourceCanonical = resolution.Entities[entity].Canonical,
                SourceType = source.Type,
                Anonymous = source.Anonymous,
                Affiliation = source.Affiliation,
                TypeEvidence = source.TypeEvidence,
                AffiliationEvidence = source.AffiliationEvidence,
            });
        }

        var functions = SentenceFunctionsOf(text, perSentence);
        int scored = 0, attributed = 0, claims = 0;
        foreach (var sentence in document.Sentences)
        {
            if (IsStructure(document, sentence, perSentence))
            {
                cells.Set(sentence.Index, _attributionCount, SentenceCell.Empty);
                cells.Set(sentence.Index, _sentenceFunction, SentenceCell.Empty);
                continue;
            }
            scored++;
            var function = functions[sentence.Index];
            if (function == SentenceFunctions.Attributed) attributed++;
            else if (function == SentenceFunctions.UnattributedClaim) claims++;
            cells.Set(sentence.Index, _attributionCount, SentenceCell.Count(perSentence[sentence.Index]));
            cells.Set(sentence.Index, _sentenceFunction, function);
        }
        _metrics.Write(metrics, analysis.Attributions, cited.Values, scored, attributed, claims);
    }

    /// <summary>
    /// Notes, and subheadings in which nothing was attributed ("What we know so far"), are page structure rather than
    /// sentences of the report: they get no sentence function and are left out of the sentence shares.
    /// </summary>
    private static bool IsStructure(Document document, Sentence sentence, int[] perSentence) =>
        sentence.Role == ParagraphRole.Note || (perSentence[sentence.Index] == 0 && Text.Subheading.Is(document, sentence));

    /// <summary>A reporting cue outside quotation marks ("described", "told Meridian Wire"), or a quotation: someone's words, whoever said them.</summary>
    private bool HasUnresolvedSpeech(DocumentText text, Sentence sentence) =>
        sentence.IsQuotation || CueFinder.Find(new SentenceView(text, sentence), _resources.Verbs).Cues.Count > 0;

    /// <summary>
    /// attributed where the sentence carries an extracted attribution; else the function model (one batched call), whose
    /// "attributed" becomes attributed_unresolved when the sentence has a reporting cue or is a quotation, and the rule's
    /// reading otherwise; else the rule.
    /// </summary>
    private string[] SentenceFunctionsOf(DocumentText text, int[] perSentence)
    {
        var document = text.Document;
        var functions = new string[document.Sentences.Count];
        var pending = new List<Sentence>();
        foreach (var sentence in document.Sentences)
        {
            if (IsStructure(document, sentence, perSentence)) continue;
            if (perSentence[sentence.Index] > 0) functions[sentence.Index] = SentenceFunctions.Attributed;
            else pending.Add(sentence);
        }
        if (pending.Count == 0) return functions;
        ClassifierPrediction[] predictions = [];
        if (_functionModel is not null)
        {
            predictions = _functionModel.Predict(pending.Select(s => new ClassifierInput(document.Slice(s.Span))).ToList());
        }
        for (int k = 0; k < pending.Count; k++)
        {
            var sentence = pending[k];
            string? label = k < predictions.Length ? predictions[k].Label : null;
            functions[sentence.Index] = label switch
            {
                // One source of truth: attributed only with an extracted attribution, and this sentence has none. With a
                // reporting cue or a quotation the extractor could not resolve, the model's reading is kept as unresolved;
                // without either there is nothing attributed to see, and the rule decides.
                SentenceFunctions.Attributed => HasUnresolvedSpeech(text, sentence) ? SentenceFunctions.AttributedUnresolved : SentenceFunctionRule.Classify(text, sentence, _resources.Claims),
                not null when SentenceFunctions.All.Contains(label, StringComparer.Ordinal) => label,
                _ => SentenceFunctionRule.Classify(text, sentence, _resources.Claims),
            };
        }
        return functions;
    }
}
