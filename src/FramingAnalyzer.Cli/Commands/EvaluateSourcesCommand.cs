using System.CommandLine;
using System.Globalization;
using FramingAnalyzer.Output;
using FramingAnalyzer.Pipeline;
using FramingAnalyzer.Sourcing;
using FramingAnalyzer.Sourcing.Evaluation;

namespace FramingAnalyzer.Cli.Commands;

/// <summary>
/// <c>framing evaluate-sources --data FILE|DIR... [--errors N] [--out FILE.csv] [--min-accuracy P]</c>: measures source
/// finding and typing end to end, as analyze does them, against articles whose sources are marked by hand
/// (<see cref="MarkedSourceReader"/>, e.g. corpora/gold/sourcing); exit 1 when the type accuracy is below --min-accuracy.
/// </summary>
internal static class EvaluateSourcesCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data")
        {
            HelpName = "FILE|DIR",
            Description = "Files of articles with their sources marked ('=== ID | YYYY-MM-DD | Outlet' headers, sources as [[span|type]]), or folders " +
                "whose *.txt files are read. Repeatable; several after one --data too.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var errors = new Option<int>("--errors")
        {
            HelpName = "N",
            Description = "Also print the first N marked sources found with another type or not found (file, article, marked and predicted type, evidence, spans, context).",
            DefaultValueFactory = _ => 0,
        };
        errors.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0) r.AddError("--errors must be 0 or more.");
        });
        var output = new Option<string?>("--out", "-o") { HelpName = "FILE.csv", Description = "Also write one row per marked source to this CSV file." };
        var minAccuracy = new Option<double?>("--min-accuracy") { HelpName = "P", Description = "Fail (exit 1) when the type accuracy over all found sources is below this (0 to 1)." };
        minAccuracy.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double?>() is double p && p is < 0 or > 1) r.AddError("--min-accuracy must lie between 0 and 1.");
        });
        var resources = new AnalyzerOptionSet();
        var command = new Command("evaluate-sources",
            "Score source finding and typing end to end, as 'framing analyze' does them (attribution extraction, then source typing with the same " +
            "lexicons and models), against articles whose sources are marked by hand as [[span|type]]: how many marked sources are found (a found " +
            "source overlaps the mark), how many of those get the marked type, how many are left unknown, right and wrong per kind of evidence, " +
            "the confusions, and the same per file. The format is described in corpora/gold/sourcing/README.md.\n\n" +
            "Examples:\n" +
            "  framing evaluate-sources --data corpora/gold/sourcing\n" +
            "  framing evaluate-sources --data my-marked.txt --errors 30 --out sources.csv --min-accuracy 0.8")
        {
            data, errors, output, minAccuracy,
        };
        resources.AddTo(command, sourcingOnly: true);
        command.SetAction(parse =>
        {
            var writer = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var paths = parse.GetValue(data) ?? [];
                var files = MarkedSourceReader.Files(paths);
                if (files.Count == 0) throw new UsageException($"--data: no *.txt file in {string.Join(", ", paths.Select(p => $"'{p}'"))}.");
                var articles = files.SelectMany(MarkedSourceReader.Read).ToList();
                var analyzer = StandardAnalyzers.Create(resources.Read(parse, paths)).OfType<SourcingAnalyzer>().Single();
                var result = SourceTypingEvaluation.Run(articles, analyzer);

                writer.WriteLine($"Evaluated source typing on {articles.Count} articles in {files.Count} file{(files.Count == 1 ? "" : "s")}:");
                Print(writer, result);
                PrintErrors(writer, result, parse.GetValue(errors));
                if (parse.GetValue(output) is { } outFile)
                {
                    try
                    {
                        Write(outFile, result);
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        throw new UsageException($"--out: cannot write '{outFile}': {ex.Message}");
                    }
                    writer.WriteLine($"One row per marked source written to {outFile}");
                }
                if (parse.GetValue(minAccuracy) is double floor)
                {
                    var accuracy = result.Pooled.TypeAccuracy;
                    var described = string.Create(CultureInfo.InvariantCulture, $"type_accuracy {accuracy:0.000} >= {floor:0.000}");
                    writer.WriteLine($"  {(accuracy >= floor ? "PASS" : "FAIL")} {described}");
                    if (accuracy < floor)
                    {
                        error.WriteLine($"1 of 1 thresholds failed: {described}");
                        return ExitCodes.Failed;
                    }
                }
                return ExitCodes.Ok;
            }
            catch (Exception ex) when (ex is MarkedSourceFormatException or FileNotFoundException or UsageException or Learning.ModelLoadException
                or Lexicons.LexiconException or Encoders.EncoderLoadException)
            {
                error.WriteLine($"error: {ex.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    private static void Print(TextWriter writer, SourceTypingResult result)
    {
        writer.WriteLine("(found: a found source overlaps the marked span; type_accuracy: found with the marked type / found; unknown_share: found typed unknown / found)");
        var scores = result.PerFile.Append(result.Pooled).ToList();
        int width = Math.Max(8, scores.Max(s => s.Scope.Length) + 2);
        writer.WriteLine($"{"file".PadRight(width)}{"marked",7}{"found",7}{"found_share",13}{"correct",9}{"type_accuracy",15}{"unknown_share",15}");
        foreach (var s in scores)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Scope.PadRight(width)}{s.Marked,7}{s.Found,7}{s.FoundShare,13:0.000}{s.Correct,9}{s.TypeAccuracy,15:0.000}{s.UnknownShare,15:0.000}"));
        }

        writer.WriteLine();
        writer.WriteLine("found sources by the evidence that settled their type:");
        writer.WriteLine($"  {"evidence",-28}{"right",7}{"wrong",7}{"accuracy",10}");
        foreach (var t in result.ByEvidence)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(t.Evidence.Length == 0 ? "-" : t.Evidence),-28}{t.Right,7}{t.Wrong,7}{t.Accuracy,10:0.000}"));
        }

        var confusions = result.Confusion.Where(c => c.IsError).ToList();
        writer.WriteLine();
        writer.WriteLine(confusions.Count == 0 ? "no found source was typed wrong." : "found sources typed wrong (marked -> predicted), most common first:");
        foreach (var c in confusions) writer.WriteLine($"  {c.Gold + " -> " + c.Predicted,-28}{c.Count,5}");
    }

    private static void PrintErrors(TextWriter writer, SourceTypingResult result, int count)
    {
        if (count == 0) return;
        var errors = result.Errors.ToList();
        writer.WriteLine();
        writer.WriteLine($"errors: first {Math.Min(count, errors.Count)} of {errors.Count} marked sources found with another type or not found");
        foreach (var e in errors.Take(count))
        {
            var predicted = e.IsFound ? $"predicted {e.Predicted} ({(e.Evidence.Length == 0 ? "-" : e.Evidence)})\tfound: {e.FoundText}" : "missing";
            writer.WriteLine($"{e.File}\t{e.Article}\tmarked {e.Marked.Type}\t{predicted}\tmarked: {e.Marked.Text}");
            writer.WriteLine($"    {e.Context}");
        }
    }

    private static void Write(string path, SourceTypingResult result)
    {
        using var table = new TableWriter(path, ["file", "article", "start", "end", "marked_span", "gold", "found_span", "predicted", "evidence", "correct"]);
        foreach (var o in result.Outcomes)
        {
            table.Text(o.File).Text(o.Article).Integer(o.Marked.Start).Integer(o.Marked.End).Text(o.Marked.Text).Text(o.Marked.Type)
                .Text(o.FoundText).Text(o.Predicted).Text(o.Evidence).Bool(o.Correct);
            table.EndRow();
        }
    }
}
