namespace FramingAnalyzer.Sourcing;

/// <summary>One inflected form of a reporting verb: its lemma, its stance, whether the form is the -ing participle, and how the verb behaves.</summary>
public sealed record ReportingVerb(string Lemma, string Stance, bool IsParticiple, VerbBehaviour Behaviour);
