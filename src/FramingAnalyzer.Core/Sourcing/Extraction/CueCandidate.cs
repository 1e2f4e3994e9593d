namespace FramingAnalyzer.Sourcing;

/// <summary>A reporting cue found in a sentence: tokens [Start, End) relative to the sentence, with its verb entry.</summary>
internal sealed class CueCandidate(int start, int end, string lemma, string stance, bool isParticiple, bool isAccordingTo)
{
    public int Start { get; } = start;
    public int End { get; } = end;
    public string Lemma { get; } = lemma;
    public string Stance { get; } = stance;
    public bool IsParticiple { get; } = isParticiple;
    public bool IsAccordingTo { get; } = isAccordingTo;
    public bool Used { get; set; }
}
