using FramingAnalyzer.Model;

namespace FramingAnalyzer.Input;

/// <summary>
/// The entry point of the input readers: turns the command line's inputs (folders, files, <c>-</c> for stdin) into
/// a lazy stream of <see cref="ReadItem"/>s, one per article or problem.
/// </summary>
/// <remarks>
/// <para>Order is deterministic: inputs in the order given; inside a folder, entries sorted by name with
/// <see cref="StringComparer.Ordinal"/> at every level, depth first. Nothing is read before it is asked for, and at
/// most one file (or, for CSV and JSON, one record plus a read buffer) is held in memory at a time.</para>
/// <para>In a folder, <c>.txt</c> and <c>.md</c> files are one article each; <c>.csv</c>, <c>.jsonl</c>,
/// <c>.ndjson</c> and <c>.json</c> files hold many. The first-level folder under the input folder names the outlet
/// (<c>corpus/Outlet A/sub/x.txt</c> is from "Outlet A"), unless front matter or a record's own outlet says
/// otherwise. A <c>.txt</c> or <c>.md</c> file with no outlet folder (given directly, or lying directly in the input
/// folder) takes its outlet from its front matter, else from the page (<see cref="PageOutlet"/>), else from the name
/// of the folder it lies in, and says how in <see cref="Article.OutletGuessedFrom"/>; CSV and JSON files without an
/// outlet folder take outlets only from their records. A README.md or README.txt (any case) at the root of an input folder
/// documents the corpus and is not read; one inside an outlet folder is skipped as <c>not_article</c>; other files and hidden entries are ignored. A file given directly
/// with another extension is skipped as <c>unsupported_extension</c>; a path that does not exist as <c>not_found</c>; a folder
/// that gives nothing to read (no files, or none of the kinds above) as one <c>no_article_files</c> record.</para>
/// <para>Origins are the input folder's name and the path below it (<c>sample/Meridian Wire/x.txt</c>), the path as
/// given for files, <c>stdin</c> for standard input; records add <c>:LINE</c> (CSV, JSON Lines) or <c>#N</c> (JSON arrays).</para>
/// </remarks>
public static class InputCatalog
{
    private static readonly HashSet<string> ReadmeNames = new(["readme.md", "readme.txt"], StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<ReadItem> Read(IReadOnlyList<string> inputs, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        return inputs.SelectMany(input => ReadInput(input, options));
    }

    private static IEnumerable<ReadItem> ReadInput(string input, ReaderOptions options)
    {
        if (input == "-")
        {
            return StdinInput.Read(options);
        }
        if (Directory.Exists(input))
        {
            return ReadFolder(input, options);
        }
        if (File.Exists(input))
        {
            return InputFile.Read(input, input, defaultOutlet: null, options, FolderOfLoneFile(input));
        }
        var where = Path.IsPathRooted(input) ? "" : " in " + Environment.CurrentDirectory;
        return [ReadItem.Skip(input, "not_found", $"There is no file or folder '{input}'{where}.")];
    }

    /// <summary>The name of the folder a file given directly lies in: the outlet of last resort for a text article.</summary>
    private static string? FolderOfLoneFile(string path)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)));
        return string.IsNullOrWhiteSpace(folder) ? null : folder;
    }

    private static IEnumerable<ReadItem> ReadFolder(string folder, ReaderOptions options)
    {
        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        var yielded = false;
        var ignored = new List<string>();
        foreach (var file in FolderWalker.Walk(folder))
        {
            var origin = string.Join('/', new[] { folderName, file.RelativePath }.Where(part => part.Length > 0));
            if (file.Error is not null)
            {
                yielded = true;
                yield return ReadItem.Skip(origin, "unreadable", "The folder could not be listed: " + file.Error);
            }
            else if (ReadmeNames.Contains(Path.GetFileName(file.FullPath)) && !file.RelativePath.Contains('/') && !file.RelativePath.Contains('\\'))
            {
                continue; // the corpus's own description at its root: documentation, not an input record
            }
            else if (ReadmeNames.Contains(Path.GetFileName(file.FullPath)))
            {
                yielded = true;
                yield return ReadItem.Skip(origin, "not_article", "README files describe a corpus; they are not read as articles.");
            }
            else if (InputFormats.FromPath(file.FullPath) != InputFormat.Unsupported)
            {
                foreach (var item in InputFile.Read(file.FullPath, origin, file.Outlet, options, fallbackOutlet: file.Outlet is null ? folderName : null))
                {
                    yielded = true;
                    yield return item;
                }
            }
            else
            {
                ignored.Add(file.RelativePath);
            }
        }
        if (!yielded)
        {
            yield return ReadItem.Skip(folderName, "no_article_files", NoArticleFiles(folder, ignored));
        }
    }

    /// <summary>Why a folder gave nothing to read, with the files it does hold (a few of them) and the layout it expects.</summary>
    private static string NoArticleFiles(string folder, List<string> ignored)
    {
        var what = ignored.Count == 0
            ? $"The folder '{folder}' holds no files (hidden files and a root README are not read)."
            : FormattableString.Invariant($"The folder '{folder}' holds {ignored.Count} file(s), none of a kind that is read ({string.Join(", ", ignored.Take(3))}{(ignored.Count > 3 ? ", ..." : "")}).");
        return what + " Articles are .txt or .md files in outlet folders (FOLDER/OUTLET/article.txt), or .csv, .jsonl, .ndjson or .json files.";
    }
}
