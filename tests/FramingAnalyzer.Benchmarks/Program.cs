using FramingAnalyzer.Benchmarks;

return BenchCli.Run(args, Console.Out, Console.Error);
