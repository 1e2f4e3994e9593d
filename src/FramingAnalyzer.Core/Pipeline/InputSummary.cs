using FramingAnalyzer.Input;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Pipeline;

/// <summary>
/// What one input of the command line (a folder, a file, <c>-</c>) gave when it was read, before sharding: how many
/// articles and problems, and its first problems. Says why a run had nothing to analyse, input by input.
/// </summary>
public sealed class InputSummary(string input)
{
    public const int ProblemsKept = 3;
    private readonly List<InputProblem> _firstProblems = [];

    /// <summary>The input as given on the command line.</summary>
    public string Input { get; } = input;

    /// <summary>Articles read (before duplicate and size checks, in any shard).</summary>
    public long Articles { get; private set; }

    /// <summary>Records that could not be read as articles.</summary>
    public long Problems { get; private set; }

    /// <summary>How many problems of each reason.</summary>
    public SortedDictionary<string, long> ProblemReasons { get; } = new(StringComparer.Ordinal);

    /// <summary>The first <see cref="ProblemsKept"/> problems, in input order.</summary>
    public IReadOnlyList<InputProblem> FirstProblems => _firstProblems;

    /// <summary>Reads every input in order, counting what each one gives into <paramref name="summaries"/> (one per input) as the items pass.</summary>
    public static IEnumerable<ReadItem> Read(IReadOnlyList<InputSummary> summaries, ReaderOptions options)
    {
        foreach (var summary in summaries)
        {
            foreach (var item in InputCatalog.Read([summary.Input], options))
            {
                summary.Observe(item);
                yield return item;
            }
        }
    }

    private void Observe(ReadItem item)
    {
        if (item.Problem is { } problem)
        {
            Problems++;
            ProblemReasons[problem.Reason] = ProblemReasons.GetValueOrDefault(problem.Reason) + 1;
            if (_firstProblems.Count < ProblemsKept) _firstProblems.Add(problem);
        }
        else
        {
            Articles++;
        }
    }
}
