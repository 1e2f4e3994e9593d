using FramingAnalyzer.Model;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>
/// Measures the attribution extractor against brat standoff annotations: the PolNeAR corpus (Newell, Margolin and Ruths,
/// LREC 2018), laid out as <c>DIR/&lt;compartment&gt;/text/NAME.txt</c> with <c>DIR/&lt;compartment&gt;/attributions/NAME_ANNOTATOR.ann</c>
/// (the first annotator file by name is the reference), or a folder of this project's layout, <c>DIR/text/NAME.txt</c>
/// with <c>DIR/attributions/NAME.ann</c> (<c>corpora/attributions</c>). Each text becomes an article with the file text
/// as body and no page furniture; the extractor runs on its text model, and predicted spans are mapped back to file
/// offsets with an <see cref="OffsetMap"/> (the text model changes only white space and invisible characters, and drops
/// furniture lines). Sources, cues and contents are scored separately, each with exact matching (same range after
/// trimming whitespace, quotation marks and punctuation at both ends) and overlap matching (at least one character in
/// common); and as pairs: a predicted (source, cue) pair matches a gold attribution when its source matches that
/// attribution's source and its cue that attribution's cue (gold attributions without a source in the text are not
/// counted as pairs). Continued-quotation relations are not counted (their spans repeat the opener's). Gold
/// attributions whose cue no predicted cue overlaps are listed as misses, and predicted pairs that match no gold attribution
/// as spurious (for error analysis). The corpus is read,
/// never copied.
/// </summary>
public static class AttributionSpanEvaluation
{
    public const string Exact = "exact";
    public const string Overlap = "overlap";
    public static readonly IReadOnlyList<string> Fields = ["source", "cue", "content", "pair"];

    /// <summary>A PolNeAR compartment (<c>test</c> or <c>dev</c>) of the corpus folder.</summary>
    public static AttributionEvaluationResult Run(string polnearDirectory, string compartment, AttributionExtractor extractor)
    {
        var textDirectory = Path.Combine(polnearDirectory, compartment, "text");
        var annotationDirectory = Path.Combine(polnearDirectory, compartment, "attributions");
        if (!Directory.Exists(textDirectory) || !Directory.Exists(annotationDirectory))
        {
            throw new DirectoryNotFoundException($"'{polnearDirectory}' is not a PolNeAR folder: expected {Path.Combine(compartment, "text")} and {Path.Combine(compartment, "attributions")} inside it.");
        }
        return RunFolder(textDirectory, annotationDirectory, compartment, extractor);
    }

    /// <summary>A folder holding <c>text/</c> and <c>attributions/</c> (this project's layout, e.g. corpora/attributions).</summary>
    /// <param name="include">When given, only the articles whose name (file name without .txt) it accepts (folds of a cross-validation).</param>
    public static AttributionEvaluationResult RunBrat(string directory, AttributionExtractor extractor, Func<string, bool>? include = null)
    {
        var textDirectory = Path.Combine(directory, "text");
        var annotationDirectory = Path.Combine(directory, "attributions");
        if (!Directory.Exists(textDirectory) || !Directory.Exists(annotationDirectory))
        {
            throw new DirectoryNotFoundException($"'{directory}' is not an annotated folder: expected text/ and attributions/ inside it.");
        }
        return RunFolder(textDirectory, annotationDirectory, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory))), extractor, include);
    }

    private static AttributionEvaluationResult RunFolder(string textDirectory, string annotationDirectory, string label, AttributionExtractor extractor,
        Func<string, bool>? include = null)
    {
        var annotationFiles = Directory.GetFiles(annotationDirectory, "*.ann").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var tallies = new Dictionary<(string Field, string Matching), int[]>();
        var misses = new List<MissedAttribution>();
        var spurious = new List<SpuriousAttribution>();
        int articles = 0;
        foreach (var textPath in Directory.GetFiles(textDirectory, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(textPath);
            if (include is not null && !include(name)) continue;
            var annotation = annotationFiles.Contains(name + ".ann") ? name + ".ann" : annotationFiles.FirstOrDefault(f => f.StartsWith(name + "_", StringComparison.Ordinal)
                && f.Length > name.Length + 5 && !f.AsSpan(name.Length + 1, f.Length - name.Length - 5).Contains('_'));
            if (annotation is null) continue;
            var original = File.ReadAllText(textPath);
            var annotationPath = Path.Combine(annotationDirectory, annotation);
            var gold = BratAnnotations.Read(annotationPath);
            var goldAttributions = BratAnnotations.ReadAttributions(annotationPath);
            var (document, map) = Build(original, name);
            var predicted = Predict(document, map, extractor);
            var cues = predicted.Select(p => p.Cue).Distinct().OrderBy(c => c.Start).ToList();
            Tally(tallies, "source", original, Spans(gold, "Source"), predicted.Select(p => p.Source).Distinct().ToList());
            Tally(tallies, "cue", original, Spans(gold, "Cue"), cues);
            Tally(tallies, "content", original, Spans(gold, "Content"), predicted.Select(p => p.Content).Where(c => c.Length > 0).Distinct().ToList());
            TallyPairs(tallies, original,
                goldAttributions.Where(a => a.Source is not null).Select(a => (Source: Span(a.Source!.Value), Cue: Span(a.Cue))).Distinct().ToList(),
                predicted.Where(p => p.Source.Length > 0).Select(p => (p.Source, p.Cue)).Distinct().ToList());
            misses.AddRange(Misses(name, original, document, map, goldAttributions, cues));
            spurious.AddRange(Spurious(name, original, document, map, goldAttributions, predicted));
            articles++;
        }
        var scores = new List<SpanScore>();
        foreach (var field in Fields)
        {
            foreach (var matching in new[] { Exact, Overlap })
            {
                var t = tallies.GetValueOrDefault((field, matching)) ?? new int[4];
                scores.Add(new SpanScore(field, matching, t[0], t[1], t[2], t[3]));
            }
        }
        return new AttributionEvaluationResult(label, articles, scores, misses, spurious);
    }

    private static TextSpan Span(BratSpan span) => new(span.Start, span.End);

    internal static (Document Document, OffsetMap Map) Build(string original, string name)
    {
        var article = new Article { Id = name, Outlet = "polnear", Body = original, Origin = name, MayContainPageFurniture = false };
        var document = DocumentBuilder.Build(article);
        return (document, OffsetMap.Build(document, original));
    }

    /// <summary>The extractor's attributions for one text (not continued quotations) as source, cue and content offsets into the file text.</summary>
    private static List<(TextSpan Source, TextSpan Cue, TextSpan Content)> Predict(Document document, OffsetMap map, AttributionExtractor extractor)
    {
        var found = new List<(TextSpan, TextSpan, TextSpan)>();
        foreach (var attribution in extractor.Extract(document))
        {
            if (attribution.ContinuesFrom is not null) continue;
            found.Add((map.ToOriginal(attribution.Source), map.ToOriginal(attribution.Cue),
                attribution.Content.Length > 0 ? map.ToOriginal(attribution.Content) : default));
        }
        return found;
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

    /// <summary>The predicted pairs of one text whose source and cue do not both overlap those of one gold attribution, in text order.</summary>
    private static IEnumerable<SpuriousAttribution> Spurious(string name, string original, Document document, OffsetMap map,
        IReadOnlyList<BratAttribution> gold, List<(TextSpan Source, TextSpan Cue, TextSpan Content)> predicted)
    {
        var sentences = document.Sentences.Select(s => map.ToOriginal(s.Span)).ToList();
        var pairs = predicted.Where(p => p.Source.Length > 0).Select(p => (p.Source, p.Cue)).Distinct().OrderBy(p => p.Cue.Start).ThenBy(p => p.Source.Start);
        foreach (var (source, cue) in pairs)
        {
            bool matched = gold.Any(g => g.Source is { } s && new TextSpan(s.Start, s.End).Overlaps(source) && new TextSpan(g.Cue.Start, g.Cue.End).Overlaps(cue));
            if (matched) continue;
            var sameCue = gold.FirstOrDefault(g => new TextSpan(g.Cue.Start, g.Cue.End).Overlaps(cue));
            string? goldSource = sameCue is null ? null
                : sameCue.Source is { } s ? Slice(original, new TextSpan(s.Start, s.End)) : "-";
            var sentence = sentences.FirstOrDefault(s => s.Overlaps(cue));
            if (sentence.Length == 0) sentence = cue;
            yield return new SpuriousAttribution(name, Slice(original, sentence), Slice(original, cue), Slice(original, source), goldSource);
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

    private static void TallyPairs(Dictionary<(string, string), int[]> tallies, string text, List<(TextSpan Source, TextSpan Cue)> gold, List<(TextSpan Source, TextSpan Cue)> predicted)
    {
        foreach (var matching in new[] { Exact, Overlap })
        {
            if (!tallies.TryGetValue(("pair", matching), out var t)) tallies[("pair", matching)] = t = new int[4];
            Func<TextSpan, TextSpan, bool> match = matching == Exact
                ? (a, b) => Trim(text, a) == Trim(text, b)
                : (a, b) => a.Overlaps(b);
            t[0] += gold.Count;
            t[1] += predicted.Count;
            t[2] += predicted.Count(p => gold.Any(g => match(p.Source, g.Source) && match(p.Cue, g.Cue)));
            t[3] += gold.Count(g => predicted.Any(p => match(p.Source, g.Source) && match(p.Cue, g.Cue)));
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
