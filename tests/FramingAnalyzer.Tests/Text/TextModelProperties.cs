using FramingAnalyzer.Model;
using FramingAnalyzer.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FramingAnalyzer.Tests.Text;

/// <summary>An article generated for a property, printed with its unusual characters escaped.</summary>
public sealed record GeneratedArticle(string Body, string? Title, bool Page, string Outlet)
{
    public Article ToArticle() => TextKit.Article(Body, Title, Page, Outlet);
    public override string ToString() => $"Body={TextKit.Escape(Body)}, Title={TextKit.Escape(Title)}, Page={Page}, Outlet={TextKit.Escape(Outlet)}";
}

/// <summary>News-like text: words, abbreviations, numbers, punctuation, quote marks and line breaks in any order.</summary>
public sealed record NewsArticle(GeneratedArticle Value)
{
    public override string ToString() => Value.ToString();
}

/// <summary>Any characters at all: control characters, NUL, unpaired surrogates, lone quote marks, very long words.</summary>
public sealed record HostileArticle(GeneratedArticle Value)
{
    public override string ToString() => Value.ToString();
}

public static class TextArbitraries
{
    private static readonly string[] Words =
    [
        "the", "The", "army", "said", "Tesk", "NVF", "U.S.", "U.N.", "a.m.", "p.m.", "Mr.", "Gen.", "Col.", "Dr.", "Jan.", "No.",
        "no", "J.", "R.", "Smith", "Inc.", "etc.", "don't", "soldiers'", "Tesk’s", "so-called", "3.5", "12,000", "$1.2", "billion",
        "km", "23", "9:15", "Ph.D.", "e.g.", "He", "They", "We", "Officials", "World", "By", "Meridian", "Wire", "Share",
        "Read", "more", "Related:", "Discuss", "Comments", "(187)", "MORE:", "Follow", "café", "🔥", "𝐓esk", "horror",
    ];

    private static readonly string[] Marks =
    [
        ".", ".", ",", "!", "?", "...", "…", "—", "–", "-", ":", ";", "(", ")", "[", "]", "*", "|", "/",
        "\"", "\"", "“", "”", "„", "‘", "’", "'", "'", "«", "»", "‹", "›",
    ];

    private static readonly string[] Spaces = [" ", " ", " ", " ", "\n", "\n\n", "\r\n", "\r", "\t", "\u00A0", "  ", "\n \n"];

    private static readonly string[] Oddities =
    [
        "\0", "\u0001", "\u001F", "\u007F", "\u0085", "\uD800", "\uDC00", "\uDBFF", "\u200B", "\u200D", "\uFEFF", "\u2028",
        "\u2029", "\u00AD", "\u0301", "\v", "\f", "\uFFFF", "\uFFFE",
    ];

    private static readonly string[] Outlets = ["Meridian Wire", "Karvania Today", "", " ", "\"", "Wire"];

    private static Gen<string> NewsText =>
        Gen.Frequency(
            (10, Gen.Elements(Words)),
            (5, Gen.Elements(Marks)),
            (8, Gen.Elements(Spaces)),
            (1, Gen.Elements(Oddities)))
        .ListOf()
        .Select(parts => string.Concat(parts));

    private static Gen<string> AnyText =>
        Gen.OneOf(
            Gen.Choose(0, 0xFFFF).Select(i => (char)i).ArrayOf().Select(chars => new string(chars)),
            Gen.Elements("\"", "'", "“", "”", "«", "»", "’", "‘", "„").ArrayOf().Select(string.Concat),
            Gen.Choose(1, 20_000).Select(n => new string('a', n) + ". " + new string('B', n / 2)),
            Gen.Choose(1, 5_000).Select(n => string.Concat(Enumerable.Repeat("U.S.", n))),
            Gen.Choose(1, 5_000).Select(n => string.Concat(Enumerable.Repeat("\"a. ", n))),
            NewsText);

    private static Gen<GeneratedArticle> ArticleOf(Gen<string> text) =>
        from body in text
        from title in Gen.Frequency((3, Gen.Constant<string?>(null)), (1, text.Select(t => (string?)t)))
        from page in Gen.Elements(true, false)
        from outlet in Gen.Elements(Outlets)
        select new GeneratedArticle(body, title, page, outlet);

    /// <summary>Shrinks towards shorter bodies: halves, then single characters removed from short bodies; drops the title.</summary>
    private static IEnumerable<GeneratedArticle> Shrink(GeneratedArticle a)
    {
        if (a.Title is not null) yield return a with { Title = null };
        var body = a.Body;
        if (body.Length > 1)
        {
            yield return a with { Body = body[..(body.Length / 2)] };
            yield return a with { Body = body[(body.Length / 2)..] };
        }
        if (body.Length <= 64)
        {
            for (int i = 0; i < body.Length; i++) yield return a with { Body = body.Remove(i, 1) };
        }
    }

    public static Arbitrary<NewsArticle> News() =>
        Arb.From(ArticleOf(NewsText).Select(a => new NewsArticle(a)), n => Shrink(n.Value).Select(a => new NewsArticle(a)));

    public static Arbitrary<HostileArticle> Hostile() =>
        Arb.From(ArticleOf(AnyText).Select(a => new HostileArticle(a)), h => Shrink(h.Value).Select(a => new HostileArticle(a)));
}

/// <summary>Properties of the text model that hold for every input.</summary>
[Properties(Arbitrary = [typeof(TextArbitraries)], MaxTest = 500, EndSize = 300)]
public class TextModelProperties
{
    [Property]
    public void News_like_articles_build_into_a_well_formed_text_model(NewsArticle article) => Check(article.Value.ToArticle());

    [Property(MaxTest = 200)]
    public void Any_string_builds_into_a_well_formed_text_model(HostileArticle article) => Check(article.Value.ToArticle());

    [Property(MaxTest = 200)]
    public void Any_default_string_builds_into_a_well_formed_text_model(string? body, string? title, bool page) =>
        Check(TextKit.Article(body ?? "", title, page));

    private static void Check(Article article)
    {
        var doc = DocumentBuilder.Build(article); // never throws
        TextModelInvariants.AssertWellFormed(doc);
        TextModelInvariants.AssertSame(doc, DocumentBuilder.Build(article));
    }
}
