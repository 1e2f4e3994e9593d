namespace FramingAnalyzer.Sourcing;

/// <summary>
/// The last step over a sentence's relations: drops a relation whose cue lies inside another relation's source
/// ("X, who has denied the claims, said ..."), one whose source overlaps its own content or cue, a thought or intention
/// inside another relation's content ("She said she wants ...": what she said, not a second attribution; see
/// <see cref="VerbBehaviour.Nests"/>), and exact repeats; returns the rest in text order of their cues.
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
            if (!relation.Nests && found.Any(other => !ReferenceEquals(other, relation) && other.ContentContains(relation.CueStart))) continue;
            if (kept.Any(k => k.CueStart == relation.CueStart && k.Source == relation.Source)) continue;
            kept.Add(relation);
        }
        kept.Sort((a, b) => a.CueStart.CompareTo(b.CueStart));
        return kept;
    }

    private static bool Overlaps(int aStart, int aEnd, int bStart, int bEnd) => aStart < bEnd && bStart < aEnd;
}
