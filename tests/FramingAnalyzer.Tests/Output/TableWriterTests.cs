using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Output;

namespace FramingAnalyzer.Tests.Output;

/// <summary>
/// The table writer writes cells itself rather than through CsvHelper (for speed); the bytes must stay what CsvHelper
/// writes with the same configuration, so that every table keeps reading back the same in any CSV reader.
/// </summary>
public class TableWriterTests
{
    private static readonly string[] AwkwardCells =
    [
        "", " ", "plain", "two words", " leading space", "trailing space ", "comma, inside", "a \"quoted\" word", "\"",
        "\"\"", "line\nfeed", "carriage\rreturn", "crlf\r\nend", "tab\tinside", "=SUM(A1)", "+1", "-3", "@handle", "\tindented",
        "\rstart", "=with, comma", "-ends with space ", "'already guarded", "ünïcödé — dash", "emoji 😀", ",", "\n",
    ];

    [Fact]
    public void Writes_the_bytes_CsvHelper_writes_for_awkward_text_cells()
    {
        var header = new[] { "id", "text", "also text" };
        var ours = new StringWriter();
        using (var table = new TableWriter(ours, header))
        {
            foreach (var a in AwkwardCells)
            {
                foreach (var b in AwkwardCells)
                {
                    table.Text(a).Text(b.AsSpan()).Raw(b);
                    table.EndRow();
                }
            }
        }

        var theirs = new StringWriter();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n", InjectionOptions = InjectionOptions.None };
        using (var csv = new CsvWriter(theirs, config))
        {
            foreach (var h in header) csv.WriteField(h);
            csv.NextRecord();
            foreach (var a in AwkwardCells)
            {
                foreach (var b in AwkwardCells)
                {
                    csv.WriteField(CellText.NeutraliseFormula(a));
                    csv.WriteField(CellText.NeutraliseFormula(b));
                    csv.WriteField(b);
                    csv.NextRecord();
                }
            }
        }

        Assert.Equal(theirs.ToString(), ours.ToString());
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-0.0000001, "0")]
    [InlineData(0.1234565, "0.123457")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(double.NaN, "")]
    [InlineData(double.PositiveInfinity, "")]
    public void Writes_numbers_as_the_other_tables_format_them(double value, string expected)
    {
        Assert.Equal(expected, CellText.FormatNumber(value));
        Assert.Equal("n\n" + expected + "\n", Written(t => t.Number(value)));
    }

    [Fact]
    public void Writes_huge_numbers_in_full()
    {
        Assert.Equal("n\n" + CellText.FormatNumber(1e300) + "\n", Written(t => t.Number(1e300)));
    }

    [Fact]
    public void Writes_sentence_cells_as_the_sentences_table_shows_them()
    {
        SentenceCell[] cells =
        [
            new(SentenceCellKind.Empty, "", 0), new(SentenceCellKind.Text, "=loaded; terms", 0), new(SentenceCellKind.Count, "", 3),
            new(SentenceCellKind.Probability, "", 0.123456), new(SentenceCellKind.Probability, "", 1), new(SentenceCellKind.Flag, "", 1),
            new(SentenceCellKind.Flag, "", 0),
        ];
        foreach (var cell in cells)
        {
            var viaFormat = Written(t => t.Raw(CellText.Format(cell)));
            Assert.Equal(viaFormat, Written(t => t.Cell(cell)));
        }
    }

    [Fact]
    public void Writes_integers_and_flags_plainly()
    {
        Assert.Equal("n\n-42,9223372036854775807,true,false\n", Written(t => t.Integer(-42).Integer(long.MaxValue).Bool(true).Bool(false)));
    }

    private static string Written(Action<TableWriter> row)
    {
        var text = new StringWriter();
        using (var table = new TableWriter(text, ["n"]))
        {
            row(table);
            table.EndRow();
        }
        return text.ToString();
    }
}
