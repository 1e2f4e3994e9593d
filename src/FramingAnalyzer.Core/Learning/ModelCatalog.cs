using FramingAnalyzer.Analysis;
using FramingAnalyzer.Loaded;
using FramingAnalyzer.Resources;

namespace FramingAnalyzer.Learning;

/// <summary>
/// Finds and loads the model for a task: the user's folder (--models) when it has the task's file, else the model
/// shipped with the tool. Also builds the extra features the loaded task needs from the shipped lexicons.
/// </summary>
public static class ModelCatalog
{
    public static string PathFor(ClassifierTask task, string? modelsDirectory)
    {
        if (modelsDirectory is not null)
        {
            var user = Path.Combine(modelsDirectory, task.ModelFile);
            if (File.Exists(user)) return user;
        }
        return ToolData.Model(task.ModelFile);
    }

    /// <summary>Loads the task's model, or returns null when no model file exists (the analyzer then says so in its output).</summary>
    public static (TextClassifierModel Model, ModelIdentity Identity)? TryLoad(ClassifierTask task, string? modelsDirectory, ExtraFeatures? extra)
    {
        var path = PathFor(task, modelsDirectory);
        if (!File.Exists(path)) return null;
        var model = TextClassifierModel.Load(path, task, extra);
        return (model, new ModelIdentity(task.Name, ToolData.Display(path), model.Metadata.TrainingDataSha256, model.Metadata.Metrics));
    }

    /// <summary>The extra features of the loaded task, built from the shipped loaded-term lexicon, families and intensifiers.</summary>
    public static ExtraFeatures LoadedFeatures() => LoadedSentenceFeatures().AsExtraFeatures();

    /// <summary>The loaded task's feature computer over the shipped lexicons (what the shipped model was trained with).</summary>
    public static LoadedSentenceFeatures LoadedSentenceFeatures() =>
        Loaded.LoadedSentenceFeatures.Load(DefaultMatcher(), ToolData.Lexicon("intensifiers.csv"));

    public static TermMatcher DefaultMatcher() =>
        new(WordingLexicon.Load([ToolData.Lexicon("loaded_terms.csv")], [ToolData.Lexicon("term_families.csv")]));

    public static ExtraFeatures? FeaturesFor(ClassifierTask task) => task == ClassifierTask.Loaded ? LoadedFeatures() : null;
}
