using FramingAnalyzer.Cli;

return FramingCli.Run(args, Console.Out, Console.Error);
