using FramingAnalyzer.Model;

namespace FramingAnalyzer.Input;

/// <summary>
/// Reads articles from CSV: a header line is required; the delimiter (comma, semicolon or tab) is detected from it;
/// columns are found by <see cref="CsvColumns"/>. A file whose header lacks a needed column is one problem; each bad
/// row is a skip at <c>file.csv:LINE</c> (the line where the record starts) and the other rows still come through.
/// </summary>
internal static class CsvArticleReader
{
    private const int MaxHeaderChars = 64 * 1024 * 1024;

    public static IEnumerable<ReadItem> Read(TextReader text, RecordSource source, ReaderOptions options)
    {
        var input = new ReplayableTextReader(text);
        var delimiter = CsvDelimiter.Detect(input.PeekFirstNonBlankLine(MaxHeaderChars));
        using var records = new CsvRecordStream(input, delimiter);

        var header = records.Next();
        if (header.Kind != CsvStepKind.Record)
        {
            yield return header.Kind == CsvStepKind.End
                ? ReadItem.Skip(source.Origin, "empty", "The CSV file has no header line.")
                : ReadItem.Skip(source.AtLine(header.Line), header.Reason!, header.Detail!);
            yield break;
        }

        var names = new string[records.FieldCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = records.Field(i);
        }
        if (!CsvColumns.TryResolve(names, options.ColumnMap, out var columns, out var reason, out var detail))
        {
            yield return ReadItem.Skip(source.Origin, reason, detail);
            yield break;
        }
        if (!columns.Has(ArticleField.Outlet) && source.DefaultOutlet is null)
        {
            yield return ReadItem.Skip(source.Origin, "no_outlet_column",
                $"The header has no outlet column (one of {string.Join(", ", FieldNames.AliasesOf(ArticleField.Outlet))}; "
                + "or name it with --map outlet=COLUMN) and the file is not in an outlet folder.");
            yield break;
        }
        records.ExpectedFieldCount = columns.Count;
        records.ColumnsInUse = [.. FieldNames.All.Select(columns.IndexOf).Where(index => index >= 0)];

        // Said once, on the first article, rather than on every row.
        var columnNotes = columns.Ambiguities.Select(note => $"{source.Origin}: {note}").ToList();
        for (var step = records.Next(); step.Kind != CsvStepKind.End; step = records.Next())
        {
            var origin = source.AtLine(step.Line);
            if (step.Kind == CsvStepKind.Problem)
            {
                yield return ReadItem.Skip(origin, step.Reason!, step.Detail!);
                continue;
            }
            List<string>? warnings = step.Detail is null ? null : [$"{origin}: {step.Detail}"];
            if (columnNotes.Count > 0)
            {
                warnings = [.. columnNotes, .. warnings ?? []];
                columnNotes.Clear();
            }
            yield return ArticleAssembler.Assemble(ValuesOf(records, columns), source, origin, warnings);
        }
    }

    private static FieldValues ValuesOf(CsvRecordStream records, CsvColumns columns)
    {
        var values = new FieldValues();
        foreach (var field in FieldNames.All)
        {
            var index = columns.IndexOf(field);
            if (index >= 0 && index < records.FieldCount)
            {
                values[field] = records.Field(index);
            }
        }
        return values;
    }
}
