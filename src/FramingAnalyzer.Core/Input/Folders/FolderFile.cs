namespace FramingAnalyzer.Input;

/// <summary>A file found under an input folder.</summary>
/// <param name="FullPath">Where to open it.</param>
/// <param name="RelativePath">Its path below the input folder, with '/' separators.</param>
/// <param name="Outlet">The name of the first-level folder it lies in, or null for files directly in the input folder.</param>
/// <param name="Error">Set (and the entry is a folder) when the folder could not be listed.</param>
internal sealed record FolderFile(string FullPath, string RelativePath, string? Outlet, string? Error = null);
