using FramingAnalyzer.Lexicons;
namespace FramingAnalyzer.Sourcing;

/// <summary>The four lexicons the sourcing analyzer reads, loaded once and shared (immutable, thread-safe).</summary>
public sealed record SourcingResources(ReportingVerbLexicon Verbs, ActorLexicon Actors, SourceRoleLexicon Roles, AnonymousMarkers Anonymous)
{
    /// <summary>Loads the lexicons; throws <see cref="Lexicons.LexiconException"/> naming the file and line of a bad row.</summary>
    public static SourcingResources Load(string verbsCsv, string actorsCsv, string rolesCsv, string anonymousCsv) =>
        new(ReportingVerbLexicon.Load(verbsCsv), ActorLexicon.Load(actorsCsv), SourceRoleLexicon.Load(rolesCsv), AnonymousMarkers.Load(anonymousCsv));

    public IEnumerable<string> Paths => [Verbs.Path, Actors.Path, Roles.Path, Anonymous.Path];
}
