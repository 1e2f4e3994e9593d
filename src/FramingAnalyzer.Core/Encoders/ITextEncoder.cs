namespace FramingAnalyzer.Encoders;

/// <summary>
/// Turns texts into fixed-length vectors that carry pretrained knowledge of English (what "Sen." or "the Kremlin" is).
/// One small interface for every tier: classifiers and trainers receive vectors, never sessions or tensors.
/// Implementations are thread-safe and deterministic (same text, same bits).
/// </summary>
public interface ITextEncoder
{
    /// <summary>What a model records to refuse being scored with other vectors: tier and encoder, e.g. <c>minilm-l6-v2/static-256</c>.</summary>
    string Name { get; }

    /// <summary>SHA-256 of the vectors file the encoder reads (the static table and the projection both tiers share).</summary>
    string Fingerprint { get; }

    int Dimension { get; }

    /// <summary>Writes the vector of each text into <paramref name="vectors"/> (one row of <see cref="Dimension"/> floats per text).</summary>
    void Encode(IReadOnlyList<string> texts, float[][] vectors);
}
