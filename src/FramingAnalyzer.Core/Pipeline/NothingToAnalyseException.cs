using FramingAnalyzer.Model;
using System.Globalization;

namespace FramingAnalyzer.Pipeline;

/// <summary>
/// A run in which not one article could be analysed (every input missing, empty or unusable): an input error, not a
/// result. No report is moved into place. <see cref="Explain"/> says why, input by input, in the words of skipped.csv.
/// </summary>
public sealed class NothingToAnalyseException(IReadOnlyList<InputSummary> inputs, RunCounts counts)
    : Exception("Nothing to analyse: no input gave an article that could be analysed.")
{
    public IReadOnlyList<InputSummary> Inputs { get; } = inputs;
    public RunCounts Counts { get; } = counts;

    /// <summary>
    /// Why, input by input: an input with one problem is that problem's line (origin, detail, reason); any other input
    /// is a line of counts followed by up to <see cref="InputSummary.ProblemsKept"/> indented lines of its problems.
    /// </summary>
    public IEnumerable<string> Explain()
    {
        foreach (var input in Inputs)
        {
            if (input is { Articles: 0, Problems: 1 })
            {
                yield return Line(input.FirstProblems[0]);
                continue;
            }
            yield return string.Create(CultureInfo.InvariantCulture, $"{(input.Input == "-" ? "standard input (-)" : input.Input)}: {Describe(input)}");
            foreach (var problem in input.FirstProblems) yield return "  " + Line(problem);
            if (input.Problems > input.FirstProblems.Count)
            {
                var reasons = string.Join(", ", input.ProblemReasons.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal)
                    .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Value} {r.Key}")));
                yield return string.Create(CultureInfo.InvariantCulture, $"  ... and {input.Problems - input.FirstProblems.Count} more (of all {input.Problems}: {reasons})");
            }
        }
        // Articles were read, but none made it through (too large, duplicate ids, analysis errors): skips made after reading.
        if (Inputs.Any(i => i.Articles > 0))
        {
            foreach (var problem in Counts.FirstSkips.Where(p => !Inputs.Any(i => i.FirstProblems.Contains(p))).Take(InputSummary.ProblemsKept))
            {
                yield return "  " + Line(problem);
            }
        }
    }

    private static string Line(Model.InputProblem problem) => $"{problem.Origin}: {problem.Detail} ({problem.Reason})";

    private static string Describe(InputSummary input) => (input.Articles, input.Problems) switch
    {
        (0, 0) => "nothing to read: it is empty.",
        (0, var problems) => $"no article; {problems} records could not be read:",
        (var articles, 0) => $"{articles} article(s) read, none of them analysed:",
        (var articles, var problems) => $"{articles} article(s) read, none of them analysed; {problems} records could not be read:",
    };
}
