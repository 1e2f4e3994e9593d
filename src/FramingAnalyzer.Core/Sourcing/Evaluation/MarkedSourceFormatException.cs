namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>A marked-sources file that does not follow the format, with the file and the 1-based line of the problem.</summary>
public sealed class MarkedSourceFormatException(string file, int line, string problem) : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Problem { get; } = problem;
}
