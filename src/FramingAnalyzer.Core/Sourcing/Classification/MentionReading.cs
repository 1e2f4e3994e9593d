namespace FramingAnalyzer.Sourcing;

/// <summary>What one mention of a source says about it: a type with its evidence (null when the rules find none)
/// and an affiliation with its evidence (null when none).</summary>
internal readonly record struct MentionReading(string? Type, string TypeEvidence, string? Affiliation, string AffiliationEvidence)
{
    /// <summary>When no rule types the mention: the name of the principal a speaking role serves, if the lexicons could not
    /// type it ("clinton" for "Clinton's communications director").</summary>
    public string? UntypedPrincipal { get; init; }

    /// <summary>The type the mention keeps when <see cref="UntypedPrincipal"/> cannot be typed either, instead of the
    /// model's: a lawyer whose client is unknown stays the legal expert. Null for a speaking role.</summary>
    public string? PrincipalFallback { get; init; }

    /// <summary>The type is an expert's only because an office is held no longer ("Retired Lt. Gen. ..."): a political
    /// role named elsewhere says what the person is now.</summary>
    public bool PastOffice { get; init; }

    /// <summary>The type is the weak reading of a courtesy title alone ("Dr. Anthony Fauci": an expert): a well-known
    /// person's role on the article's date says what the person is.</summary>
    public bool CourtesyTitle { get; init; }

    public int TypeRank => Type is null ? int.MaxValue : IndexOf(Sourcing.TypeEvidence.RuleOrder, TypeEvidence);

    public int AffiliationRank => Affiliation is null ? int.MaxValue : IndexOf(AffiliationOrder, AffiliationEvidence);

    private static readonly string[] AffiliationOrder =
    [
        Sourcing.AffiliationEvidence.Actor, Sourcing.AffiliationEvidence.SeatOfGovernment, Sourcing.AffiliationEvidence.PartyTag,
        Sourcing.AffiliationEvidence.Party, Sourcing.AffiliationEvidence.Nationality,
    ];

    private static int IndexOf(IReadOnlyList<string> order, string value)
    {
        for (int i = 0; i < order.Count; i++) if (order[i] == value) return i;
        return int.MaxValue;
    }
}
