namespace FramingAnalyzer.Analysis;

/// <summary>
/// A per-sentence column's place among its analyzer's columns, handed out by <see cref="SentenceColumnList.Add"/> when the
/// column is declared, so an analyzer writes a cell through the handle of its column, never through an index kept by hand.
/// </summary>
public readonly record struct SentenceColumn(int Index);
