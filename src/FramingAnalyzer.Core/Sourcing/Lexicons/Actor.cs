namespace FramingAnalyzer.Sourcing;

/// <summary>A named person or body from the actor lexicon: how to call it, which side it is on, and its source type.</summary>
public sealed record Actor(string Canonical, string Affiliation, string SourceType);
