using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>
/// Maps offsets in a <see cref="Document.Text"/> back to the file text it was built from. The text model only changes
/// white space and control characters (and reads a pair of apostrophes or backticks as one double quotation mark) (lines trimmed and collapsed, paragraphs joined by blank lines, hard-wrapped
/// lines joined by a space), drops zero-width characters and whole lines (page furniture), so every other character
/// of a paragraph is found, in order, in the file: each paragraph is located by those characters, searched forward
/// from the end of the previous one (character by character if the paragraph is not found whole).
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _map;

    private OffsetMap(int[] map) => _map = map;

    public static OffsetMap Build(Document document, string original)
    {
        var compact = new System.Text.StringBuilder(original.Length);
        var compactOffsets = new List<int>(original.Length);
        for (int i = 0; i < original.Length; i++)
        {
            if (IsIgnored(original[i])) continue;
            compactOffsets.Add(i);
            if (FramingAnalyzer.Text.PageLayout.IsDoubledQuote(original, i))
            {
                compact.Append('"'); // the text model reads '' and `` as one double quotation mark
                i++;
                continue;
            }
            compact.Append(original[i]);
        }
        var compactText = compact.ToString();
        var text = document.Text;
        var map = new int[text.Length + 1];
        Array.Fill(map, -1);
        int pointer = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            var positions = new List<int>(paragraph.Span.Length);
            var chars = new System.Text.StringBuilder(paragraph.Span.Length);
            for (int i = paragraph.Span.Start; i < paragraph.Span.End; i++)
            {
                if (IsIgnored(text[i])) continue;
                chars.Append(text[i]);
                positions.Add(i);
            }
            if (chars.Length == 0) continue;
            int found = compactText.IndexOf(chars.ToString(), pointer, StringComparison.Ordinal);
            if (found >= 0)
            {
                for (int k = 0; k < positions.Count; k++) map[positions[k]] = compactOffsets[found + k];
                pointer = found + chars.Length;
                continue;
            }
            for (int k = 0; k < positions.Count; k++)
            {
                int at = compactText.IndexOf(chars[k], pointer);
                if (at < 0) continue;
                map[positions[k]] = compactOffsets[at];
                pointer = at + 1;
            }
        }
        return new OffsetMap(map);
    }

    private static bool IsIgnored(char c) => char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u2060' or '\uFEFF';

    /// <summary>The original range of a document span (spans start and end on non-whitespace characters).</summary>
    public TextSpan ToOriginal(TextSpan span)
    {
        int start = span.Start, last = span.End - 1;
        while (start <= last && _map[start] < 0) start++;
        while (last >= start && _map[last] < 0) last--;
        if (start > last) return new TextSpan(0, 0);
        return new TextSpan(_map[start], _map[last] + 1);
    }
}
