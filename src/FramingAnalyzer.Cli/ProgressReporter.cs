using FramingAnalyzer.Pipeline;

namespace FramingAnalyzer.Cli;

/// <summary>Progress on stderr, only when stderr is a terminal (never in pipes, logs or tests).</summary>
internal sealed class ProgressReporter(TextWriter error)
{
    private readonly bool _enabled = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    public void Report(RunCounts counts)
    {
        if (!_enabled) return;
        double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        error.Write($"\r{counts.Analysed} articles analysed, {counts.Skipped} skipped ({counts.Analysed / seconds:0} articles/s)   ");
    }

    public void Done()
    {
        if (_enabled) error.WriteLine();
    }
}
