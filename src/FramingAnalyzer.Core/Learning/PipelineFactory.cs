using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace FramingAnalyzer.Learning;

/// <summary>
/// Builds the ML.NET estimator for a task: label → key, text (and context) → n-gram features, extra features, the encoder's vector,
/// concatenation, the trainer, key → label. Single-threaded trainers so that the same seed gives the same model.
/// </summary>
public static class PipelineFactory
{
    public static IEstimator<ITransformer> Build(MLContext ml, ClassifierTask task, ModelOptions options)
    {
        var features = new List<string> { "TextFeatures" };
        IEstimator<ITransformer> pipeline = ml.Transforms.Conversion.MapValueToKey("Label", "Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.Transforms.Text.FeaturizeText("TextFeatures", TextOptions(options.Ngrams), "Text"));
        if (task.ContextColumn is not null)
        {
            pipeline = pipeline.Append(ml.Transforms.Text.FeaturizeText("ContextFeatures", TextOptions(NgramKind.Word), "Context"));
            features.Add("ContextFeatures");
        }
        if (options.Extra is not null)
        {
            pipeline = pipeline.Append(ml.Transforms.NormalizeMinMax("ExtraNormalised", "Extra"));
            features.Add("ExtraNormalised");
        }
        // The encoder's vector arrives normalised and scaled (EncoderFeatures), so the exported scorer needs no transform for it.
        if (options.Encoder is not null) features.Add(nameof(ModelInputRow.Embedding));
        pipeline = pipeline.Append(ml.Transforms.Concatenate("Features", [.. features]));
        return pipeline.Append(Trainer(ml, options)).Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
    }

    private static TextFeaturizingEstimator.Options TextOptions(NgramKind ngrams) => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepPunctuations = true,
        KeepNumbers = true,
        KeepDiacritics = false,
        Norm = TextFeaturizingEstimator.NormFunction.L2,
        WordFeatureExtractor = ngrams is NgramKind.Word or NgramKind.WordAndChar
            ? new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.Tf }
            : null,
        CharFeatureExtractor = ngrams is NgramKind.Char or NgramKind.WordAndChar
            ? new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = false, Weighting = NgramExtractingEstimator.WeightingCriteria.Tf }
            : null,
    };

    private static IEstimator<ITransformer> Trainer(MLContext ml, ModelOptions options) => options.Trainer switch
    {
        TrainerKind.Sdca => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 50,
        }),
        TrainerKind.LightGbm => ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
        {
            NumberOfThreads = 1,
            Seed = options.Seed,
            NumberOfIterations = 200,
            LearningRate = 0.1,
            NumberOfLeaves = 31,
            MinimumExampleCountPerLeaf = 5,
            Silent = true,
        }),
        _ => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            NumberOfThreads = 1,
            L2Regularization = options.L2Regularization,
            L1Regularization = 0f,
        }),
    };
}
