namespace FramingAnalyzer.Sourcing;

/// <summary>
/// The last step over a sentence's relations: drops a relation whose cue lies inside another relation's source
/// ("X, who has denied the claims, said ..."), one whose source overlaps its own content or cue, and exact repeats;
/// returns the rest in text order of their cues.
/// </summary>
internal static class AttributionDeduplicator
{
    public static List<Relation> Clean(List<Relation> found)
    {
        var kept = new List<Relation>(found.Count);
        foreach (var relation in found)
        {
            if (Overlaps(relation.Source.Start, relation.Source.End, relation.CueStart, relation.CueEnd)) continue;
            if (Overlaps(relation.Source.HeadStart, relation.Source.HeadEnd, relation.ContentStart, relation.ContentEnd)) continue;
            bool insideSource = false;
            foreach (var other in found)
            {
                if (ReferenceEquals(other, relation)) continue;
                if (relation.CueStart >= other.Source.Start && relation.CueStart < other.Source.End) insideSource = true;
            }
            if (insideSource) continue;
            if (kept.Any(k => k.CueStart == relation.CueStart && k.Source == relation.Source)) continue;
            kept.Add(relation);
        }
        kept.Sort((a, b) => a.CueStart.CompareTo(b.CueStart));
        return kept;
    }

    private static bool Overlaps(int aStart, int aEnd, int bStart, int bEnd) => aStart < bEnd && bStart < aEnd;
}
