namespace FramingAnalyzer.Sourcing;

/// <summary>One inflected form of a reporting verb: its lemma, its stance, and whether the form is the -ing participle.</summary>
public sealed record ReportingVerb(string Lemma, string Stance, bool IsParticiple);
