namespace FramingAnalyzer.Sourcing;

/// <summary>The source types a source is classified into, in the order the metrics list them.</summary>
public static class SourceTypes
{
    public const string Official = "official";
    public const string Political = "political";
    public const string ArmedGroup = "armed_group";
    public const string Expert = "expert";
    public const string NgoInternational = "ngo_intl";
    public const string Citizen = "citizen";
    public const string Media = "media";
    public const string Document = "document";
    public const string Business = "business";
    public const string Unknown = "unknown";

    public static IReadOnlyList<string> All { get; } =
        [Official, Political, ArmedGroup, Expert, NgoInternational, Citizen, Media, Document, Business, Unknown];

    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);
}
