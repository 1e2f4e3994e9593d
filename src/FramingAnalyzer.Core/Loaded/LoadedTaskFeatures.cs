using FramingAnalyzer.Learning;
using FramingAnalyzer.Resources;

namespace FramingAnalyzer.Loaded;

/// <summary>
/// The extra features the loaded-sentence classifier reads besides its text, built from the shipped lexicons
/// (loaded terms, term families, intensifiers): what the shipped model was trained with.
/// </summary>
public static class LoadedTaskFeatures
{
    /// <summary>The loaded task's extra features; null for the other tasks, which have none.</summary>
    public static ExtraFeatures? For(ClassifierTask task) => task == ClassifierTask.Loaded ? Extra() : null;

    public static ExtraFeatures Extra() => SentenceFeatures().AsExtraFeatures();

    /// <summary>The feature computer over the shipped lexicons.</summary>
    public static LoadedSentenceFeatures SentenceFeatures() =>
        LoadedSentenceFeatures.Load(ShippedMatcher(), ToolData.Lexicon("intensifiers.csv"));

    /// <summary>The term matcher over the shipped loaded-term lexicon and term families.</summary>
    public static TermMatcher ShippedMatcher() =>
        new(WordingLexicon.Load([ToolData.Lexicon("loaded_terms.csv")], [ToolData.Lexicon("term_families.csv")]));
}
