using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>
/// One article of a marked-sources file: where its header is (file and 1-based line), its id, date and outlet, its
/// text with the marks removed (the first line is the headline) and the sources marked in it, in text order.
/// </summary>
public sealed record MarkedSourceArticle(string File, int Line, string Id, string Date, string Outlet, string Text, IReadOnlyList<MarkedSource> Sources)
{
    public string Headline => Text.Split('\n', 2)[0];

    /// <summary>The article as the analyzers read it: the unmarked text as body, the header's date, origin FILE:LINE.</summary>
    public Article ToArticle() => new()
    {
        Id = Id,
        Outlet = Outlet,
        Body = Text,
        Date = Date,
        Origin = $"{File}:{Line}",
    };
}
