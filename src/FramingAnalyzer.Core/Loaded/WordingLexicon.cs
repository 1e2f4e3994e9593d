using FramingAnalyzer.Lexicons;
using System.Globalization;

namespace FramingAnalyzer.Loaded;

/// <summary>
/// The loaded-term lexicon (pattern,category,weight) and the term families (family,choice,pattern), merged by pattern:
/// a pattern in both lists becomes one entry carrying category and family.
/// </summary>
public sealed class WordingLexicon
{
    public static readonly IReadOnlyList<string> Categories = ["labelling", "emotive", "violence", "euphemism", "delegitimising", "glorifying", "hedging", "partisan", "intensifier"];

    /// <summary>The loaded-term files the tool ships: the general lexicon (which the loaded model's features read) and
    /// the beat lexicons of general news (immigration, protest, partisanship, economy, health, guns, abortion, climate ...).</summary>
    public static IReadOnlyList<string> ShippedFiles() => [Resources.ToolData.Lexicon("loaded_terms.csv"), Resources.ToolData.Lexicon("loaded_terms_beats.csv")];

    private WordingLexicon(IReadOnlyList<LexiconEntry> entries, IReadOnlyList<string> sources)
    {
        Entries = entries;
        Sources = sources;
        Families = entries.Where(e => e.Family.Length > 0)
            .GroupBy(e => e.Family).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(e => e.Choice).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToArray());
    }

    public IReadOnlyList<LexiconEntry> Entries { get; }
    /// <summary>Family name → its choices, both sorted.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Families { get; }
    public IReadOnlyList<string> Sources { get; }

    public static WordingLexicon Load(IReadOnlyList<string> loadedTermFiles, IReadOnlyList<string> familyFiles)
    {
        var loaded = new Dictionary<string, (TermPattern Pattern, string Category, double Weight)>(StringComparer.Ordinal);
        foreach (var file in loadedTermFiles)
        {
            foreach (var (line, field) in LexiconFileReader.Rows(file, "pattern", "category", "weight"))
            {
                var pattern = ParsePattern(field("pattern"), file, line);
                var category = field("category").ToLowerInvariant();
                if (!Categories.Contains(category))
                {
                    throw new LexiconException($"{file}:{line}: unknown category '{category}' (allowed: {string.Join(", ", Categories)}).");
                }
                if (!double.TryParse(field("weight"), NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || weight <= 0)
                {
                    throw new LexiconException($"{file}:{line}: weight '{field("weight")}' is not a positive number.");
                }
                loaded[string.Join(' ', pattern.Words) + Stars(pattern)] = (pattern, category, weight);
            }
        }
        var families = new Dictionary<string, (TermPattern Pattern, string Family, string Choice)>(StringComparer.Ordinal);
        foreach (var file in familyFiles)
        {
            foreach (var (line, field) in LexiconFileReader.Rows(file, "family", "choice", "pattern"))
            {
                var pattern = ParsePattern(field("pattern"), file, line);
                var family = field("family");
                var choice = field("choice");
                if (family.Length == 0 || choice.Length == 0) throw new LexiconException($"{file}:{line}: family and choice must not be empty.");
                families[string.Join(' ', pattern.Words) + Stars(pattern)] = (pattern, family, choice);
            }
        }
        var entries = new List<LexiconEntry>();
        foreach (var key in loaded.Keys.Union(families.Keys).OrderBy(k => k, StringComparer.Ordinal))
        {
            bool isLoaded = loaded.TryGetValue(key, out var l);
            bool inFamily = families.TryGetValue(key, out var f);
            var pattern = isLoaded ? l.Pattern : f.Pattern;
            entries.Add(new LexiconEntry(pattern, isLoaded ? l.Category : "", isLoaded ? l.Weight : 0, inFamily ? f.Family : "", inFamily ? f.Choice : ""));
        }
        return new WordingLexicon(entries, [.. loadedTermFiles, .. familyFiles]);
    }

    private static TermPattern ParsePattern(string text, string file, int line)
    {
        try { return TermPattern.Parse(text); }
        catch (FormatException ex) { throw new LexiconException($"{file}:{line}: pattern '{text}': {ex.Message}."); }
    }

    private static string Stars(TermPattern pattern) => string.Concat(pattern.IsPrefix.Select(p => p ? "*" : "-"));
}
