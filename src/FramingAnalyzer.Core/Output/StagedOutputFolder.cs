namespace FramingAnalyzer.Output;

/// <summary>
/// Atomic output: everything is written into a hidden temporary sibling folder, which replaces the final folder only
/// when the run completes (run.json is written last, inside). An interrupted run leaves at most a temporary folder,
/// never a report that looks complete. Refuses an output folder that is, contains, or lies inside one of the inputs.
/// </summary>
public sealed class StagedOutputFolder : IDisposable
{
    private bool _committed;

    /// <summary>The parent folder when this run created it (e.g. reports/), removed again when nothing is committed.</summary>
    private readonly string? _createdParent;

    private StagedOutputFolder(string finalPath, string stagingPath, string? createdParent)
    {
        FinalPath = finalPath;
        StagingPath = stagingPath;
        _createdParent = createdParent;
    }

    public string FinalPath { get; }
    public string StagingPath { get; }

    public static StagedOutputFolder Begin(string outputDirectory, IEnumerable<string> inputs)
    {
        var finalPath = Path.GetFullPath(outputDirectory);
        foreach (var input in inputs)
        {
            if (input == "-") continue;
            var inputPath = Path.GetFullPath(input);
            if (IsSameOrInside(finalPath, inputPath) || IsSameOrInside(inputPath, finalPath))
            {
                throw new OutputFolderException($"The output folder '{outputDirectory}' overlaps the input '{input}'; choose an output folder outside the inputs (--out).");
            }
        }
        var parent = Path.GetDirectoryName(finalPath) ?? throw new OutputFolderException($"'{outputDirectory}' has no parent folder.");
        if (File.Exists(finalPath)) throw new OutputFolderException($"The output path '{outputDirectory}' is a file, not a folder.");
        var createdParent = Directory.Exists(parent) ? null : parent;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(finalPath)}.partial-{Environment.ProcessId}");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        return new StagedOutputFolder(finalPath, staging, createdParent);
    }

    /// <summary>Moves the completed output into place, replacing any previous output.</summary>
    public void Commit()
    {
        if (Directory.Exists(FinalPath))
        {
            var previous = FinalPath + $".previous-{Environment.ProcessId}";
            Directory.Move(FinalPath, previous);
            Directory.Move(StagingPath, FinalPath);
            Directory.Delete(previous, recursive: true);
        }
        else
        {
            Directory.Move(StagingPath, FinalPath);
        }
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(StagingPath))
        {
            try
            {
                Directory.Delete(StagingPath, recursive: true);
                if (_createdParent is not null && !Directory.EnumerateFileSystemEntries(_createdParent).Any()) Directory.Delete(_createdParent);
            }
            catch (IOException) { /* best effort: a leftover staging folder is hidden and never looks complete */ }
        }
    }

    private static bool IsSameOrInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}

/// <summary>The output folder cannot be used (overlaps an input, is a file, ...). A usage error.</summary>
public sealed class OutputFolderException(string message) : Exception(message);
