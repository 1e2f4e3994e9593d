using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace FramingAnalyzer.Input;

/// <summary>
/// Reads CSV records with CsvHelper's parser and tells where each starts (1-based line) and what is wrong with it.
/// A quoted field that opens and is never closed properly makes the parser swallow the lines after it into one
/// record; such a record (spanning several lines, with a malformed quoted field or the wrong number of fields) is
/// reported as <c>broken_quote</c> at its first line, and reading resumes on the next line by putting the swallowed
/// text back in front of the input. Stray quotes inside unquoted fields are kept, with a warning.
/// </summary>
internal sealed class CsvRecordStream : IDisposable
{
    /// <summary>The largest field read, in characters; a larger one stops the file (CsvHelper would otherwise hold it all).</summary>
    public const int MaxFieldChars = 100_000_000;
    private const int MaxRecoveries = 10_000;
    private const long MaxRereadChars = 256_000_000;

    private readonly ReplayableTextReader input;
    private readonly CsvConfiguration configuration;
    private readonly List<string> badFieldPreviews = [];
    private readonly List<string> malformedQuotedFieldPreviews = [];
    private CsvParser parser;
    private long deliveredBeforeParser;
    private long lineOffset;
    private long previousRawRow;
    private long previousRow;
    private int recoveries;
    private long rereadChars;
    private bool finished;

    public CsvRecordStream(ReplayableTextReader input, string delimiter)
    {
        this.input = input;
        configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            DetectDelimiter = false,
            IgnoreBlankLines = true,
            Mode = CsvMode.RFC4180,
            TrimOptions = TrimOptions.None,
            MaxFieldSize = MaxFieldChars,
            BadDataFound = args => (args.Field.StartsWith('"') ? malformedQuotedFieldPreviews : badFieldPreviews).Add(TextPreview.Of(args.Field)),
        };
        parser = OpenParser();
    }

    /// <summary>How many fields the header has; records with another count are problems. Null while reading the header.</summary>
    public int? ExpectedFieldCount { get; set; }

    /// <summary>
    /// The columns the caller reads. CsvHelper checks a field only when it is read, so these fields of every record
    /// (all fields of a record that spans several lines) are read here to find bad data; a malformed field in another
    /// column of a one-line record does not matter. Null means all columns.
    /// </summary>
    public IReadOnlyList<int>? ColumnsInUse { get; set; }

    /// <summary>How many fields the current record has.</summary>
    public int FieldCount => parser.Count;

    /// <summary>A field of the current record.</summary>
    public string Field(int index) => parser[index];

    public CsvStep Next()
    {
        while (!finished)
        {
            badFieldPreviews.Clear();
            malformedQuotedFieldPreviews.Clear();
            var nextLine = lineOffset + previousRawRow + 1;
            if (!TryRead(out var failure))
            {
                finished = true;
                return failure is null ? CsvStep.End : CsvStep.Problem(nextLine, failure.Value.Reason, failure.Value.Detail);
            }

            // Row counts records and skipped blank lines; RawRow is the physical line the record ends on.
            var startLine = lineOffset + previousRawRow + (parser.Row - previousRow - 1) + 1;
            var endLine = lineOffset + parser.RawRow;
            previousRawRow = parser.RawRow;
            previousRow = parser.Row;
            if (parser.Count == 1 && string.IsNullOrWhiteSpace(parser[0]))
            {
                continue;
            }

            CheckFields(all: endLine > startLine);
            var malformedQuotedField = malformedQuotedFieldPreviews.FirstOrDefault();
            var hasWrongFieldCount = ExpectedFieldCount is int expected && parser.Count != expected;
            if (endLine > startLine && (malformedQuotedField is not null || hasWrongFieldCount))
            {
                return SkipBrokenQuote(startLine, endLine);
            }
            if (malformedQuotedField is not null)
            {
                return CsvStep.Problem(startLine, "bad_data",
                    $"A quoted field has stray characters after its closing quote: {malformedQuotedField}");
            }
            if (hasWrongFieldCount)
            {
                return CsvStep.Problem(startLine, "field_count",
                    FormattableString.Invariant($"The row has {parser.Count} fields but the header has {ExpectedFieldCount}."));
            }
            return new CsvStep(CsvStepKind.Record, startLine, Detail: badFieldPreviews.Count > 0 ? "a quote inside an unquoted field was kept as text" : null);
        }
        return CsvStep.End;
    }

    private void CheckFields(bool all)
    {
        if (all || ColumnsInUse is null)
        {
            for (var i = 0; i < parser.Count; i++)
            {
                _ = parser[i];
            }
            return;
        }
        foreach (var column in ColumnsInUse)
        {
            if (column < parser.Count)
            {
                _ = parser[column];
            }
        }
    }

    private bool TryRead(out (string Reason, string Detail)? failure)
    {
        failure = null;
        try
        {
            return parser.Read();
        }
        catch (MaxFieldSizeException)
        {
            failure = ("field_too_large", FormattableString.Invariant(
                $"A field is longer than {MaxFieldChars} characters (often an opening quote that is never closed); the rest of the file was not read."));
        }
        catch (CsvHelperException ex)
        {
            failure = ("parse_error", "The CSV parser stopped: " + TextPreview.Of(ex.Message, 200) + " The rest of the file was not read.");
        }
        return false;
    }

    private CsvStep SkipBrokenQuote(long startLine, long endLine)
    {
        var problem = FormattableString.Invariant(
            $"A quoted field on line {startLine} is not closed properly, so the record ran on to line {endLine}; the record was skipped");
        var raw = parser.RawRecord;
        var swallowedStart = AfterFirstLineBreak(raw);
        rereadChars += raw.Length - swallowedStart;
        if (recoveries >= MaxRecoveries || rereadChars > MaxRereadChars)
        {
            finished = true;
            return CsvStep.Problem(startLine, "broken_quote",
                $"{problem}. The file has too many broken quotes to re-read what they swallowed; the rest of it was not read.");
        }
        if (!input.TryGetDeliveredAfter(deliveredBeforeParser + parser.CharCount, out var readAhead))
        {
            finished = true;
            return CsvStep.Problem(startLine, "broken_quote", problem + " and the rest of the file could not be re-read.");
        }

        input.PutBack(readAhead);
        input.PutBack(raw, swallowedStart);
        parser.Dispose();
        parser = OpenParser();
        lineOffset = startLine;
        previousRawRow = 0;
        previousRow = 0;
        recoveries++;
        return CsvStep.Problem(startLine, "broken_quote",
            FormattableString.Invariant($"{problem}; reading resumed at line {startLine + 1}."));
    }

    private CsvParser OpenParser()
    {
        deliveredBeforeParser = input.Delivered;
        return new CsvParser(input, configuration, leaveOpen: true);
    }

    /// <summary>Where the second line of <paramref name="raw"/> starts (its length when it has one line).</summary>
    private static int AfterFirstLineBreak(string raw)
    {
        var lineBreak = raw.AsSpan().IndexOfAny('\r', '\n');
        if (lineBreak < 0)
        {
            return raw.Length;
        }
        var next = lineBreak + 1;
        if (raw[lineBreak] == '\r' && next < raw.Length && raw[next] == '\n')
        {
            next++;
        }
        return next;
    }

    public void Dispose() => parser.Dispose();
}
