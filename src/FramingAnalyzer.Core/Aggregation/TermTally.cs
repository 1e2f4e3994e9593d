namespace FramingAnalyzer.Aggregation;

/// <summary>Per-outlet counts of one term: all hits, own-voice hits, quoted hits, and the articles it appears in.</summary>
public sealed class TermTally
{
    public required string Category { get; init; }
    public required string Family { get; init; }
    public required string Choice { get; init; }
    public long Count { get; set; }
    public long OwnVoice { get; set; }
    public long Quoted { get; set; }
    public long Articles { get; set; }

    public void Merge(TermTally other)
    {
        Count += other.Count;
        OwnVoice += other.OwnVoice;
        Quoted += other.Quoted;
        Articles += other.Articles;
    }
}
