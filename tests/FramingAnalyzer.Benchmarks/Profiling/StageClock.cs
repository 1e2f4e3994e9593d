using System.Diagnostics;

namespace FramingAnalyzer.Benchmarks.Profiling;

/// <summary>
/// Accumulates wall time, the calling thread's CPU time (<see cref="ThreadCpuTime"/>) and bytes allocated (on the
/// calling thread) per named stage, in first-use order.
/// "Of which" stages are measured by running a part again on its own; they are reported indented and not added to the total.
/// </summary>
public sealed class StageClock
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, (long Ticks, long CpuNanoseconds, long Bytes, bool Part)> _stages = [];

    public T Time<T>(string stage, Func<T> work, bool part = false)
    {
        long bytes = GC.GetAllocatedBytesForCurrentThread();
        long cpu = ThreadCpuTime.Nanoseconds();
        long start = Stopwatch.GetTimestamp();
        var result = work();
        long ticks = Stopwatch.GetTimestamp() - start;
        Add(stage, ticks, ThreadCpuTime.Nanoseconds() - cpu, GC.GetAllocatedBytesForCurrentThread() - bytes, part);
        return result;
    }

    public void Time(string stage, Action work, bool part = false) => Time<int>(stage, () => { work(); return 0; }, part);

    public void Add(string stage, long ticks, long cpuNanoseconds, long bytes, bool part = false)
    {
        if (!_stages.TryGetValue(stage, out var total))
        {
            _order.Add(stage);
            total = (0, 0, 0, part);
        }
        _stages[stage] = (total.Ticks + ticks, total.CpuNanoseconds + cpuNanoseconds, total.Bytes + bytes, part);
    }

    public IEnumerable<(string Stage, double Seconds, double CpuSeconds, double AllocatedMb, bool Part)> Stages =>
        _order.Select(s => (s, _stages[s].Ticks / (double)Stopwatch.Frequency, _stages[s].CpuNanoseconds / 1e9, _stages[s].Bytes / 1e6, _stages[s].Part));

    public double TotalSeconds => _stages.Values.Where(v => !v.Part).Sum(v => v.Ticks) / (double)Stopwatch.Frequency;

    public double TotalCpuSeconds => _stages.Values.Where(v => !v.Part).Sum(v => v.CpuNanoseconds) / 1e9;
}
