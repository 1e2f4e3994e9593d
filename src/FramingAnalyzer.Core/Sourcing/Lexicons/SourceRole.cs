namespace FramingAnalyzer.Sourcing;

/// <summary>
/// A role word's entry: the source type it gives, and whether it speaks or acts for a principal whose type it takes
/// when the phrase names one ("the campaign's press secretary", "the chief executive of the Urban League", "Clinton
/// spokesman"): <c>principal=yes</c> in <c>source_roles.csv</c>.
/// </summary>
public sealed record SourceRole(string Type, bool ForPrincipal);
