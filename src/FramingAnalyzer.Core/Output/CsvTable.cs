using FramingAnalyzer.Charts;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace FramingAnalyzer.Output;

/// <summary>
/// A CSV table read row by row with named columns (matched case-insensitively), invariant-culture numbers,
/// empty numeric cells as NaN, and spreadsheet formula guards (a leading apostrophe before = + - @) removed from text.
/// Errors name the source, line and column.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private readonly CsvReader _csv;
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _source;
    private string[] _header = [];

    public CsvTable(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _source = source;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            DetectDelimiter = false,
            BadDataFound = null,
            MissingFieldFound = null,
        };
        _csv = new CsvReader(reader, config);
        if (!_csv.Read()) return;
        _csv.ReadHeader();
        _header = _csv.HeaderRecord ?? [];
        for (int i = 0; i < _header.Length; i++) _columns.TryAdd(_header[i].Trim().TrimStart('\uFEFF'), i);
    }

    /// <summary>The header's column names as written (empty for an empty file).</summary>
    public IReadOnlyList<string> Header => _header;

    /// <summary>The current row's cells as written, for copying a row unchanged.</summary>
    public IReadOnlyList<string> Cells => _csv.Parser.Record ?? [];

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>Throws <see cref="InvalidDataException"/> naming the missing columns, if any (an empty file, without even a header, has no rows and passes).</summary>
    public void Require(params string[] columns)
    {
        if (_columns.Count == 0) return;
        var missing = columns.Where(c => !_columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            throw new InvalidDataException($"{_source}: missing column{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)}.");
    }

    public bool Read()
    {
        try
        {
            return _columns.Count > 0 && _csv.Read();
        }
        catch (CsvHelperException e)
        {
            throw new InvalidDataException($"{_source}: unreadable CSV near line {_csv.Parser.RawRow}: {e.Message}", e);
        }
    }

    /// <summary>The cell as text, "" when empty or absent; a formula guard apostrophe is removed.</summary>
    public string Text(string column)
    {
        string raw = Raw(column);
        return raw.Length >= 2 && raw[0] == '\'' && raw[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? raw[1..] : raw;
    }

    /// <summary>The cell as a number; NaN when empty.</summary>
    public double Number(string column)
    {
        string raw = Raw(column).Trim();
        if (raw.Length == 0) return double.NaN;
        if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)) return value;
        throw Bad(column, raw, "a number");
    }

    /// <summary>The cell as a whole number; 0 when empty; "12.0" is accepted.</summary>
    public long Integer(string column)
    {
        string raw = Raw(column).Trim();
        if (raw.Length == 0) return 0;
        if (long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value)) return value;
        if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double number)
            && number == Math.Round(number) && Math.Abs(number) < 9e15) return (long)number;
        throw Bad(column, raw, "a whole number");
    }

    public void Dispose() => _csv.Dispose();

    private string Raw(string column)
    {
        if (!_columns.TryGetValue(column, out int index)) return "";
        return index < _csv.Parser.Count ? _csv.GetField(index) ?? "" : "";
    }

    private InvalidDataException Bad(string column, string raw, string expected) =>
        new($"{_source}, line {_csv.Parser.RawRow}, column {column}: \"{ChartText.Shorten(raw, 40)}\" is not {expected}.");
}
