using FramingAnalyzer.Model;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>
/// Measures the attribution extractor against the PolNeAR corpus (Newell, Margolin and Ruths, LREC 2018), laid out as
/// <c>DIR/&lt;compartment&gt;/text/NAME.txt</c> and brat annotations <c>DIR/&lt;compartment&gt;/attributions/NAME_ANNOTATOR.ann</c>
/// (the first annotator file by name is the reference). Each text becomes an article with the file text as body and no
/// page furniture; the extractor runs on its text model, and predicted spans are mapped back to file offsets with an
/// <see cref="OffsetMap"/> (the text model changes only white space and invisible characters, and drops furniture
/// lines). Sources and cues are
/// scored separately, each with exact matching (same range after trimming whitespace, quotation marks and
/// punctuation at both ends) and overlap matching (at least one character in common). Continued-quotation
/// relations are not counted (their spans repeat the opener's). Gold attributions whose cue no predicted cue overlaps
/// are listed as misses (for error analysis). The corpus is read, never copied.
/// </summary>
public static class AttributionSpanEvaluation
{
    public const string Exact = "exact";
    public const string Overlap = "overlap";

    public static AttributionEvaluationResult Run(string polnearDirectory, string compartment, AttributionExtractor extractor)
    {
        var textDirectory = Path.Combine(polnearDirectory, compartment, "text");
        var annotationDirectory = Path.Combine(polnearDirectory, compartment, "attributions");
        if (!Directory.Exists(textDirectory) || !Directory.Exists(annotationDirectory))
        {
            throw new DirectoryNotFoundException($"'{polnearDirectory}' is not a PolNeAR folder: expected {Path.Combine(compartment, "text")} and {Path.Combine(compartment, "attributions")} inside it.");
        }
        var annotationFiles = Directory.GetFiles(annotationDirectory, "*.ann").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var tallies = new Dictionary<(string Field, string Matching), int[]>();
        var misses = new List<MissedAttribution>();
        int articles = 0;
        foreach (var textPath in Directory.GetFiles(textDirectory, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(textPath);
            var annotation = annotationFiles.FirstOrDefault(f => f.StartsWith(name + "_", StringComparison.Ordinal)
                && f.Length > name.Length + 5 && !f.AsSpan(name.Length + 1, f.Length - name.Length - 5).Contains('_'));
            if (annotation is null) continue;
            var original = File.ReadAllText(textPath);
            var annotationPath = Path.Combine(annotationDirectory, annotation);
            var gold = BratAnnotations.Read(annotationPath);
            var (document, map) = Build(original, name);
            var (sources, cues) = Predict(document, map, extractor);
            Tally(tallies, "source", original, Spans(gold, "Source"), sources);
            Tally(tallies, "cue", original, Spans(gold, "Cue"), cues);
            misses.AddRange(Misses(name, original, document, map, BratAnnotations.ReadAttributions(annotationPath), cues));
            articles++;
        }
        var scores = new List<SpanScore>();
        foreach (var field in new[] { "source", "cue" })
        {
            foreach (var matching in new[] { Exact, Overlap })
            {
                var t = tallies.GetValueOrDefault((field, matching)) ?? new int[4];
                scores.Add(new SpanScore(field, matching, t[0], t[1], t[2], t[3]));
            }
        }
        return new AttributionEvaluationResult(compartment, articles, scores, misses);
    }

    /// <summary>The extractor's distinct source and cue spans for one text, as offsets into the text.</summary>
    public static (List<TextSpan> Sources, List<TextSpan> Cues) Predict(string original, string name, AttributionExtractor extractor)
    {
        var (document, map) = Build(original, name);
        return Predict(document, map, extractor);
    }

    private static (Document Document, OffsetMap Map) Build(string original, string name)
    {
        var article = new Article { Id = name, Outlet = "polnear", Body = original, Origin = name, MayContainPageFurniture = false };
        var document = DocumentBuilder.Build(article);
        return (document, OffsetMap.Build(document, original));
    }

    private static (List<TextSpan> Sources, List<TextSpan> Cues) Predict(Document document, OffsetMap map, AttributionExtractor extractor)
    {
        var sources = new HashSet<TextSpan>();
        var cues = new HashSet<TextSpan>();
        foreach (var found in extractor.Extract(document))
        {
            if (found.ContinuesFrom is not null) continue;
            sources.Add(map.ToOriginal(found.Source));
            cues.Add(map.ToOriginal(found.Cue));
        }
        return (sources.OrderBy(s => s.Start).ToList(), cues.OrderBy(s => s.Start).ToList());
    }

    /// <summary>The gold attributions of one text whose cue no predicted cue overlaps, in text order.</summary>
    private static IEnumerable<MissedAttribution> Misses(string name, string original, Document document, OffsetMap map,
        IReadOnlyList<BratAttribution> gold, List<TextSpan> cues)
    {
        var sentences = document.Sentences.Select(s => map.ToOriginal(s.Span)).ToList();
        foreach (var attribution in gold.OrderBy(a => a.Cue.Start))
        {
            var cue = new TextSpan(attribution.Cue.Start, attribution.Cue.End);
            if (cues.Any(p => p.Overlaps(cue))) continue;
            var sentence = sentences.FirstOrDefault(s => s.Overlaps(cue));
            if (sentence.Length == 0) sentence = cue;
            yield return new MissedAttribution(name, Slice(original, sentence), Slice(original, cue),
                attribution.Source is { } source ? Slice(original, new TextSpan(source.Start, source.End)) : "");
        }
    }

    private static string Slice(string text, TextSpan span)
    {
        int start = Math.Clamp(span.Start, 0, text.Length), end = Math.Clamp(span.End, start, text.Length);
        return string.Join(' ', text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static List<TextSpan> Spans(IReadOnlyList<BratSpan> gold, string label) =>
        gold.Where(g => g.Label == label).Select(g => new TextSpan(g.Start, g.End)).Distinct().ToList();

    private static void Tally(Dictionary<(string, string), int[]> tallies, string field, string text, List<TextSpan> gold, List<TextSpan> predicted)
    {
        foreach (var matching in new[] { Exact, Overlap })
        {
            if (!tallies.TryGetValue((field, matching), out var t)) tallies[(field, matching)] = t = new int[4];
            Func<TextSpan, TextSpan, bool> match = matching == Exact
                ? (a, b) => Trim(text, a) == Trim(text, b)
                : (a, b) => a.Overlaps(b);
            t[0] += gold.Count;
            t[1] += predicted.Count;
            t[2] += predicted.Count(p => gold.Any(g => match(p, g)));
            t[3] += gold.Count(g => predicted.Any(p => match(p, g)));
        }
    }

    /// <summary>The span without whitespace, quotation marks and punctuation at either end.</summary>
    public static TextSpan Trim(string text, TextSpan span)
    {
        int start = Math.Max(0, span.Start), end = Math.Min(text.Length, span.End);
        while (start < end && IsEdge(text[start])) start++;
        while (end > start && IsEdge(text[end - 1])) end--;
        return new TextSpan(start, end);
    }

    private static bool IsEdge(char c) => char.IsWhiteSpace(c) || c is ',' or '.' or ';' or ':' or '"' or '\'' or '“' or '”' or '‘' or '’' or '(' or ')' or '—' or '–' or '-';
}
