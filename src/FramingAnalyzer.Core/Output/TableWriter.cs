using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace FramingAnalyzer.Output;

/// <summary>
/// Writes one tidy CSV table with CsvHelper: UTF-8 without BOM, invariant culture, \n line ends, numbers rounded to six
/// decimals (so files are byte-identical across runs), empty cells for undefined values, and text cells neutralised
/// against spreadsheet formula injection (a leading = + - @ tab or CR gets a ' prefix). Numbers are never prefixed.
/// </summary>
public sealed class TableWriter : IDisposable
{
    private readonly CsvWriter _csv;

    public TableWriter(string path, IReadOnlyList<string> header)
        : this(new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16), header)
    {
    }

    public TableWriter(TextWriter writer, IReadOnlyList<string> header)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\n",
            InjectionOptions = InjectionOptions.None,
        };
        _csv = new CsvWriter(writer, config);
        foreach (var column in header) _csv.WriteField(column);
        _csv.NextRecord();
    }

    public TableWriter Text(string? value)
    {
        _csv.WriteField(CellText.NeutraliseFormula(value ?? ""));
        return this;
    }

    /// <summary>A cell copied verbatim from another table written by this tool (already formatted and neutralised).</summary>
    public TableWriter Raw(string value)
    {
        _csv.WriteField(value);
        return this;
    }

    public TableWriter Number(double value)
    {
        _csv.WriteField(CellText.FormatNumber(value));
        return this;
    }

    public TableWriter Integer(long value)
    {
        _csv.WriteField(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public TableWriter Bool(bool value)
    {
        _csv.WriteField(value ? "true" : "false");
        return this;
    }

    public void EndRow() => _csv.NextRecord();

    public void Dispose()
    {
        _csv.Flush();
        _csv.Dispose();
    }
}
