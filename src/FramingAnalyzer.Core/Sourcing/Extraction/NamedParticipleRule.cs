namespace FramingAnalyzer.Sourcing;

/// <summary>
/// A participle right after a name that is the object of "of" after a recording: <c>footage of Brandt saying, "..."</c>,
/// <c>a clip of Senator Pike telling reporters that ...</c>. The name is the source; the content must follow the
/// participle. After other nouns the name may only modify the speaker ("residents of Tesk saying ...").
/// </summary>
internal sealed class NamedParticipleRule : IAttributionRule
{
    public string Name => "named_participle";

    /// <summary>The longest name, in tokens, between "of" and the participle.</summary>
    private const int MaxName = 4;

    /// <summary>Nouns for recordings that show someone speaking.</summary>
    private static readonly WordSet Recordings = new("footage", "video", "videos", "clip", "clips", "recording", "recordings", "audio", "tape",
        "tapes", "film", "images", "photos");

    public void Apply(SentenceExtraction state)
    {
        var v = state.View;
        foreach (var cue in state.Cues)
        {
            if (cue.Used || !cue.IsParticiple || cue.AfterPreposition || v.InQuote(cue.Start)) continue;
            int start = cue.Start;
            while (start - 1 >= 0 && cue.Start - start < MaxName && v.IsCapitalised(start - 1) && !v.InQuote(start - 1)) start--;
            if (start == cue.Start || !v.Is(start - 1, "of") || !v.In(start - 2, Recordings)) continue;
            var opening = ContentSpans.OpeningAfter(state, cue, cue.End);
            if (!opening.IsFound) continue;
            var (cs, ce) = ContentSpans.Trim(v, opening.Start, ContentSpans.ForwardEnd(state, opening.Start));
            if (!ContentSpans.HasWords(v, cs, ce)) continue;
            state.AddAfterCue(cue, PhraseRange.Head(start, cue.Start), cs, ce, opening.Start, Name);
        }
    }
}
