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
        var loadedTerms = options.Lexicon is null ? [.. WordingLexicon.ShippedFiles()] : new List<string> { options.Lexicon };
        loadedTerms.AddRange(options.ExtraLexicons);
        var families = new List<string> { ToolData.Lexicon("term_families.csv") };
        families.AddRange(options.ExtraFamilies);
        var matcher = new TermMatcher(WordingLexicon.Load(loadedTerms, families));
        // The classifier's extra features always come from the shipped lexicon, the one the model was trained with.
        var modelFeatures = LoadedTaskFeatures.SentenceFeatures();
        var loadedModel = ModelCatalog.TryLoad(ClassifierTask.Loaded, options.ModelsDirectory, modelFeatures.AsExtraFeatures(), options.Encoder, options.Vectors);

        var sourceTypeModel = ModelCatalog.TryLoad(ClassifierTask.SourceType, options.ModelsDirectory, null, options.Encoder, options.Vectors);
        var functionModel = ModelCatalog.TryLoad(ClassifierTask.Function, options.ModelsDirectory, null, options.Encoder, options.Vectors);
        var sourcing = SourcingResources.Load(ToolData.Lexicon("reporting_verbs.csv"), [.. options.ExtraActors, options.Actors ?? ToolData.Lexicon("actors.csv")],
            ToolData.Lexicon("source_roles.csv"), ToolData.Lexicon("anonymous_markers.csv"));

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
}
