using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace FramingAnalyzer.Benchmarks;

/// <summary>
/// The harness's BenchmarkDotNet configuration: memory diagnoser always on, and a ShortRun job (1 launch, 3 warm-ups,
/// 3 iterations) unless the command line names jobs of its own (<c>bdn --job medium</c>).
/// </summary>
public static class BenchConfig
{
    public static IConfig Create(IReadOnlyList<string> args)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddDiagnoser(MemoryDiagnoser.Default);
        bool jobGiven = args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
        return jobGiven ? config : config.AddJob(Job.ShortRun);
    }
}
