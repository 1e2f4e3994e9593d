using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Resources;
namespace FramingAnalyzer.Sourcing;

/// <summary>The lexicons the sourcing analyzer reads, loaded once and shared (immutable, thread-safe).</summary>
public sealed record SourcingResources(ReportingVerbLexicon Verbs, ActorLexicon Actors, SourceRoleLexicon Roles, AnonymousMarkers Anonymous)
{
    private static readonly Lazy<ClaimMarkers> ShippedClaims = new(() => ClaimMarkers.Load(ToolData.Lexicon("claim_markers.csv")));

    /// <summary>The claim markers of the rule that gives sentence functions without a model (the shipped file unless set).</summary>
    public ClaimMarkers Claims { get; init; } = ShippedClaims.Value;

    /// <summary>Institution words, seats of government, nationalities and parties that type and affiliate sources the
    /// actor lexicon does not know (the shipped files unless set).</summary>
    public SourceClueLexicons Clues { get; init; } = SourceClueLexicons.Shipped;

    /// <summary>Well-known public people and their roles over time, which type a source the article names but does not
    /// describe ("Trump said"): the shipped <c>public_figures.csv</c> unless set.</summary>
    public PublicFigureLexicon PublicFigures { get; init; } = PublicFigureLexicon.Shipped;

    /// <summary>The day or period at which the roles of public figures are read for an article that carries no date of its
    /// own (a corpus of undated sentences from known years), or null: then a listed person is typed only when all their
    /// roles agree. The article's own date, when it has one, always decides.</summary>
    public DayRange? UndatedDays { get; init; }

    /// <summary>Speaker nouns and generic body nouns that source resolution reads (the shipped files unless set).</summary>
    public ResolutionWords Resolution { get; init; } = ResolutionWords.Shipped;

    /// <summary>The bodies a spokesperson with no principal may speak for (the shipped file unless set: a corpus's own
    /// <c>.framing/spokesperson_contexts.csv</c> replaces it).</summary>
    public SpokespersonContexts SpokespersonContexts { get; init; } = SpokespersonContexts.Shipped;

    /// <summary>Whether analyses use the learned cue detector (<see cref="CueDetector"/>) unless told otherwise.</summary>
    public const bool LearnedCuesByDefault = true;

    /// <summary>The learned cue detector the extractor uses beside the lexicon, or null for the lexicon alone (the shipped one when <see cref="LearnedCuesByDefault"/>).</summary>
    public CueDetector? CueDetector { get; init; } = LearnedCuesByDefault ? CueDetector.LoadShipped(Verbs) : null;

    /// <summary>Loads the lexicons; throws <see cref="Lexicons.LexiconException"/> naming the file and line of a bad row.</summary>
    public static SourcingResources Load(string verbsCsv, string actorsCsv, string rolesCsv, string anonymousCsv, string? claimsCsv = null) =>
        Load(verbsCsv, [actorsCsv], rolesCsv, anonymousCsv, claimsCsv);

    /// <summary>As above with several actor files (a corpus's own first, then the shipped or replacing file).</summary>
    public static SourcingResources Load(string verbsCsv, IReadOnlyList<string> actorsCsv, string rolesCsv, string anonymousCsv, string? claimsCsv = null) =>
        new(ReportingVerbLexicon.Load(verbsCsv), ActorLexicon.Load(actorsCsv), SourceRoleLexicon.Load(rolesCsv), AnonymousMarkers.Load(anonymousCsv))
        {
            Claims = claimsCsv is null ? ShippedClaims.Value : ClaimMarkers.Load(claimsCsv),
        };

    public IEnumerable<string> Paths => [Verbs.Path, .. Actors.Paths, Roles.Path, Anonymous.Path, Claims.Path, .. Clues.Paths, .. Resolution.Paths, .. SpokespersonContexts.Paths, .. PublicFigures.Paths];
}
