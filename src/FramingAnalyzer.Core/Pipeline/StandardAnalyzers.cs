using FramingAnalyzer.Analysis;
using FramingAnalyzer.Learning;
using FramingAnalyzer.Loaded;
using FramingAnalyzer.Resources;
using FramingAnalyzer.Sourcing;

namespace FramingAnalyzer.Pipeline;

/// <summary>The analyzers a normal run uses, in pipeline order, with their lexicons and models loaded once.</summary>
public static class StandardAnalyzers
{
    public static IReadOnlyList<IArticleAnalyzer> Create(AnalyzerOptions options)
    {
        // The models and the sourcing lexicons are independent and each takes a tenth of a second or more to read, so
        // they load side by side; awaited in the order they used to load in, so a broken file still fails the same way.
        var sourceTypeLoad = Task.Run(() => Prepared(ModelCatalog.TryLoad(ClassifierTask.SourceType, options.ModelsDirectory, null, options.Encoder, options.Vectors)));
        var functionLoad = Task.Run(() => Prepared(ModelCatalog.TryLoad(ClassifierTask.Function, options.ModelsDirectory, null, options.Encoder, options.Vectors)));
        var sourcingLoad = Task.Run(() => SourcingResources.Load(ToolData.Lexicon("reporting_verbs.csv"), [.. options.ExtraActors, options.Actors ?? ToolData.Lexicon("actors.csv")],
            ToolData.Lexicon("source_roles.csv"), ToolData.Lexicon("anonymous_markers.csv")) with
        {
            PublicFigures = options.Figures is null && options.ExtraFigures.Count == 0
                ? PublicFigureLexicon.Shipped
                : PublicFigureLexicon.Load([.. options.ExtraFigures, options.Figures ?? ToolData.Lexicon(PublicFigureLexicon.FileName)]),
            SpokespersonContexts = options.SpokespersonContexts.Count == 0 ? SpokespersonContexts.Shipped : SpokespersonContexts.Load(options.SpokespersonContexts),
            UndatedDays = options.UndatedAs,
        });

        var loadedTerms = options.Lexicon is null ? [.. WordingLexicon.ShippedFiles()] : new List<string> { options.Lexicon };
        loadedTerms.AddRange(options.ExtraLexicons);
        var families = new List<string> { ToolData.Lexicon("term_families.csv") };
        families.AddRange(options.ExtraFamilies);
        var matcher = new TermMatcher(WordingLexicon.Load(loadedTerms, families));
        // The classifier's extra features always come from the shipped lexicon, the one the model was trained with.
        var modelFeatures = LoadedTaskFeatures.SentenceFeatures();
        var loadedModel = Prepared(ModelCatalog.TryLoad(ClassifierTask.Loaded, options.ModelsDirectory, modelFeatures.AsExtraFeatures(), options.Encoder, options.Vectors));

        var sourceTypeModel = sourceTypeLoad.GetAwaiter().GetResult();
        var functionModel = functionLoad.GetAwaiter().GetResult();
        var sourcing = sourcingLoad.GetAwaiter().GetResult();
        if (options.LearnedCues != (sourcing.CueDetector is not null))
        {
            sourcing = sourcing with { CueDetector = options.LearnedCues ? CueDetector.LoadShipped(sourcing.Verbs) : null };
        }

        return
        [
            new TextStatisticsAnalyzer(),
            new SourcingAnalyzer(sourcing, sourceTypeModel?.Model, functionModel?.Model)
            {
                SourceTypeModelIdentity = sourceTypeModel?.Identity,
                FunctionModelIdentity = functionModel?.Identity,
            },
            new LoadedWordingAnalyzer(matcher, loadedModel?.Model, loadedModel?.Identity, modelFeatures),
        ];
    }

    /// <summary>The loaded model with its scoring tables built (<see cref="TextClassifierModel.PrepareScoring"/>), on the loading thread.</summary>
    private static (ITextClassifier Model, ModelIdentity Identity)? Prepared((ITextClassifier Model, ModelIdentity Identity)? loaded)
    {
        (loaded?.Model as TextClassifierModel)?.PrepareScoring();
        return loaded;
    }
}
