using System.Buffers;
using System.Globalization;
using System.Text;

namespace FramingAnalyzer.Output;

/// <summary>
/// Writes one tidy CSV table: UTF-8 without BOM, invariant culture, \n line ends, numbers rounded to six decimals (so
/// files are byte-identical across runs), empty cells for undefined values, and text cells neutralised against
/// spreadsheet formula injection (a leading = + - @ tab or CR gets a ' prefix). Numbers are never prefixed.
/// <para>
/// The cells are written as CsvHelper writes them with this configuration (quoted when they hold a quote, a comma or a
/// line feed, or start or end with a space; quotes doubled), without its per-field machinery: the per-article tables
/// are most of what a run writes (about 150 MB for 10,000 dense articles), and writing them through CsvHelper cost
/// about 7% of a run's CPU. <c>TableWriterTests</c> checks the bytes against CsvHelper's on awkward cells.
/// </para>
/// </summary>
public sealed class TableWriter : IDisposable
{
    private static readonly SearchValues<char> QuoteTriggers = SearchValues.Create("\",\n");
    private readonly TextWriter _writer;
    private bool _inRow;

    public TableWriter(string path, IReadOnlyList<string> header)
        : this(new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16), header)
    {
    }

    public TableWriter(TextWriter writer, IReadOnlyList<string> header)
    {
        _writer = writer;
        foreach (var column in header) Field(column);
        EndRow();
    }

    public TableWriter Text(string? value) => Text((value ?? "").AsSpan());

    /// <summary>A text cell from part of a larger string (no substring is made).</summary>
    public TableWriter Text(ReadOnlySpan<char> value)
    {
        if (CellText.NeedsFormulaGuard(value))
        {
            Separate();
            bool quote = ShouldQuote(value);
            if (quote) _writer.Write('"');
            _writer.Write('\'');
            WriteEscaped(value, quote);
            if (quote) _writer.Write('"');
            return this;
        }
        Field(value);
        return this;
    }

    /// <summary>A cell copied verbatim from another table written by this tool (already formatted and neutralised).</summary>
    public TableWriter Raw(string value)
    {
        Field(value);
        return this;
    }

    public TableWriter Number(double value)
    {
        Span<char> buffer = stackalloc char[64];
        if (CellText.TryFormatNumber(value, buffer, out int written)) Field(buffer[..written]);
        else Field(CellText.FormatNumber(value));
        return this;
    }

    /// <summary>A sentence cell as <see cref="CellText.Format"/> shows it.</summary>
    public TableWriter Cell(in Analysis.SentenceCell cell)
    {
        Span<char> buffer = stackalloc char[64];
        switch (cell.Kind)
        {
            case Analysis.SentenceCellKind.Text:
                return Text(cell.Text);
            case Analysis.SentenceCellKind.Count:
                return Integer((long)cell.Number);
            case Analysis.SentenceCellKind.Flag:
                return Bool(cell.Number != 0);
            case Analysis.SentenceCellKind.Probability when cell.Number.TryFormat(buffer, out int written, "0.####", CultureInfo.InvariantCulture):
                Field(buffer[..written]);
                return this;
            default:
                Field(CellText.Format(cell));
                return this;
        }
    }

    public TableWriter Integer(long value)
    {
        Span<char> digits = stackalloc char[24];
        value.TryFormat(digits, out int written, default, CultureInfo.InvariantCulture);
        Field(digits[..written]);
        return this;
    }

    public TableWriter Bool(bool value)
    {
        Field(value ? "true" : "false");
        return this;
    }

    public void EndRow()
    {
        _writer.Write('\n');
        _inRow = false;
    }

    private void Separate()
    {
        if (_inRow) _writer.Write(',');
        _inRow = true;
    }

    private void Field(ReadOnlySpan<char> value)
    {
        Separate();
        if (!ShouldQuote(value))
        {
            _writer.Write(value);
            return;
        }
        _writer.Write('"');
        WriteEscaped(value, quoted: true);
        _writer.Write('"');
    }

    /// <summary>CsvHelper's rule with a "\n" line end: a quote, a comma or a line feed anywhere, or a space at either end.</summary>
    private static bool ShouldQuote(ReadOnlySpan<char> value) =>
        value.Length > 0 && (value[0] == ' ' || value[^1] == ' ' || value.ContainsAny(QuoteTriggers));

    private void WriteEscaped(ReadOnlySpan<char> value, bool quoted)
    {
        if (!quoted)
        {
            _writer.Write(value);
            return;
        }
        while (true)
        {
            int at = value.IndexOf('"');
            if (at < 0)
            {
                _writer.Write(value);
                return;
            }
            _writer.Write(value[..(at + 1)]);
            _writer.Write('"');
            value = value[(at + 1)..];
        }
    }

    public void Dispose()
    {
        _writer.Flush();
        _writer.Dispose();
    }
}
