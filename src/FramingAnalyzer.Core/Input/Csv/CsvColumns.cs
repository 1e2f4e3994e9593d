using System.Diagnostics.CodeAnalysis;

namespace FramingAnalyzer.Input;

/// <summary>
/// Which header column holds each article field: the column named by <see cref="ReaderOptions.ColumnMap"/> (exact
/// name, else the same name ignoring case), or else the first recognised name of <see cref="FieldNames"/> the header has
/// (the others are listed in <see cref="Ambiguities"/>).
/// </summary>
internal sealed class CsvColumns
{
    private const int MaxColumnsListed = 30;
    private readonly int[] indexByField;

    private CsvColumns(int[] indexByField, int count, IReadOnlyList<string> ambiguities)
    {
        this.indexByField = indexByField;
        Count = count;
        Ambiguities = ambiguities;
    }

    /// <summary>
    /// One sentence for each field that more than one recognised column could hold (e.g. both <c>text</c> and
    /// <c>body_text</c>): which column was used and how to pick another.
    /// </summary>
    public IReadOnlyList<string> Ambiguities { get; }

    /// <summary>How many columns the header has.</summary>
    public int Count { get; }

    /// <summary>The column index of <paramref name="field"/>, or -1 when the file has no such column.</summary>
    public int IndexOf(ArticleField field) => indexByField[(int)field];

    public bool Has(ArticleField field) => IndexOf(field) >= 0;

    /// <summary>Resolves the header; on failure <paramref name="reason"/> and <paramref name="detail"/> describe the problem.</summary>
    public static bool TryResolve(IReadOnlyList<string> header, IReadOnlyDictionary<ArticleField, string> columnMap,
        [NotNullWhen(true)] out CsvColumns? columns, out string reason, out string detail)
    {
        var exact = new Dictionary<string, int>(StringComparer.Ordinal);
        var normalized = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().Trim('\uFEFF');
            exact.TryAdd(name, i);
            normalized.TryAdd(FieldNames.Normalize(name), i);
        }

        var indexByField = new int[FieldNames.All.Count];
        var mappedColumns = new HashSet<int>();
        foreach (var (field, mapped) in columnMap)
        {
            if (!exact.TryGetValue(mapped.Trim(), out indexByField[(int)field])
                && !normalized.TryGetValue(FieldNames.Normalize(mapped), out indexByField[(int)field]))
            {
                columns = null;
                reason = "mapped_column_missing";
                detail = $"--map {FieldNames.NameOf(field)}={mapped}: the header has no column '{mapped}'. Columns: {List(header)}.";
                return false;
            }
            mappedColumns.Add(indexByField[(int)field]);
        }

        // A column --map gave to one field is not also recognised by its name as another (--map text=story).
        foreach (var index in mappedColumns) normalized.Remove(FieldNames.Normalize(header[index].Trim().Trim('\uFEFF')));
        var ambiguities = new List<string>();
        foreach (var field in FieldNames.All)
        {
            if (columnMap.ContainsKey(field)) continue;
            indexByField[(int)field] = FirstRecognised(field, normalized);
            var candidates = FieldNames.AliasesOf(field).Where(normalized.ContainsKey).Select(alias => header[normalized[alias]].Trim().Trim('\uFEFF')).ToList();
            if (candidates.Count > 1)
            {
                var name = FieldNames.NameOf(field);
                ambiguities.Add($"columns {string.Join(", ", candidates.Select(c => $"'{c}'"))} could each be the {name}; '{candidates[0]}' was used "
                    + $"(--map {name}={candidates[1]} picks another)");
            }
        }

        if (indexByField[(int)ArticleField.Text] < 0)
        {
            columns = null;
            reason = "no_text_column";
            detail = $"The header has no text column (one of {string.Join(", ", FieldNames.AliasesOf(ArticleField.Text))}; "
                + $"or name it with --map text=COLUMN). Its first line is read as the header; columns: {List(header)}.";
            return false;
        }

        columns = new CsvColumns(indexByField, header.Count, ambiguities);
        reason = "";
        detail = "";
        return true;
    }

    private static int FirstRecognised(ArticleField field, Dictionary<string, int> normalized)
    {
        foreach (var alias in FieldNames.AliasesOf(field))
        {
            if (normalized.TryGetValue(alias, out var index))
            {
                return index;
            }
        }
        return -1;
    }

    private static string List(IReadOnlyList<string> header)
    {
        var listed = string.Join(", ", header.Take(MaxColumnsListed).Select(name => $"'{TextPreview.Of(name)}'"));
        return header.Count > MaxColumnsListed
            ? FormattableString.Invariant($"{listed} and {header.Count - MaxColumnsListed} more")
            : listed;
    }
}
