using FramingAnalyzer.Model;

namespace FramingAnalyzer.Input;

/// <summary>
/// Reads one input file by its extension: probes its bytes first (<see cref="FileProbe"/>) so empty and binary
/// files are skipped and the encoding is known, then hands the decoded content to the reader for its format.
/// </summary>
internal static class InputFile
{
    public static IEnumerable<ReadItem> Read(string path, string origin, string? defaultOutlet, ReaderOptions options, string? fallbackOutlet = null)
    {
        var format = InputFormats.FromPath(path);
        if (format == InputFormat.Unsupported)
        {
            return [ReadItem.Skip(origin, "unsupported_extension",
                $"Files ending in '{Path.GetExtension(path)}' are not read; use .txt, .md, .csv, .jsonl, .ndjson or .json.")];
        }
        return GuardedRead.Items(origin, () => ReadProbed(path, origin, defaultOutlet, fallbackOutlet, format, options));
    }

    private static IEnumerable<ReadItem> ReadProbed(string path, string origin, string? defaultOutlet, string? fallbackOutlet, InputFormat format, ReaderOptions options)
    {
        var probe = FileProbe.Run(path);
        if (probe.IsBlank)
        {
            yield return ReadItem.Skip(origin, "empty", "The file is empty or holds only whitespace.");
            yield break;
        }
        if (probe.BinaryEvidence is string evidence)
        {
            yield return ReadItem.Skip(origin, "binary", $"The file looks binary: it {evidence}.");
            yield break;
        }

        var source = new RecordSource(origin, defaultOutlet, DecodedFile.Warnings(origin, probe), format == InputFormat.Text,
            format == InputFormat.Text ? fallbackOutlet : null);
        if (format == InputFormat.Json)
        {
            using var utf8 = DecodedFile.OpenUtf8(path, probe);
            foreach (var item in JsonArticleReader.Read(utf8, source, options))
            {
                yield return item;
            }
            yield break;
        }

        using var text = DecodedFile.OpenText(path, probe);
        foreach (var item in TextFormatReader.Read(format, text, source, options))
        {
            yield return item;
        }
    }
}
