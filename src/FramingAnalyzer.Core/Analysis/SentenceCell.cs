namespace FramingAnalyzer.Analysis;

/// <summary>What kind of value a <see cref="SentenceCell"/> holds.</summary>
public enum SentenceCellKind
{
    Empty,
    Text,
    Count,
    Probability,
    Flag,
}

/// <summary>
/// One per-sentence value an analyzer sets: nothing, text, a count, a probability or a flag. Analyzers set values;
/// the table writers format them (<c>Output/CellText.Format</c>), so no analyzer formats a number for CSV.
/// </summary>
public readonly record struct SentenceCell(SentenceCellKind Kind, string Text, double Number)
{
    public static readonly SentenceCell Empty = default;

    public static SentenceCell Of(string text) => text.Length == 0 ? Empty : new(SentenceCellKind.Text, text, double.NaN);
    public static SentenceCell Count(long count) => new(SentenceCellKind.Count, "", count);
    /// <summary>A probability; NaN (not scored) is an empty cell.</summary>
    public static SentenceCell Probability(double probability) => double.IsNaN(probability) ? Empty : new(SentenceCellKind.Probability, "", probability);
    public static SentenceCell Flag(bool value) => new(SentenceCellKind.Flag, "", value ? 1 : 0);

    public bool IsEmpty => Kind == SentenceCellKind.Empty;
    /// <summary>The number a count or probability holds; NaN for other kinds.</summary>
    public double Value => Kind is SentenceCellKind.Count or SentenceCellKind.Probability ? Number : double.NaN;
    public bool IsTrue => Kind == SentenceCellKind.Flag && Number != 0;
}
