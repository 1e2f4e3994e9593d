using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// A document with its normalised text (lowercase, straight apostrophes; same length, so offsets agree), built once per
/// article and shared by the extractor, the resolver and the classifier.
/// </summary>
public sealed class DocumentText
{
    public DocumentText(Document document)
    {
        Document = document;
        Normalised = LexiconText.Normalise(document.Text);
    }

    public Document Document { get; }
    public string Normalised { get; }

    /// <summary>The tokens whose start lies in <paramref name="span"/>, as a range [Start, End) of document token indices.</summary>
    public (int Start, int End) TokenRange(TextSpan span)
    {
        var tokens = Document.Tokens;
        int lo = LowerBound(tokens, span.Start);
        int hi = LowerBound(tokens, span.End);
        return (lo, hi);
    }

    private static int LowerBound(Token[] tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
