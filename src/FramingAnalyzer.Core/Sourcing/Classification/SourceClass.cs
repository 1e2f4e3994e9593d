namespace FramingAnalyzer.Sourcing;

/// <summary>
/// What a source is: its type, its side (affiliation), whether it is unnamed, and what settled the type
/// (actor, role, model or none).
/// </summary>
public sealed record SourceClass(string Type, string Affiliation, bool Anonymous, string Basis)
{
    public const string UnknownAffiliation = "unknown";
}
