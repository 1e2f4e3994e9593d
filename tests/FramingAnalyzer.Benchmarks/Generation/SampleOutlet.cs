using FramingAnalyzer.Input;

namespace FramingAnalyzer.Benchmarks.Generation;

/// <summary>
/// The text of one sample outlet: its articles cut into parts, and the pool of all its body paragraphs (with their
/// word counts) that generated articles draw from, so an outlet's generated articles keep that outlet's style.
/// </summary>
public sealed class SampleOutlet
{
    private SampleOutlet(string name, IReadOnlyList<SampleArticle> articles)
    {
        Name = name;
        Articles = articles;
        Paragraphs = articles.SelectMany(a => a.Paragraphs).ToArray();
        ParagraphWords = Paragraphs.Select(WordCount.Of).ToArray();
        Footnotes = articles.SelectMany(a => a.Footnotes).ToArray();
    }

    public string Name { get; }
    public IReadOnlyList<SampleArticle> Articles { get; }
    public string[] Paragraphs { get; }
    public int[] ParagraphWords { get; }
    public string[] Footnotes { get; }

    /// <summary>Reads a sample corpus (one folder per outlet) with the tool's own readers; outlets in ordinal order.</summary>
    public static IReadOnlyList<SampleOutlet> Load(string sampleDirectory)
    {
        var articles = InputCatalog.Read([sampleDirectory], new ReaderOptions())
            .Where(item => item.Article is not null)
            .Select(item => item.Article!)
            .ToList();
        if (articles.Count == 0) throw new InvalidDataException($"{sampleDirectory}: no sample articles found.");
        return articles
            .GroupBy(a => a.Outlet)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SampleOutlet(g.Key, g.OrderBy(a => a.Origin, StringComparer.Ordinal)
                .Select(a => SampleArticle.Cut(a.Story ?? "", a.Title ?? "", a.Body)).ToArray()))
            .Where(o => o.Paragraphs.Length > 0)
            .ToArray();
    }
}
