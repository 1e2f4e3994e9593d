using System.Text.RegularExpressions;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Input;

/// <summary>
/// Finds the outlet named on a scraped page, for text articles that have no outlet folder or front matter. Looks, in
/// this order, for
/// <list type="number">
/// <item>a labelled line among the first lines: <c>Source: X</c>, <c>Outlet: X</c>, <c>Publisher: X</c>,
/// <c>Publication: X</c>, <c>Published by X</c>;</item>
/// <item>a byline naming the outlet near the top: <c>By Sofia Arden, Meridian Wire</c>, <c>By Nadia Korr | Free Valley Voice</c>,
/// <c>Karvania Today | Staff reporter</c> (the other side of the bar is a role such as reporter, correspondent, editor);</item>
/// <item>a line that is only a name, right after the lede (section label, headline, lede, <c>Meridian Wire</c>, body):
/// one to five capitalised words, no punctuation at the end;</item>
/// <item>a wire dateline opening a paragraph near the top: <c>TESK, Karvania, March 2 (Meridian Wire) - ...</c>;</item>
/// <item>a copyright line among the last lines: <c>© 2026 Meridian Wire. All rights reserved.</c></item>
/// </list>
/// A name is what <see cref="PageFurniture.LooksLikeName"/> says: one to five capitalised words (joining words such as
/// "of" and "the" aside), no punctuation at the end, not a page prompt such as "Read More".
/// </summary>
internal static partial class PageOutlet
{
    private const int TopLines = 8;
    private const int BottomLines = 4;

    private static readonly HashSet<string> RoleWords = new(
    [
        "staff", "reporter", "reporters", "writer", "writers", "correspondent", "correspondents", "editor", "editors",
        "newsroom", "contributor", "columnist", "reporting", "agencies", "updated", "published",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>The outlet's name and how it was found (e.g. "an outlet line after the lede"), or null.</summary>
    public static (string Name, string How)? Find(string body)
    {
        var lines = body.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        var top = lines.Take(TopLines).ToList();

        foreach (var line in top)
        {
            if (Labelled().Match(line) is { Success: true } label && AsName(label.Groups["name"].Value) is { } name) return (name, $"a '{label.Groups["label"].Value.Trim()}' line");
        }
        foreach (var line in top)
        {
            if (Byline(line) is { } name) return (name, "a byline");
        }
        if (LineAfterLede(lines) is { } alone) return (alone, "an outlet line after the lede");
        foreach (var line in top)
        {
            if (Dateline().Match(line) is { Success: true } dateline && AsName(dateline.Groups["name"].Value) is { } name) return (name, "a dateline");
        }
        foreach (var line in lines.Skip(Math.Max(0, lines.Count - BottomLines)))
        {
            if (Copyright().Match(line) is { Success: true } copyright && AsName(copyright.Groups["name"].Value) is { } name) return (name, "a copyright line");
        }
        return null;
    }

    /// <summary>"By Person Name, Outlet Name" or "Outlet | Staff reporter" / "Person | Outlet" with a role on one side.</summary>
    private static string? Byline(string line)
    {
        if (line.Length > 120 || EndsSentence(line)) return null;
        var parts = line.Split('|', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && parts[0].StartsWith("By ", StringComparison.Ordinal))
        {
            return HasRoleWord(parts[1]) ? null : AsName(parts[1]);
        }
        if (line.StartsWith("By ", StringComparison.Ordinal))
        {
            int comma = line.LastIndexOf(',');
            if (comma < 0) return null;
            var after = line[(comma + 1)..].Trim();
            return HasRoleWord(after) ? null : AsName(after);
        }
        if (parts.Length != 2) return null;
        if (HasRoleWord(parts[1]) && !HasRoleWord(parts[0])) return AsName(parts[0]);
        if (HasRoleWord(parts[0]) && !HasRoleWord(parts[1])) return AsName(parts[1]);
        return null;
    }

    /// <summary>[section label,] headline, lede (a sentence), then a line that is only a name, then more text.</summary>
    private static string? LineAfterLede(List<string> lines)
    {
        int headline = lines.Count > 1 && PageFurniture.IsSectionLabel(lines[0]) && !EndsSentence(lines[1]) ? 1 : 0;
        int lede = headline + 1, candidate = headline + 2;
        if (lines.Count <= candidate + 1 || EndsSentence(lines[headline]) || !EndsSentence(lines[lede])) return null;
        return AsName(lines[candidate]);
    }

    /// <summary>The text as an outlet name (<see cref="PageFurniture.LooksLikeName"/>, no role word such as "reporter"), or null.</summary>
    internal static string? AsName(string text)
    {
        var name = text.Trim().TrimEnd('.').Trim();
        return PageFurniture.LooksLikeName(name) && !HasRoleWord(name) ? name : null;
    }

    private static bool HasRoleWord(string text) =>
        text.Split([' ', ',', '-', '·'], StringSplitOptions.RemoveEmptyEntries).Any(RoleWords.Contains);

    private static bool EndsSentence(string line) => line[^1] is '.' or '!' or '?' or '"' or '”' or '’';

    [GeneratedRegex(@"^(?<label>Source|Outlet|Publisher|Publication|Published by)\s*(:\s*|\s+)(?<name>[^:]+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}(,[^()]{1,60})?\s\((?<name>[^()]{2,50})\)\s*[-–—]", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^(©|\(c\)|Copyright)\s*(©\s*)?(\d{4}(\s*[-–]\s*\d{4})?\s+)?(?<name>[^.]+?)\.?(\s+All rights reserved\.?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();
}
