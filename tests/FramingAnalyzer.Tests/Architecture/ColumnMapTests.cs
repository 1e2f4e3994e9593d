using System.Text.RegularExpressions;
using FramingAnalyzer.Resources;

namespace FramingAnalyzer.Tests.Architecture;

/// <summary>
/// ARCHITECTURE.md maps every column of the per-article tables to the file that computes it: each column of the sample
/// report's articles.csv, sentences.csv and attributions.csv is listed, and every file the map links to exists.
/// </summary>
public partial class ColumnMapTests
{
    private static readonly string Root = ToolData.RepositoryRoot!;

    [Theory]
    [InlineData("articles.csv")]
    [InlineData("sentences.csv")]
    [InlineData("attributions.csv")]
    public void Every_column_of_the_table_is_in_the_map(string table)
    {
        var listed = ListedColumns(table);
        Assert.NotEmpty(listed);
        var header = File.ReadLines(Path.Combine(Root, "reports", "sample", table)).First().Split(',');
        var missing = header.Where(column => !listed.Any(pattern => pattern.IsMatch(column))).ToList();
        Assert.True(missing.Count == 0, $"ARCHITECTURE.md does not say where these columns of {table} are computed: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_linked_file_exists()
    {
        var links = LinkPattern().Matches(File.ReadAllText(Path.Combine(Root, "ARCHITECTURE.md"))).Select(m => m.Groups[1].Value).ToList();
        Assert.True(links.Count > 15, $"{links.Count} links");
        Assert.All(links, link => Assert.True(File.Exists(Path.Combine(Root, link)), $"ARCHITECTURE.md links to a missing file: {link}"));
    }

    /// <summary>The column names (or patterns such as <c>source_&lt;type&gt;_share</c>) in the first cell of each row under "### table".</summary>
    private static List<Regex> ListedColumns(string table)
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "ARCHITECTURE.md"));
        int start = Array.IndexOf(lines, "### " + table);
        Assert.True(start >= 0, $"ARCHITECTURE.md has no section '### {table}'");
        var patterns = new List<Regex>();
        for (int i = start + 1; i < lines.Length && !lines[i].StartsWith('#'); i++)
        {
            if (!lines[i].StartsWith("| `", StringComparison.Ordinal)) continue;
            var cell = lines[i].Split('|')[1];
            foreach (Match name in CodePattern().Matches(cell))
            {
                var regex = "^" + PlaceholderPattern().Replace(Regex.Escape(name.Groups[1].Value), "[a-z0-9_]+") + "$";
                patterns.Add(new Regex(regex));
            }
        }
        return patterns;
    }

    [GeneratedRegex(@"\]\((src/[^)]+)\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodePattern();

    [GeneratedRegex("<[a-z]+>")]
    private static partial Regex PlaceholderPattern();
}
