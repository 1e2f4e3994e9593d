using FramingAnalyzer.Resources;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// What a source phrase says about a source beyond the actor and role lexicons, for text the actor lexicon does not
/// know (real news): institution head words ("... Ministry", "... Times", "... Foundation": <c>institution_heads.csv</c>),
/// capitals and seats of government ("Moscow", "the Kremlin": <c>seats_of_government.csv</c>), nationality words and
/// country names (<c>nationalities.csv</c>), party words (<c>parties.csv</c>) and the letters of party tags such as
/// "(D-Mo.)" (<c>party_tags.csv</c>).
/// </summary>
public sealed record SourceClueLexicons(PhraseLexicon Institutions, PhraseLexicon Seats, PhraseLexicon Nationalities, PhraseLexicon Parties, PhraseLexicon PartyTags)
{
    private static readonly Lazy<SourceClueLexicons> ShippedValue = new(() => Load(
        ToolData.Lexicon("institution_heads.csv"), ToolData.Lexicon("seats_of_government.csv"), ToolData.Lexicon("nationalities.csv"),
        ToolData.Lexicon("parties.csv"), ToolData.Lexicon("party_tags.csv")));

    private static readonly Lazy<PhraseLexicon> ShippedPredicates = new(() => LoadPredicates(ToolData.Lexicon("person_predicates.csv")));

    /// <summary>What a person named without a role does, said right after the name or in a relative clause ("Ruth Varga
    /// teaches law at ...", "Ana Ruiz, who has covered the campaign for ...", "Linda Marsh has lived in Flint for 30 years"),
    /// and the source type it gives (<c>person_predicates.csv</c>): weaker evidence than any role word, read only when
    /// nothing else types the person.</summary>
    public PhraseLexicon Predicates { get; init; } = ShippedPredicates.Value;

    public static PhraseLexicon LoadPredicates(string path) => PhraseLexicon.Load(path, "source_type", SourceType);

    /// <summary>The files shipped in corpora/lexicons.</summary>
    public static SourceClueLexicons Shipped => ShippedValue.Value;

    public static SourceClueLexicons Load(string institutionsCsv, string seatsCsv, string nationalitiesCsv, string partiesCsv, string partyTagsCsv) => new(
        PhraseLexicon.Load(institutionsCsv, "source_type", SourceType),
        PhraseLexicon.Load(seatsCsv, "country", Affiliation),
        PhraseLexicon.Load(nationalitiesCsv, "country", Affiliation),
        PhraseLexicon.Load(partiesCsv, "party", Affiliation),
        PhraseLexicon.Load(partyTagsCsv, "party", Affiliation));

    public IEnumerable<string> Paths => [Institutions.Path, Seats.Path, Nationalities.Path, Parties.Path, PartyTags.Path, Predicates.Path];

    private static string? SourceType(string type) =>
        SourceTypes.IsKnown(type) ? null : $"unknown source_type '{type}'; expected one of {string.Join(", ", SourceTypes.All)}.";

    /// <summary>Every country and party these lexicons can give as an affiliation, sorted (ordinal).</summary>
    public IReadOnlyList<string> Affiliations =>
        [.. Seats.Values.Concat(Nationalities.Values).Concat(Parties.Values).Concat(PartyTags.Values).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Affiliations are identifiers like the actor lexicon's sides ("russia", "republican_party").</summary>
    private static string? Affiliation(string value) => ReportingVerbLexicon.IsIdentifier(value)
        ? null : $"the affiliation '{value}' must be a lowercase word (letters, digits, _), e.g. united_states.";
}
