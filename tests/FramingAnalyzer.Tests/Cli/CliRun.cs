using FramingAnalyzer.Cli;

namespace FramingAnalyzer.Tests.Cli;

/// <summary>Runs the CLI in-process with captured output, as a user would from a shell.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = FramingCli.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
