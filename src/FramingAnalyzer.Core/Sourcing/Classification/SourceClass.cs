namespace FramingAnalyzer.Sourcing;

/// <summary>
/// What a source is: its type, its side (affiliation), whether it is unnamed, and which evidence settled the type and
/// the affiliation (<see cref="TypeEvidence"/>, <see cref="AffiliationEvidence"/>: the values are listed there).
/// </summary>
public sealed record SourceClass(string Type, string Affiliation, bool Anonymous, string TypeEvidence, string AffiliationEvidence)
{
    public const string UnknownAffiliation = "unknown";
}
