using System.Globalization;

namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>
/// Reads the text-bound lines of a brat standoff file (<c>T1\tSource 0 15\tWashington Post</c>). A discontinuous
/// annotation (<c>Content 10 20;25 30</c>) becomes the range from its first start to its last end. Other lines
/// (events, relations, notes) are ignored by <see cref="Read"/>; <see cref="ReadAttributions"/> reads the events.
/// </summary>
public static class BratAnnotations
{
    public static IReadOnlyList<BratSpan> Read(string path) => ReadSpans(path).Select(s => s.Span).ToList();

    /// <summary>
    /// The attribution events of a brat file (<c>E1\tAttribution:T4 Cue:T2 Source:T1</c>), each with its cue, source and
    /// content spans looked up among the text-bound lines. An event without a cue is skipped.
    /// </summary>
    public static IReadOnlyList<BratAttribution> ReadAttributions(string path)
    {
        var spans = ReadSpans(path).ToDictionary(s => s.Id, s => s.Span, StringComparer.Ordinal);
        var attributions = new List<BratAttribution>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] != 'E') continue;
            var fields = line.Split('\t');
            if (fields.Length < 2) continue;
            BratSpan? cue = null, source = null, content = null;
            foreach (var argument in fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = argument.Split(':', 2);
                if (parts.Length != 2 || !spans.TryGetValue(parts[1], out var span)) continue;
                if (parts[0] == "Cue") cue = span;
                else if (parts[0] == "Source") source = span;
                else if (parts[0] == "Content") content = span;
            }
            if (cue is { } c) attributions.Add(new BratAttribution(c, source, content));
        }
        return attributions;
    }

    private static List<(string Id, BratSpan Span)> ReadSpans(string path)
    {
        var spans = new List<(string, BratSpan)>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] != 'T') continue;
            var fields = line.Split('\t');
            if (fields.Length < 2) throw new FormatException($"{path} line {lineNumber}: expected 'T<n><TAB><label> <start> <end><TAB><text>'.");
            var head = fields[1].Split(' ', 2);
            if (head.Length < 2) throw new FormatException($"{path} line {lineNumber}: no offsets after the label '{head[0]}'.");
            int start = int.MaxValue, end = -1;
            foreach (var fragment in head[1].Split(';'))
            {
                var offsets = fragment.Trim().Split(' ');
                if (offsets.Length != 2
                    || !int.TryParse(offsets[0], NumberStyles.None, CultureInfo.InvariantCulture, out int s)
                    || !int.TryParse(offsets[1], NumberStyles.None, CultureInfo.InvariantCulture, out int e)
                    || e < s)
                {
                    throw new FormatException($"{path} line {lineNumber}: bad offsets '{fragment}'.");
                }
                start = Math.Min(start, s);
                end = Math.Max(end, e);
            }
            spans.Add((fields[0], new BratSpan(head[0], start, end)));
        }
        return spans;
    }
}
