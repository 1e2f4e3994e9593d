namespace FramingAnalyzer.Analysis;

/// <summary>Which model produced scores: its task, file, the hash of its training data, and its gold metrics. Recorded in run.json.</summary>
public sealed record ModelIdentity(string Task, string File, string TrainingDataHash, IReadOnlyDictionary<string, double> Metrics)
{
    /// <summary>The encoder the model reads (empty for none) and the SHA-256 of its vectors.</summary>
    public string Encoder { get; init; } = "";
    public string EncoderSha256 { get; init; } = "";
}

/// <summary>Implemented by analyzers that score with trained models or replaceable lexicons, so run.json can name them.</summary>
public interface IDescribesResources
{
    IEnumerable<ModelIdentity> Models { get; }
    IEnumerable<string> Lexicons { get; }
}
