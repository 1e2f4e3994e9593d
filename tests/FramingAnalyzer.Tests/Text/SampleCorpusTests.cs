using FramingAnalyzer.Model;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Tests.Text;

/// <summary>
/// The real sample articles (corpora/sample/&lt;Outlet&gt;/*.txt: front matter, then a scraped page copy):
/// headline, lede, byline, page furniture and notes are recognised on every one of them.
/// </summary>
public class SampleCorpusTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Recognises_the_layout_of_every_sample_article(bool withTitle)
    {
        var failures = new List<string>();
        foreach (var sample in SampleArticle.LoadAll())
        {
            try
            {
                Check(sample, withTitle);
            }
            catch (Exception e)
            {
                failures.Add($"{sample.Path}: {e.Message}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static void Check(SampleArticle sample, bool withTitle)
    {
        var article = new Article
        {
            Id = sample.Path,
            Outlet = sample.Outlet,
            Body = sample.Body,
            Title = withTitle ? sample.Title : null,
            Origin = sample.Path,
            MayContainPageFurniture = true,
        };
        var doc = DocumentBuilder.Build(article);
        TextModelInvariants.AssertWellFormed(doc);
        var roles = doc.Paragraphs.Select(p => p.Role).ToList();
        var texts = doc.Paragraphs.Select(p => doc.Slice(p.Span)).ToList();

        // Exactly one headline, first, and it is the page's headline.
        Assert.Equal(1, roles.Count(r => r == ParagraphRole.Headline));
        Assert.Equal(ParagraphRole.Headline, roles[0]);
        if (sample.Title is not null) Assert.Equal(sample.Title, texts[0]);

        // A lede right after it: a sentence of prose, neither a byline nor a section label.
        Assert.Equal(ParagraphRole.Lede, roles[1]);
        Assert.Equal(1, roles.Count(r => r == ParagraphRole.Lede));
        Assert.True(PageFurniture.CountWords(texts[1]) >= 8, $"lede too short: {texts[1]}");
        Assert.EndsWith(".", texts[1]);

        // No byline, section label or furniture prompt is kept.
        foreach (var text in texts)
        {
            Assert.False(text.StartsWith("By ", StringComparison.Ordinal) && PageFurniture.CountWords(text) <= 14 && !text.EndsWith('.'), $"byline kept: {text}");
            Assert.False(text.Contains(" | ", StringComparison.Ordinal), $"byline kept: {text}");
            Assert.False(PageFurniture.IsPrompt(text), $"prompt kept: {text}");
            Assert.DoesNotContain(text, sample.SectionAndFurniture);
        }
        Assert.True(doc.FurnitureLinesDropped >= sample.SectionAndFurniture.Count + 1,
            $"dropped {doc.FurnitureLinesDropped} lines, expected at least the section label, the byline and {sample.SectionAndFurniture.Count - 1} furniture lines");

        // Notes: every '*' paragraph, and only at the end.
        int notes = roles.Count(r => r == ParagraphRole.Note);
        Assert.Equal(sample.StarParagraphs, notes);
        Assert.All(roles.Skip(roles.Count - notes), r => Assert.Equal(ParagraphRole.Note, r));
        Assert.All(texts.Skip(texts.Count - notes), t => Assert.StartsWith("*", t));
    }
}

/// <summary>One sample file: its outlet (the folder), front-matter title and body.</summary>
internal sealed record SampleArticle(string Path, string Outlet, string? Title, string Body)
{
    /// <summary>The first line (section label) and the last block (furniture lines, one per line) of the page.</summary>
    public IReadOnlyList<string> SectionAndFurniture
    {
        get
        {
            var blocks = Body.Replace("\r\n", "\n").Trim().Split("\n\n");
            var lines = new List<string> { blocks[0].Split('\n')[0].Trim() };
            lines.AddRange(blocks[^1].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
            return lines;
        }
    }

    public int StarParagraphs => Body.Replace("\r\n", "\n").Split('\n').Count(l => l.TrimStart().StartsWith('*'));

    public static IEnumerable<SampleArticle> LoadAll()
    {
        var root = FindRepositoryRoot();
        var sampleDir = System.IO.Path.Combine(root, "corpora", "sample");
        if (!Directory.Exists(sampleDir)) yield break;
        foreach (var dir in Directory.EnumerateDirectories(sampleDir).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.EnumerateFiles(dir, "*.txt").Order(StringComparer.Ordinal))
            {
                var (title, body) = SplitFrontMatter(File.ReadAllText(file));
                if (body.Trim().Length == 0) continue; // still being written
                yield return new SampleArticle(System.IO.Path.GetRelativePath(root, file), System.IO.Path.GetFileName(dir), title, body);
            }
        }
    }

    /// <summary>Strips a leading "---" ... "---" block and returns its title: field and the rest.</summary>
    internal static (string? Title, string Body) SplitFrontMatter(string content)
    {
        var lines = content.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---") return (null, content);
        string? title = null;
        for (int i = 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line == "---") return (title, string.Join('\n', lines.Skip(i + 1)));
            if (line.StartsWith("title:", StringComparison.Ordinal)) title = line["title:".Length..].Trim().Trim('"');
        }
        return (null, content);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "FramingAnalyzer.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("FramingAnalyzer.sln not found above " + AppContext.BaseDirectory);
    }
}
