using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>
/// Reads articles with their sources marked by hand (corpora/gold/sourcing):
/// <code>
/// # comment lines before the first header
/// === ID | YYYY-MM-DD | Outlet name
/// Headline line
///
/// Paragraph with [[Sen. Mara Quist|political]] said ... and later [[she|political]] added ...
/// </code>
/// An article is its header line (ID: letters, digits, hyphens) and every line up to the next header, blank lines at its
/// start and end trimmed; its first line is the headline. A mark <c>[[span|type]]</c> lies within one line; it is removed
/// from the text, leaving its span, and gives the span's offsets in the unmarked text and its type (one of
/// <see cref="SourceTypes.All"/>). Anything else is an error naming the file and line (<see cref="MarkedSourceFormatException"/>):
/// a malformed header or date, text before the first header, an article without text, a repeated id, a <c>[[</c> without
/// its <c>|type]]</c>, a <c>]]</c> without its <c>[[</c>, nested marks, an empty span, an unknown type.
/// </summary>
public static partial class MarkedSourceReader
{
    public const string HeaderStart = "===";

    [GeneratedRegex(@"^===\s*(?<id>[A-Za-z0-9-]+)\s*\|\s*(?<date>\d{4}-\d{2}-\d{2})\s*\|\s*(?<outlet>\S.*?)\s*$")]
    private static partial Regex Header();

    /// <summary>The files to read for these paths: a file as given, a folder's <c>*.txt</c> files in name order; each file once.</summary>
    public static IReadOnlyList<string> Files(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            IEnumerable<string> found = Directory.Exists(path)
                ? Directory.GetFiles(path, "*.txt").Order(StringComparer.Ordinal)
                : File.Exists(path) ? [path] : throw new FileNotFoundException($"There is no file or folder '{path}'.", path);
            foreach (var file in found)
            {
                if (!files.Contains(file, StringComparer.Ordinal)) files.Add(file);
            }
        }
        return files;
    }

    /// <summary>The articles of a file, in file order.</summary>
    public static IReadOnlyList<MarkedSourceArticle> Read(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>The articles of a file's content; <paramref name="file"/> names it in origins and errors.</summary>
    public static IReadOnlyList<MarkedSourceArticle> Parse(string content, string file)
    {
        var lines = content.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        if (lines.Length > 0 && lines[0].Length > 0 && lines[0][0] == '\uFEFF') lines[0] = lines[0][1..];
        var articles = new List<MarkedSourceArticle>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int header = -1;
        for (int i = 0; i <= lines.Length; i++)
        {
            bool atHeader = i < lines.Length && lines[i].StartsWith(HeaderStart, StringComparison.Ordinal);
            if (i == lines.Length || atHeader)
            {
                if (header >= 0) articles.Add(Article(file, lines, header, i, ids));
                header = i;
                continue;
            }
            if (header < 0 && lines[i].Trim().Length > 0 && !lines[i].StartsWith('#'))
            {
                throw new MarkedSourceFormatException(file, i + 1,
                    $"text before the first article header (only '#' comment lines may come before it; a header reads '=== ID | YYYY-MM-DD | Outlet').");
            }
        }
        if (articles.Count == 0) throw new MarkedSourceFormatException(file, 1, "no article: a file holds articles, each starting with a header line '=== ID | YYYY-MM-DD | Outlet'.");
        return articles;
    }

    /// <summary>The article whose header is line index <paramref name="header"/>, its text the lines before index <paramref name="next"/>.</summary>
    private static MarkedSourceArticle Article(string file, string[] lines, int header, int next, Dictionary<string, int> ids)
    {
        var match = Header().Match(lines[header]);
        if (!match.Success)
        {
            throw new MarkedSourceFormatException(file, header + 1,
                $"malformed header '{lines[header]}': expected '=== ID | YYYY-MM-DD | Outlet' (ID: letters, digits and hyphens).");
        }
        var id = match.Groups["id"].Value;
        var date = match.Groups["date"].Value;
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw new MarkedSourceFormatException(file, header + 1, $"'{date}' in the header of article {id} is not a day of the calendar.");
        }
        if (ids.TryGetValue(id, out var first))
        {
            throw new MarkedSourceFormatException(file, header + 1, $"article id '{id}' is used twice in the file (first at line {first}).");
        }
        ids[id] = header + 1;

        int from = header + 1, to = next;
        while (from < to && lines[from].Trim().Length == 0) from++;
        while (to > from && lines[to - 1].Trim().Length == 0) to--;
        if (from == to) throw new MarkedSourceFormatException(file, header + 1, $"article {id} has no text (a headline line and paragraphs follow the header).");

        var text = new StringBuilder();
        var sources = new List<MarkedSource>();
        for (int i = from; i < to; i++)
        {
            if (i > from) text.Append('\n');
            Unmark(file, i + 1, lines[i], text, sources);
        }
        return new MarkedSourceArticle(file, header + 1, id, date, match.Groups["outlet"].Value, text.ToString(), sources);
    }

    /// <summary>Appends a line to the text with its marks removed, and its marks, offset by where the line starts in the text.</summary>
    private static void Unmark(string file, int lineNumber, string line, StringBuilder text, List<MarkedSource> sources)
    {
        int position = 0;
        while (true)
        {
            int open = line.IndexOf("[[", position, StringComparison.Ordinal);
            int close = line.IndexOf("]]", position, StringComparison.Ordinal);
            if (close >= 0 && (open < 0 || close < open))
            {
                throw new MarkedSourceFormatException(file, lineNumber, $"a ']]' without its '[[' (column {close + 1}).");
            }
            if (open < 0)
            {
                text.Append(line, position, line.Length - position);
                return;
            }
            text.Append(line, position, open - position);
            int end = line.IndexOf("]]", open + 2, StringComparison.Ordinal);
            if (end < 0) throw new MarkedSourceFormatException(file, lineNumber, $"a '[[' without its '|type]]' (column {open + 1}; a mark lies within one line).");
            var inner = line[(open + 2)..end];
            int nested = inner.IndexOf("[[", StringComparison.Ordinal);
            if (nested >= 0)
            {
                throw new MarkedSourceFormatException(file, lineNumber, $"nested marks: a '[[' (column {open + 2 + nested + 1}) inside the mark opened at column {open + 1}.");
            }
            int bar = inner.IndexOf('|');
            if (bar < 0) throw new MarkedSourceFormatException(file, lineNumber, $"a '[[' without its '|type]]' (column {open + 1}: '[[{inner}]]').");
            var span = inner[..bar];
            var type = inner[(bar + 1)..];
            if (span.Trim().Length == 0) throw new MarkedSourceFormatException(file, lineNumber, $"a mark with an empty span (column {open + 1}).");
            if (!SourceTypes.IsKnown(type))
            {
                throw new MarkedSourceFormatException(file, lineNumber,
                    $"unknown type '{type}' for '{span}' (column {open + 1}); the types are {string.Join(", ", SourceTypes.All)}.");
            }
            int start = text.Length;
            text.Append(span);
            sources.Add(new MarkedSource(start, text.Length, span, type));
            position = end + 2;
        }
    }
}
