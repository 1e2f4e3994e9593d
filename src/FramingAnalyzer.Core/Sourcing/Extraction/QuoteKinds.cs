namespace FramingAnalyzer.Sourcing;

/// <summary>How the content of an attribution is given.</summary>
public static class QuoteKinds
{
    /// <summary>The content is a full quotation.</summary>
    public const string Direct = "direct";
    /// <summary>Reported speech with a partial quotation inside.</summary>
    public const string Mixed = "mixed";
    /// <summary>Reported speech, no quotation marks.</summary>
    public const string Indirect = "indirect";
    /// <summary>Attributed with "according to".</summary>
    public const string AccordingTo = "according_to";
}
