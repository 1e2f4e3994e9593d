namespace FramingAnalyzer.Cli;

/// <summary>The tool's exit codes, the same for every command.</summary>
public static class ExitCodes
{
    /// <summary>Success; for evaluate, every threshold held.</summary>
    public const int Ok = 0;
    /// <summary>The run finished but did not meet what was asked: a threshold failed, or --strict and articles were skipped.</summary>
    public const int Failed = 1;
    /// <summary>Usage or input error: bad arguments, unreadable files, wrong model; for analyze, nothing at all could be analysed.</summary>
    public const int Usage = 2;
}
