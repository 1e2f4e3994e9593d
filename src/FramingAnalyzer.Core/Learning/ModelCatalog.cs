using FramingAnalyzer.Analysis;
using FramingAnalyzer.Encoders;
using FramingAnalyzer.Resources;

namespace FramingAnalyzer.Learning;

/// <summary>
/// Finds and loads the model for a task: the user's folder (--models) when it has the task's file, else the model
/// shipped with the tool for the run's encoder tier (models/ for the static tier and for none, models/contextual/ for
/// the contextual tier).
/// </summary>
public static class ModelCatalog
{
    public const string ContextualFolder = "contextual";

    public static string PathFor(ClassifierTask task, string? modelsDirectory, EncoderTier tier = EncoderTier.Static)
    {
        if (modelsDirectory is not null)
        {
            var user = Path.Combine(modelsDirectory, task.ModelFile);
            if (File.Exists(user)) return user;
        }
        return tier == EncoderTier.Contextual ? ToolData.Model(Path.Combine(ContextualFolder, task.ModelFile)) : ToolData.Model(task.ModelFile);
    }

    /// <summary>
    /// Loads the task's model, or returns null when no model file exists (the analyzer then says so in its output). A
    /// fine-tuned model (<c>framing train --fine-tune</c>) is read whatever the tier: it carries its own transformer layers.
    /// </summary>
    public static (ITextClassifier Model, ModelIdentity Identity)? TryLoad(ClassifierTask task, string? modelsDirectory, ExtraFeatures? extra,
        EncoderTier tier = EncoderTier.Static, string? vectorsPath = null)
    {
        var path = PathFor(task, modelsDirectory, tier);
        if (!File.Exists(path)) return null;
        var metadata = ModelMetadata.ReadFrom(path);
        ITextClassifier model = FineTuning.FineTunedTextClassifier.IsFineTuned(metadata)
            ? FineTuning.FineTunedTextClassifier.Load(path, task)
            : Load(path, task, extra, tier, vectorsPath);
        return (model, new ModelIdentity(task.Name, ToolData.Display(path), metadata.TrainingDataSha256, metadata.Metrics)
        {
            Encoder = metadata.Encoder,
            EncoderSha256 = metadata.EncoderSha256,
        });
    }

    /// <summary>Loads a model with the encoder of the given tier; a missing or damaged vectors file becomes a <see cref="ModelLoadException"/>.</summary>
    /// <param name="vectorsPath">A vectors file made with <c>framing distill</c>; null for the shipped one.</param>
    public static TextClassifierModel Load(string path, ClassifierTask task, ExtraFeatures? extra, EncoderTier tier, string? vectorsPath = null)
    {
        var metadata = ModelMetadata.ReadFrom(path);
        if (FineTuning.FineTunedTextClassifier.IsFineTuned(metadata))
            throw new ModelLoadException($"{path}: a fine-tuned model ({metadata.Encoder}), which is read by TryLoad, not as an n-gram model.");
        var needsEncoder = metadata.Encoder.Length > 0;
        return TextClassifierModel.Load(path, task, extra, needsEncoder ? EncoderFor(path, tier, vectorsPath) : null);
    }

    /// <summary>Loads a model with the encoder its own metadata names (for evaluate, where the model file decides).</summary>
    public static TextClassifierModel LoadWithOwnEncoder(string path, ClassifierTask task, ExtraFeatures? extra, string? vectorsPath = null) =>
        Load(path, task, extra, EncoderCatalog.TierOf(ModelMetadata.ReadFrom(path).Encoder), vectorsPath);

    private static ITextEncoder? EncoderFor(string modelPath, EncoderTier tier, string? vectorsPath)
    {
        try
        {
            return EncoderCatalog.For(tier, vectorsPath);
        }
        catch (EncoderLoadException ex)
        {
            throw new ModelLoadException($"{modelPath}: cannot load the model's encoder: {ex.Message}", ex);
        }
    }
}
