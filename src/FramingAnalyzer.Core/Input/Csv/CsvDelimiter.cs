namespace FramingAnalyzer.Input;

/// <summary>
/// Picks a CSV file's delimiter from its header line: whichever of comma, semicolon and tab occurs most often
/// outside double quotes; comma on a tie or when none occurs.
/// </summary>
internal static class CsvDelimiter
{
    private static readonly char[] Candidates = [',', ';', '\t'];

    public static string Detect(string headerLine)
    {
        Span<int> counts = stackalloc int[Candidates.Length];
        var inQuotes = false;
        foreach (var c in headerLine)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
                continue;
            }
            if (!inQuotes)
            {
                var candidate = Array.IndexOf(Candidates, c);
                if (candidate >= 0)
                {
                    counts[candidate]++;
                }
            }
        }

        var best = 0;
        for (var i = 1; i < Candidates.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }
        return Candidates[best].ToString();
    }
}
