using FramingAnalyzer.Model;

namespace FramingAnalyzer.Text;

/// <summary>
/// A body line that is a subheading rather than a sentence of the report ("What we know so far", "Who fired the
/// shells?", "How we got here"): a paragraph of one sentence of at most <see cref="MaxWords"/> words that does not end
/// like a statement (no full stop or exclamation mark). The loaded classifier does not score subheadings: they are
/// page structure, and without context it read most of them as loaded.
/// </summary>
public static class Subheading
{
    public const int MaxWords = 8;

    public static bool Is(Document document, Sentence sentence)
    {
        if (sentence.Role != ParagraphRole.Body || sentence.WordCount > MaxWords || sentence.WordCount == 0) return false;
        var paragraph = document.Paragraphs[sentence.ParagraphIndex];
        var text = document.Slice(sentence.Span).Trim();
        if (document.Slice(paragraph.Span).Trim().Length != text.Length) return false; // more than this sentence in the paragraph
        char last = text.Length > 0 ? text[^1] : '.';
        return last is not ('.' or '!' or '…' or '"' or '”' or '\'' or '’');
    }
}
