namespace FramingAnalyzer.Pipeline;

/// <summary>Which lexicons and models the standard analyzers load; null means the shipped default.</summary>
public sealed record AnalyzerOptions
{
    /// <summary>Loaded-term lexicon replacing the shipped one.</summary>
    public string? Lexicon { get; init; }
    /// <summary>Extra loaded-term lexicons added to the shipped (or replaced) one.</summary>
    public IReadOnlyList<string> ExtraLexicons { get; init; } = [];
    /// <summary>Extra term-family files added to the shipped families.</summary>
    public IReadOnlyList<string> ExtraFamilies { get; init; } = [];
    /// <summary>Actor lexicon replacing the shipped one.</summary>
    public string? Actors { get; init; }
    /// <summary>Actor files added before the shipped (or replacing) one, whose rows win for the same pattern: the
    /// corpus's own <c>.framing/actors.csv</c> (<see cref="CorpusActors"/>) and <c>--add-actors</c> files.</summary>
    public IReadOnlyList<string> ExtraActors { get; init; } = [];
    /// <summary>Public-figures list replacing the shipped <c>public_figures.csv</c>.</summary>
    public string? Figures { get; init; }
    /// <summary>Public-figures files read before the shipped (or replacing) one, whose people replace the shipped rows of
    /// the same name: the corpus's own <c>.framing/public_figures.csv</c> and <c>--add-figures</c> files.</summary>
    public IReadOnlyList<string> ExtraFigures { get; init; } = [];
    /// <summary>Files replacing the shipped <c>spokesperson_contexts.csv</c>: the corpus's own
    /// <c>.framing/spokesperson_contexts.csv</c> (the first file wins for a word); empty for the shipped file.</summary>
    public IReadOnlyList<string> SpokespersonContexts { get; init; } = [];
    /// <summary>Folder of user-trained models that replace the shipped ones (by file name).</summary>
    public string? ModelsDirectory { get; init; }
    /// <summary>Which encoder the classifiers read: the static table (default), the contextual transformer, or none.</summary>
    public Encoders.EncoderTier Encoder { get; init; } = Encoders.EncoderTier.Static;
    /// <summary>The encoder's vectors file (made with <c>framing distill</c>) replacing the shipped one.</summary>
    public string? Vectors { get; init; }

    /// <summary>Whether the attribution extractor uses the learned cue detector beside the reporting-verb lexicon (<see cref="Sourcing.CueDetector"/>).</summary>
    public bool LearnedCues { get; init; } = Sourcing.SourcingResources.LearnedCuesByDefault;

    /// <summary>The day or period at which public figures' roles are read for articles without a date (<see cref="Sourcing.SourcingResources.UndatedDays"/>).</summary>
    public Sourcing.DayRange? UndatedAs { get; init; }

    /// <summary>The options as run.json records them.</summary>
    public IEnumerable<KeyValuePair<string, string>> Recorded()
    {
        if (Lexicon is not null) yield return new("lexicon", Lexicon);
        for (int i = 0; i < ExtraLexicons.Count; i++) yield return new($"add-lexicon:{i}", ExtraLexicons[i]);
        for (int i = 0; i < ExtraFamilies.Count; i++) yield return new($"families:{i}", ExtraFamilies[i]);
        if (Actors is not null) yield return new("actors", Actors);
        for (int i = 0; i < ExtraActors.Count; i++) yield return new($"add-actors:{i}", Resources.ToolData.Display(ExtraActors[i]));
        if (Figures is not null) yield return new("figures", Figures);
        for (int i = 0; i < ExtraFigures.Count; i++) yield return new($"add-figures:{i}", Resources.ToolData.Display(ExtraFigures[i]));
        for (int i = 0; i < SpokespersonContexts.Count; i++) yield return new($"spokesperson-contexts:{i}", Resources.ToolData.Display(SpokespersonContexts[i]));
        if (ModelsDirectory is not null) yield return new("models", ModelsDirectory);
        if (Encoder != Encoders.EncoderTier.Static) yield return new("encoder", Encoder.ToString().ToLowerInvariant());
        if (Vectors is not null) yield return new("vectors", Vectors);
        if (LearnedCues != Sourcing.SourcingResources.LearnedCuesByDefault) yield return new("learned-cues", LearnedCues ? "on" : "off");
        if (UndatedAs is { } days) yield return new("undated-as", days.ToString());
    }
}
