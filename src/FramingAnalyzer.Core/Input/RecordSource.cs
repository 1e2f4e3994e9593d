namespace FramingAnalyzer.Input;

/// <summary>
/// What the readers know about the file (or stdin) a record comes from: its display origin, the outlet its folder
/// names, and file-level warnings (encoding fallback, removed NULs) that every article read from it carries.
/// </summary>
internal sealed class RecordSource
{
    private readonly List<string> warnings;

    public RecordSource(string origin, string? defaultOutlet, IEnumerable<string>? warnings = null, bool mayContainPageFurniture = false,
        string? fallbackOutlet = null)
    {
        Origin = origin;
        DefaultOutlet = defaultOutlet;
        FallbackOutlet = fallbackOutlet;
        this.warnings = warnings is null ? [] : [.. warnings];
        MayContainPageFurniture = mayContainPageFurniture;
    }

    /// <summary>The file as shown to users, e.g. <c>sample/Meridian Wire/x.txt</c>.</summary>
    public string Origin { get; }

    /// <summary>The outlet used when a record names none (the first-level folder under the input folder).</summary>
    public string? DefaultOutlet { get; }

    /// <summary>
    /// For a text article with no outlet folder (a lone file, or a file directly in the input folder): the name of its
    /// folder, used when neither front matter nor the page names the outlet (<see cref="PageOutlet"/>).
    /// </summary>
    public string? FallbackOutlet { get; }

    public bool MayContainPageFurniture { get; }

    public IReadOnlyList<string> Warnings => warnings;

    public void AddWarning(string warning) => warnings.Add(warning);

    /// <summary>The origin of the record at a 1-based line, e.g. <c>data.jsonl:17</c>.</summary>
    public string AtLine(long line) => FormattableString.Invariant($"{Origin}:{line}");

    /// <summary>The origin of the n-th (1-based) record of a JSON file, e.g. <c>data.json#3</c>.</summary>
    public string AtRecord(long number) => FormattableString.Invariant($"{Origin}#{number}");
}
