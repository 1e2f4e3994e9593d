namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Which evidence settled a source's affiliation (attributions.csv <c>affiliation_evidence</c>), strongest first: the
/// actor lexicon; a seat of government (its country); a party tag ("(D-Mo.)"); a party word ("Republican senator");
/// a nationality word or country name ("Russian Foreign Minister", "Syria's army"); the list of public figures (the
/// party or country of a well-known person's role on the article's date); none (affiliation unknown).
/// </summary>
public static class AffiliationEvidence
{
    public const string Actor = "actor";
    public const string SeatOfGovernment = "seat_of_government";
    public const string PartyTag = "party_tag";
    public const string Party = "party";
    public const string Nationality = "nationality";
    public const string PublicFigure = "public_figure";
    public const string None = "none";
}
