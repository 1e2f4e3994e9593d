namespace FramingAnalyzer.Analysis;

/// <summary>An analyzer's window onto the per-sentence cells: it writes typed values through the handles of its own columns.</summary>
public readonly struct SentenceCellWriter(SentenceCell[][] cells, int offset)
{
    public void Set(int sentence, SentenceColumn column, SentenceCell value) => cells[sentence][offset + column.Index] = value;

    /// <summary>A text value ("" is an empty cell).</summary>
    public void Set(int sentence, SentenceColumn column, string text) => Set(sentence, column, SentenceCell.Of(text));
}
