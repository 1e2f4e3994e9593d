namespace FramingAnalyzer.Benchmarks.Generation;

/// <summary>
/// One sample article cut into the parts the generator recombines: the opening (section label, headline, lede and
/// byline, verbatim), the body paragraphs, footnotes (paragraphs starting with <c>*</c>) and the closing page furniture.
/// </summary>
public sealed record SampleArticle(string Story, string Headline, string Opening, IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Footnotes, string Furniture)
{
    private const int OpeningLines = 4;

    /// <summary>Cuts an article body laid out as corpora/sample/README.md describes.</summary>
    public static SampleArticle Cut(string story, string title, string body)
    {
        var text = body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var blocks = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var furniture = blocks.Length > 1 ? blocks[^1] : "";
        var lines = blocks.Take(blocks.Length > 1 ? blocks.Length - 1 : blocks.Length)
            .SelectMany(b => b.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        // The opening is kept verbatim (with the outlet's own spacing) so the page-layout stage sees what it expects.
        int openingEnd = 0;
        for (int seen = 0; seen < Math.Min(OpeningLines, lines.Count); seen++)
        {
            openingEnd = text.IndexOf(lines[seen], openingEnd, StringComparison.Ordinal) + lines[seen].Length;
        }
        var paragraphs = lines.Skip(OpeningLines).Where(l => !l.StartsWith('*')).ToArray();
        var footnotes = lines.Skip(OpeningLines).Where(l => l.StartsWith('*')).ToArray();
        var headline = lines.Count > 1 ? lines[1] : title;
        return new SampleArticle(story, title.Length > 0 ? title : headline, text[..openingEnd], paragraphs, footnotes, furniture);
    }
}
