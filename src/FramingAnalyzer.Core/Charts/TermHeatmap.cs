using FramingAnalyzer.Statistics;
using ScottPlot;

namespace FramingAnalyzer.Charts;

/// <summary>
/// Outlets × the loaded terms that most separate them: cell colour and text are the outlet's uses per 1,000 words.
/// Terms are chosen by the largest gap between any outlet's rate and the all-outlet rate (total uses over total words),
/// at most <c>maxTerms</c>, most distinctive first; outlets are rows, alphabetical, labelled "Outlet (n=12)" when their
/// article counts are given (terms.csv itself only counts the articles each term appears in). Inflected forms are
/// counted together under one head word (<see cref="TermForms"/>: "terrorists" and "terrorist", "regime's" and
/// "regime"); <see cref="Forms"/> lists the groups shown, for a caption or table.
/// </summary>
public sealed class TermHeatmap : IChart
{
    private readonly CellMatrix? _matrix;
    private readonly ChartStyle _style;
    private readonly string _subtitle;

    /// <param name="rows">terms.csv rows (filter them first to show only loaded terms or only one family).</param>
    /// <param name="outletArticles">Articles per outlet (e.g. <see cref="OutletArticles.From"/> of outlets.csv) for the "(n=…)" labels; without it outlets are labelled by name only.</param>
    /// <param name="maxTerms">How many terms to show (default 25).</param>
    public TermHeatmap(IEnumerable<TermRow> rows, IReadOnlyDictionary<string, long>? outletArticles = null, int maxTerms = 25, ChartStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTerms, 1);
        _style = style ?? ChartStyle.Default;
        var raw = rows.Where(r => !string.IsNullOrEmpty(r.Term)).ToList();
        var heads = TermForms.Heads(raw.Select(r => r.Term));
        var list = raw.Select(r => r with { Term = heads[r.Term] }).ToList();

        var outlets = list.GroupBy(r => r.Outlet, StringComparer.Ordinal)
            .Select(g => new OutletWords(g.Key, outletArticles is not null && outletArticles.TryGetValue(g.Key, out long n) ? n : null, WordsOf(g)))
            .OrderBy(o => o.Outlet, OutletOrder.Comparer)
            .ToList();
        var rates = new Dictionary<(string Outlet, string Term), double>();
        var counts = new Dictionary<(string Outlet, string Term), long>();
        foreach (var row in list)
        {
            var key = (row.Outlet, row.Term);
            counts[key] = counts.GetValueOrDefault(key) + Math.Max(row.Count, 0);
            if (double.IsFinite(row.Per1kWords)) rates[key] = rates.GetValueOrDefault(key) + row.Per1kWords;
        }

        var terms = list.Select(r => r.Term).Distinct(StringComparer.Ordinal)
            .Select(term => (Term: term, Score: Distinctiveness(term, outlets, rates, counts)))
            .OrderByDescending(t => t.Score)
            .ThenBy(t => t.Term, StringComparer.OrdinalIgnoreCase)
            .Take(maxTerms)
            .Select(t => t.Term)
            .ToList();

        if (terms.Count > 0 && outlets.Count > 0)
        {
            _matrix = Matrix(outlets, terms, rates);
            // Keep the heatmap within the chart width (the width a report shows it at): fewer terms rather than smaller text.
            int fit = _matrix.ColumnsThatFit(_style, _style.Width);
            if (fit < terms.Count)
            {
                terms = terms.Take(fit).ToList();
                _matrix = Matrix(outlets, terms, rates);
            }
        }

        var shown = terms.ToHashSet(StringComparer.Ordinal);
        Forms = TermForms.Groups(heads).Where(g => shown.Contains(g.Head)).ToList();
        Title = "Loaded terms that most separate the outlets: uses per 1,000 words";
        _subtitle = $"The {(terms.Count == 1 ? "term" : ChartText.Count(terms.Count) + " terms")} whose rate in some outlet differs most from the all-outlet rate; inflected forms counted together"
            + (outlets.Any(o => o.Articles is not null) ? "; n = articles" : "") + "; " + OutletOrder.Phrase;
        float headerHeight = CellMatrix.HeaderHeight(_style, Title, _subtitle);
        Size = _matrix is null ? new ChartSize(_style.Width, _style.Height) : _matrix.SizeFor(_style, headerHeight);
    }

    public string Title { get; }

    /// <summary>The shown head words that stand for more than one form, with their forms ("terrorist": "terrorist", "terrorists").</summary>
    public IReadOnlyList<(string Head, List<string> Forms)> Forms { get; } = [];

    public ChartSize Size { get; }

    public Plot Build() => CellMatrix.Render(_matrix, _style, Size, Title, _subtitle);

    private CellMatrix Matrix(List<OutletWords> outlets, List<string> terms, Dictionary<(string Outlet, string Term), double> rates)
    {
            var values = new double[outlets.Count, terms.Count];
            var texts = new string[outlets.Count, terms.Count];
            double max = 0;
            for (int o = 0; o < outlets.Count; o++)
            {
                for (int t = 0; t < terms.Count; t++)
                {
                    double rate = rates.GetValueOrDefault((outlets[o].Outlet, terms[t]));
                    values[o, t] = rate;
                    texts[o, t] = ValueFormat.Rate(rate);
                    max = Math.Max(max, rate);
                }
            }
            return new CellMatrix
            {
                RowLabels = outlets.Select(o => o.Articles is long n ? ChartText.OutletLabel(o.Outlet, n, _style.MaxLabelLength) : ChartText.Shorten(o.Outlet, _style.MaxLabelLength)).ToList(),
                ColumnLabels = terms.Select(t => ChartText.Shorten(t, 28)).ToList(),
                Values = values,
                Texts = texts,
                Scale = new ColorScale(ChartColors.Sequential, 0, max > 0 ? max : 1),
                ColorBarLabel = "uses per 1,000 words",
            };
    }

    /// <summary>Words behind an outlet's rates, from any row with uses: count × 1000 / rate (NaN when unknown).</summary>
    private static double WordsOf(IEnumerable<TermRow> rows) =>
        rows.Where(r => r.Count > 0 && r.Per1kWords > 0 && double.IsFinite(r.Per1kWords))
            .Select(r => r.Count * 1000.0 / r.Per1kWords)
            .DefaultIfEmpty(double.NaN)
            .Max();

    private static double Distinctiveness(string term, List<OutletWords> outlets,
        Dictionary<(string, string), double> rates, Dictionary<(string, string), long> counts)
    {
        double words = 0, uses = 0;
        foreach (var outlet in outlets)
        {
            if (!double.IsFinite(outlet.Words)) continue;
            words += outlet.Words;
            uses += counts.GetValueOrDefault((outlet.Outlet, term));
        }
        double overall = words > 0
            ? uses * 1000 / words
            : outlets.Average(o => rates.GetValueOrDefault((o.Outlet, term)));
        return outlets.Max(o => Math.Abs(rates.GetValueOrDefault((o.Outlet, term)) - overall));
    }

    private sealed record OutletWords(string Outlet, long? Articles, double Words);
}
