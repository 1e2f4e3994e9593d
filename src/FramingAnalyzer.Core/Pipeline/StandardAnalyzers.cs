using FramingAnalyzer.Analysis;
using FramingAnalyzer.Learning;
using FramingAnalyzer.Loaded;
using FramingAnalyzer.Resources;

namespace FramingAnalyzer.Pipeline;

/// <summary>The analyzers a normal run uses, in pipeline order, with their lexicons and models loaded once.</summary>
public static class StandardAnalyzers
{
    public static IReadOnlyList<IArticleAnalyzer> Create(AnalyzerOptions options)
    {
        var loadedTerms = new List<string> { options.Lexicon ?? ToolData.Lexicon("loaded_terms.csv") };
        loadedTerms.AddRange(options.ExtraLexicons);
        var families = new List<string> { ToolData.Lexicon("term_families.csv") };
        families.AddRange(options.ExtraFamilies);
        var matcher = new TermMatcher(WordingLexicon.Load(loadedTerms, families));
        // The classifier's extra features always come from the shipped lexicon, the one the model was trained with.
        var loadedModel = ModelCatalog.TryLoad(ClassifierTask.Loaded, options.ModelsDirectory, ModelCatalog.LoadedFeatures());

        return
        [
            new TextStatisticsAnalyzer(),
            new LoadedWordingAnalyzer(matcher, loadedModel?.Model, loadedModel?.Identity),
        ];
    }
}
