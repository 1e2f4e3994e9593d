using System.Runtime.InteropServices;

namespace FramingAnalyzer.Benchmarks.Profiling;

/// <summary>
/// The CPU time the calling thread has used (Linux: <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), in nanoseconds;
/// −1 elsewhere. Unlike wall time it does not count the time the thread waited for a core, so stage timings from a
/// busy machine stay comparable.
/// </summary>
internal static class ThreadCpuTime
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static long Nanoseconds()
    {
        if (!OperatingSystem.IsLinux()) return -1;
        return ClockGetTime(ClockThreadCpuTimeId, out var time) == 0 ? time.Seconds * 1_000_000_000 + time.Nanoseconds : -1;
    }
}
