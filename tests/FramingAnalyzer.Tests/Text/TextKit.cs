using System.Text;
using FramingAnalyzer.Model;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Tests.Text;

/// <summary>Builds documents from small bodies and renders their parts as short strings that tests compare against.</summary>
internal static class TextKit
{
    public const string Separator = " | ";

    public static Article Article(string body, string? title = null, bool page = false, string outlet = "Meridian Wire") => new()
    {
        Id = "test",
        Outlet = outlet,
        Body = body,
        Title = title,
        Origin = "test.txt",
        MayContainPageFurniture = page,
    };

    public static Document Build(string body, string? title = null, bool page = false, string outlet = "Meridian Wire") =>
        DocumentBuilder.Build(Article(body, title, page, outlet));

    /// <summary>The sentences' text, joined by " | ".</summary>
    public static string Sentences(Document doc) => string.Join(Separator, doc.Sentences.Select(s => doc.Slice(s.Span)));

    /// <summary>The quotations' content, joined by " | ".</summary>
    public static string Quotes(Document doc) => string.Join(Separator, doc.Quotes.Select(q => doc.Slice(q.Content)));

    /// <summary>The paragraphs as "role: text", joined by " | ".</summary>
    public static string Layout(Document doc) =>
        string.Join(Separator, doc.Paragraphs.Select(p => $"{p.Role.ToName()}: {doc.Slice(p.Span)}"));

    /// <summary>The tokens separated by spaces, those inside a quotation in [brackets].</summary>
    public static string Tokens(Document doc) =>
        string.Join(' ', doc.Tokens.Select(t => t.InQuote ? $"[{doc.TokenText(t)}]" : doc.TokenText(t).ToString()));

    /// <summary>The article text with control and unusual characters escaped, for readable counterexamples.</summary>
    public static string Escape(string? s)
    {
        if (s is null) return "null";
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (char c in s)
        {
            if (c is '"' or '\\') sb.Append('\\').Append(c);
            else if (c == '\n') sb.Append("\\n");
            else if (c < ' ' || c > '~') sb.Append($"\\u{(int)c:X4}");
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }
}
