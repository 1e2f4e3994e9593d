using FramingAnalyzer.Model;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Report;

/// <summary>A word and how many times an outlet used it.</summary>
public readonly record struct WordUse(string Word, long Count);

/// <summary>
/// An outlet's most used loaded words in its own voice: the lexicon's terms (own-voice count) and the words the loaded
/// classifier named (<c>loaded_words</c>, category <see cref="TermHit.ClassifierCategory"/> in terms.csv), most used
/// first, ties by word. The report's "Loaded words by outlet" table.
/// </summary>
public sealed record OutletLoadedWords(string Outlet, IReadOnlyList<WordUse> LexiconTerms, IReadOnlyList<WordUse> ClassifierWords)
{
    public const int Top = 8;

    public static IReadOnlyList<OutletLoadedWords> From(IEnumerable<TermRow> terms, IEnumerable<string> outlets)
    {
        var byOutlet = terms.Where(t => t.Category.Length > 0).ToLookup(t => t.Outlet);
        var result = new List<OutletLoadedWords>();
        foreach (var outlet in outlets)
        {
            var rows = byOutlet[outlet].ToList();
            var lexicon = TopOf(rows.Where(r => r.Category != TermHit.ClassifierCategory && r.OwnVoiceCount > 0), r => r.OwnVoiceCount);
            var classifier = TopOf(rows.Where(r => r.Category == TermHit.ClassifierCategory), r => r.Count);
            if (lexicon.Count > 0 || classifier.Count > 0) result.Add(new OutletLoadedWords(outlet, lexicon, classifier));
        }
        return result;
    }

    private static List<WordUse> TopOf(IEnumerable<TermRow> rows, Func<TermRow, long> count) =>
        rows.GroupBy(r => r.Term, StringComparer.Ordinal)
            .Select(g => new WordUse(g.Key, g.Sum(count)))
            .OrderByDescending(w => w.Count).ThenBy(w => w.Word, StringComparer.Ordinal)
            .Take(Top).ToList();
}
