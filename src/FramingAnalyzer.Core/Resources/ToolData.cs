namespace FramingAnalyzer.Resources;

/// <summary>
/// Where the shipped data lives: <c>data/</c> beside the tool (lexicons, models, sample corpus), or, when running from a
/// source checkout, the repository's <c>corpora/</c> folder. Data never lives in code.
/// </summary>
public static class ToolData
{
    public static string? RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The folder holding lexicons/, models/ and sample/.</summary>
    public static string DataDirectory { get; } = ResolveDataDirectory();

    public static string Lexicon(string file) => Path.Combine(DataDirectory, "lexicons", file);

    public static string Model(string file) => Path.Combine(DataDirectory, "models", file);

    public static string SampleCorpus => Path.Combine(DataDirectory, "sample");

    /// <summary>
    /// A path as run.json shows it: relative to the checkout (corpora/lexicons/x.csv) or to the tool's data folder
    /// (data/lexicons/x.csv) for shipped files, so that reports do not depend on where the tool lives; other paths as given.
    /// </summary>
    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        foreach (var (root, prefix) in new[] { (RepositoryRoot, ""), (DataDirectory, "data/") })
        {
            if (root is null) continue;
            var relative = Path.GetRelativePath(root, full);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative)) return prefix + relative.Replace('\\', '/');
        }
        return path;
    }

    /// <summary>
    /// An input as run.json and the report show it: a path inside an installed tool's data folder (the default input,
    /// the shipped sample) as <c>data/sample</c> rather than the tool store's internal path; any other input as given.
    /// </summary>
    public static string DisplayInput(string input) => DisplayInput(input, RepositoryRoot, DataDirectory);

    internal static string DisplayInput(string input, string? repositoryRoot, string dataDirectory)
    {
        if (repositoryRoot is not null || input == "-") return input; // a checkout: inputs are shown as given (corpora/sample)
        var relative = Path.GetRelativePath(Path.GetFullPath(dataDirectory), Path.GetFullPath(input));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? input : "data/" + relative.Replace('\\', '/');
    }

    private static string ResolveDataDirectory()
    {
        if (RepositoryRoot is not null) return Path.Combine(RepositoryRoot, "corpora");
        var beside = Path.Combine(AppContext.BaseDirectory, "data");
        return beside;
    }

    private static string? FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FramingAnalyzer.sln")) && Directory.Exists(Path.Combine(dir.FullName, "corpora")))
                {
                    return dir.FullName;
                }
            }
        }
        return null;
    }
}
