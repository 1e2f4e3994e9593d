namespace FramingAnalyzer.Sourcing;

/// <summary>A reporting cue found in a sentence: tokens [Start, End) relative to the sentence, with its verb entry and behaviour.</summary>
internal sealed class CueCandidate(int start, int end, string lemma, string stance, bool isParticiple, bool isAccordingTo, VerbBehaviour behaviour,
    bool afterPreposition = false, bool learned = false)
{
    public int Start { get; } = start;
    public int End { get; } = end;
    public string Lemma { get; } = lemma;
    public string Stance { get; } = stance;
    public bool IsParticiple { get; } = isParticiple;
    public bool IsAccordingTo { get; } = isAccordingTo;
    /// <summary>How the verb behaves (<see cref="VerbBehaviour.Default"/> for "according to" and punctuation cues).</summary>
    public VerbBehaviour Behaviour { get; } = behaviour;
    /// <summary>A participle after "by", "after", "before", "in" or "while" ("responded by saying ..."): only <see cref="GerundRule"/> reads it.</summary>
    public bool AfterPreposition { get; } = afterPreposition;
    /// <summary>Proposed by <see cref="CueDetector"/>, not found in the lexicon.</summary>
    public bool Learned { get; } = learned;
    public bool Used { get; set; }
}
