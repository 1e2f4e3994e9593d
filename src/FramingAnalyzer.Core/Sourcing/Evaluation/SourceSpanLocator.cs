using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>
/// Finds where a source found in a <see cref="Document.Text"/> lies in the text the document was built from. The text
/// model may change white space and quotation marks, so offsets drift: the source's text is searched in the original
/// (white space of any kind read as a space), whole words only, and the occurrence nearest the document offset is
/// taken (as tests/real-data/locate_spans.py does), the offset first carried over to the original by an
/// <see cref="OffsetMap"/> (so that a drift of many collapsed spaces does not pick an earlier mention of the same name).
/// A source whose text is not found whole (a changed quotation mark inside it) is mapped character by character.
/// </summary>
public sealed class SourceSpanLocator
{
    private readonly Document _document;
    private readonly string _searchable;
    private readonly OffsetMap _map;

    public SourceSpanLocator(Document document, string original)
    {
        _document = document;
        _searchable = Normalise(original);
        _map = OffsetMap.Build(document, original);
    }

    /// <summary>The range in the original text of a span of the document text; empty when it cannot be placed.</summary>
    public TextSpan Locate(TextSpan span)
    {
        var needle = Normalise(_document.Slice(span));
        if (needle.Trim().Length == 0) return new TextSpan(0, 0);
        var mapped = _map.ToOriginal(span);
        int near = mapped.Length > 0 ? mapped.Start : span.Start;
        int best = -1;
        for (int at = _searchable.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = _searchable.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            if (!IsWholeWords(at, needle)) continue;
            if (best < 0 || Math.Abs(at - near) < Math.Abs(best - near)) best = at;
        }
        return best >= 0 ? new TextSpan(best, best + needle.Length) : mapped;
    }

    /// <summary>False when the match starts or ends inside a longer word ("he" in "rhetoric").</summary>
    private bool IsWholeWords(int at, string needle)
    {
        int end = at + needle.Length;
        if (at > 0 && char.IsLetterOrDigit(needle[0]) && char.IsLetterOrDigit(_searchable[at - 1])) return false;
        return !(end < _searchable.Length && char.IsLetterOrDigit(needle[^1]) && char.IsLetterOrDigit(_searchable[end]));
    }

    private static string Normalise(string text) => string.Create(text.Length, text, (chars, source) =>
    {
        for (int i = 0; i < source.Length; i++) chars[i] = char.IsWhiteSpace(source[i]) ? ' ' : source[i];
    });
}
