namespace FramingAnalyzer.Input;

/// <summary>
/// Lists the files under a folder, depth first, each folder's entries sorted by name with
/// <see cref="StringComparer.Ordinal"/>, so the order is the same on every machine. Hidden entries (names starting
/// with '.') are left out; a folder link that leads back to a folder already listed is not followed again.
/// A folder that cannot be listed comes out as one entry with <see cref="FolderFile.Error"/> set.
/// </summary>
internal static class FolderWalker
{
    public static IEnumerable<FolderFile> Walk(string root)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal) { RealPath(root) };
        return Walk(root, "", null, visited);
    }

    private static IEnumerable<FolderFile> Walk(string directory, string relative, string? outlet, HashSet<string> visited)
    {
        if (!TryList(directory, out var names, out var error))
        {
            yield return new FolderFile(directory, relative, outlet, error);
            yield break;
        }

        foreach (var name in names)
        {
            var path = Path.Combine(directory, name);
            var relativePath = relative.Length == 0 ? name : relative + "/" + name;
            if (!Directory.Exists(path))
            {
                yield return new FolderFile(path, relativePath, outlet);
            }
            else if (visited.Add(RealPath(path)))
            {
                foreach (var file in Walk(path, relativePath, outlet ?? name, visited))
                {
                    yield return file;
                }
            }
        }
    }

    private static bool TryList(string directory, out string[] names, out string error)
    {
        try
        {
            names = [.. Directory.EnumerateFileSystemEntries(directory)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(name => !name.StartsWith('.'))
                .Order(StringComparer.Ordinal)];
            error = "";
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            names = [];
            error = ex.Message;
            return false;
        }
    }

    private static string RealPath(string directory)
    {
        var info = new DirectoryInfo(directory);
        try
        {
            var target = info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true);
            return Path.TrimEndingDirectorySeparator(target?.FullName ?? info.FullName);
        }
        catch (IOException)
        {
            return Path.TrimEndingDirectorySeparator(info.FullName);
        }
    }
}
