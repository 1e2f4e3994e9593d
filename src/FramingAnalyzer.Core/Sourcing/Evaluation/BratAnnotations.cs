using System.Globalization;

namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>
/// Reads the text-bound lines of a brat standoff file (<c>T1\tSource 0 15\tWashington Post</c>). A discontinuous
/// annotation (<c>Content 10 20;25 30</c>) becomes the range from its first start to its last end. Other lines
/// (events, relations, notes) are ignored.
/// </summary>
public static class BratAnnotations
{
    public static IReadOnlyList<BratSpan> Read(string path)
    {
        var spans = new List<BratSpan>();
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
            spans.Add(new BratSpan(head[0], start, end));
        }
        return spans;
    }
}
