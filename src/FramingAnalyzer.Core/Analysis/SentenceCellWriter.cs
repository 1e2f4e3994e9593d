namespace FramingAnalyzer.Analysis;

/// <summary>An analyzer's window onto the per-sentence cells: it writes its own columns by their local index, as typed values.</summary>
public readonly struct SentenceCellWriter(SentenceCell[][] cells, int offset)
{
    public void Set(int sentence, int column, SentenceCell value) => cells[sentence][offset + column] = value;

    /// <summary>A text value ("" is an empty cell).</summary>
    public void Set(int sentence, int column, string text) => Set(sentence, column, SentenceCell.Of(text));
}
