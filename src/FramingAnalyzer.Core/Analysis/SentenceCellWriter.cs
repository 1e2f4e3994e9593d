namespace FramingAnalyzer.Analysis;

/// <summary>An analyzer's window onto the per-sentence cells: it writes its own columns by their local index.</summary>
public readonly struct SentenceCellWriter(string[][] cells, int offset)
{
    public void Set(int sentence, int column, string value) => cells[sentence][offset + column] = value;
}
