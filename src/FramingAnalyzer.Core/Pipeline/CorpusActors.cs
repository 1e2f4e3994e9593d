namespace FramingAnalyzer.Pipeline;

/// <summary>
/// A corpus's own actor lexicon: <c>.framing/actors.csv</c> in an input folder or in a folder above an input (so that
/// analysing one outlet's folder, or inspecting one file, reads the same actors as analysing the whole corpus). The
/// people and bodies of one corpus ("the interior minister" is Petra Holm in the sample's invented country) belong with
/// that corpus, not in the shipped lexicon that every corpus reads.
/// </summary>
public static class CorpusActors
{
    public const string Folder = ".framing";
    public const string FileName = "actors.csv";

    /// <summary>The distinct actor files of the inputs (the nearest one above each input), in input order.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> inputs) => Find(inputs, FileName);

    /// <summary>The distinct <c>.framing/<paramref name="fileName"/></c> files of the inputs (the nearest one above each
    /// input), in input order: also a corpus's own <c>public_figures.csv</c>.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> inputs, string fileName)
    {
        var found = new List<string>();
        foreach (var input in inputs)
        {
            if (input == "-") continue;
            string? folder;
            try
            {
                var full = Path.GetFullPath(input);
                folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full);
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
            {
                continue;
            }
            for (; folder is not null; folder = Path.GetDirectoryName(folder))
            {
                var candidate = Path.Combine(folder, Folder, fileName);
                if (!File.Exists(candidate)) continue;
                if (!found.Contains(candidate, StringComparer.Ordinal)) found.Add(candidate);
                break;
            }
        }
        return found;
    }
}
