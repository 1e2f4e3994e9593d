using FramingAnalyzer.Model;
using FramingAnalyzer.Pipeline;

namespace FramingAnalyzer.Cli;

/// <summary>
/// Progress on stderr, only when stderr is a terminal (never in pipes, logs or tests): articles analysed, articles per
/// second, and the time left when the number of articles can be told in advance (inputs that are folders of files).
/// </summary>
internal sealed class ProgressReporter
{
    private readonly TextWriter _error;
    private readonly bool _enabled;
    private readonly long? _expected;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    public ProgressReporter(TextWriter error, IReadOnlyList<string> inputs)
    {
        _error = error;
        _enabled = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        if (_enabled) _expected = ExpectedArticles(inputs);
    }

    public void Report(RunCounts counts)
    {
        if (!_enabled) return;
        double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        double rate = counts.Read / seconds;
        var eta = _expected is { } total && rate > 0 && total > counts.Read
            ? $", about {Format(TimeSpan.FromSeconds((total - counts.Read) / rate))} left" : "";
        _error.Write($"\r{counts.Analysed} articles analysed, {counts.Skipped} skipped ({counts.Analysed / seconds:0.0} articles/s{eta})   ");
    }

    public void Done()
    {
        if (_enabled) _error.WriteLine();
    }

    private static string Format(TimeSpan left) => left.TotalHours >= 1 ? $"{(int)left.TotalHours} h {left.Minutes:00} min"
        : left.TotalMinutes >= 1 ? $"{(int)left.TotalMinutes} min {left.Seconds:00} s" : $"{left.Seconds} s";

    /// <summary>The number of files under the inputs when every input is a folder (one article a file); null otherwise.</summary>
    internal static long? ExpectedArticles(IReadOnlyList<string> inputs)
    {
        if (inputs.Count == 0 || !inputs.All(Directory.Exists)) return null;
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = true };
        return inputs.Sum(input => Directory.EnumerateFiles(input, "*", options).LongCount(f => !Path.GetFileName(f).StartsWith('.')));
    }
}
