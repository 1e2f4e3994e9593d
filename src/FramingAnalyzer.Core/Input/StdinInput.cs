using FramingAnalyzer.Model;

namespace FramingAnalyzer.Input;

/// <summary>
/// Reads the input <c>-</c>: standard input (<see cref="ReaderOptions.Stdin"/>) in <see cref="ReaderOptions.StdinFormat"/>
/// (jsonl, csv or txt). Origins are <c>stdin</c>, with <c>:LINE</c> for records. NUL characters are removed with a warning.
/// The reader the factory returns is not disposed (it is usually <see cref="Console.In"/>).
/// </summary>
internal static class StdinInput
{
    public const string Origin = "stdin";

    public static IEnumerable<ReadItem> Read(ReaderOptions options)
    {
        if (options.Stdin is null)
        {
            return [ReadItem.Skip(Origin, "no_stdin", "The input '-' asks for standard input, but none is available.")];
        }
        var format = InputFormats.FromStdinFormat(options.StdinFormat);
        if (format is InputFormat.Unsupported or InputFormat.Json)
        {
            return [ReadItem.Skip(Origin, "unsupported_format", $"Standard input cannot be read as '{options.StdinFormat}'; use jsonl, csv or txt.")];
        }
        return GuardedRead.Items(Origin, () => ReadFormat(format, options.Stdin, options));
    }

    private static IEnumerable<ReadItem> ReadFormat(InputFormat format, Func<TextReader> openStdin, ReaderOptions options)
    {
        var source = new RecordSource(Origin, defaultOutlet: null, mayContainPageFurniture: format == InputFormat.Text);
        using var text = new NulFilterTextReader(openStdin(), () => source.AddWarning($"{Origin}: removed NUL character(s)"));
        foreach (var item in TextFormatReader.Read(format, text, source, options))
        {
            yield return item;
        }
    }
}
