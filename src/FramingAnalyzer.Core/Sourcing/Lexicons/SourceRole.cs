namespace FramingAnalyzer.Sourcing;

/// <summary>
/// A role word's entry: the source type it gives, and whether it acts for a principal whose type it takes when the
/// phrase names one the lexicons can type (<c>principal</c> in <c>source_roles.csv</c>): <c>yes</c> for roles that
/// otherwise keep their own type ("the chief executive of the Urban League" is an NGO's, "Wells Fargo CEO" a
/// business's), <c>speaks</c> for roles that are only their principal's voice and leave the type to the model when the
/// principal is a name the lexicons do not know ("Clinton spokesman": not the default official); <c>leans</c> for roles
/// whom a party word only places, not employs ("Democratic pollster" stays expert; "the Clinton campaign's pollster" is
/// political); <c>named</c> for roles that act only for a body named by name ("Greenpeace activists" are the NGO's,
/// "opposition activists" and "Republican activists" members of the public).
/// </summary>
public sealed record SourceRole(string Type, bool ForPrincipal, bool SpeaksForPrincipal = false, bool ByParty = true, bool ByRoleWord = true);
