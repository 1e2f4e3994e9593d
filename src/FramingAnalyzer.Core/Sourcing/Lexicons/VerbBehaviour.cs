using FramingAnalyzer.Lexicons;

namespace FramingAnalyzer.Sourcing;

/// <summary>What a reporting verb's content may look like after it (the <c>content</c> column of <c>reporting_verbs.csv</c>).</summary>
public enum VerbContent
{
    /// <summary>An object or a clause: "said the talks failed", "denied the report".</summary>
    Any,
    /// <summary>
    /// Only a marked clause: "that", a colon, a quotation or a wh-word must open it ("noted that ...", "asked whether ...");
    /// a plain object is not what was said ("responded within minutes", "showed the damage", "found the wreck").
    /// </summary>
    Clause,
    /// <summary>A short object and what it was called: "called the plan "a disgrace"", "called him a liar".</summary>
    Naming,
    /// <summary>
    /// A marked clause as for <see cref="Clause"/>, or an object followed by "as" and what it was described as:
    /// "described the plan as a disgrace", "characterized him as desperate"; a plain object ("described the scene") is not.
    /// </summary>
    Describing,
    /// <summary>
    /// A marked clause as for <see cref="Clause"/>, or a plain object when a document or data is the subject
    /// (<see cref="EvidenceNouns"/>): "the poll showed Clinton ahead", "the study found 31 cases"; "engineers found
    /// cracks" reports nothing.
    /// </summary>
    Finding,
}

/// <summary>
/// How a reporting verb behaves in a sentence, read from the optional behaviour columns of <c>reporting_verbs.csv</c>
/// (<c>inverts, content, bare_clause, reports_before, listener, not_before, nests, negated</c>). A file without these columns gets
/// <see cref="Default"/> for every verb: no inversion, any content, no listener.
/// </summary>
/// <param name="Inverts">English may put the verb before its subject: "..., said the minister."</param>
/// <param name="Content">What may follow the verb as its content.</param>
/// <param name="BareClause">A <see cref="VerbContent.Clause"/> verb that also takes a clause without "that" ("announced it would close").</param>
/// <param name="ReportsBefore">A <see cref="VerbContent.Clause"/> verb that, closing its sentence, reports the clause before its subject ("..., he noted.").</param>
/// <param name="Listener">A listener may stand between the verb and its content ("told reporters that ...").</param>
/// <param name="NotBefore">A word after which the verb reports nothing ("accused of" in "people accused of rape"), or empty.</param>
/// <param name="Nests">
/// False for verbs of thought and intention that, inside another attribution's reported content, are part of what was
/// reported rather than an attribution of their own ("Stein said she wants to join ...": one attribution, Stein's).
/// </param>
/// <param name="Negated">
/// False for verbs that, negated, report that nothing was said ("did not respond to a request for comment"): no
/// attribution. Other negated cues are attributions ("did not say whether", "has never denied", "did not want").
/// </param>
public sealed record VerbBehaviour(bool Inverts, VerbContent Content, bool BareClause, bool ReportsBefore, bool Listener, string NotBefore,
    bool Nests = true, bool Negated = true)
{
    public static readonly VerbBehaviour Default = new(false, VerbContent.Any, false, false, false, "");

    /// <summary>Only a marked clause can follow as content (<see cref="VerbContent.Describing"/> verbs also take "X as Y").</summary>
    public bool NeedsClause => Content is VerbContent.Clause or VerbContent.Describing or VerbContent.Finding;

    /// <summary>Reads the behaviour columns of one row; empty or absent cells take the defaults.</summary>
    internal static VerbBehaviour Read(string path, int line, Func<string, string> field)
    {
        var contentText = field("content");
        var content = LexiconText.Normalise(contentText) switch
        {
            "" or "any" => VerbContent.Any,
            "clause" => VerbContent.Clause,
            "naming" => VerbContent.Naming,
            "describing" => VerbContent.Describing,
            "finding" => VerbContent.Finding,
            _ => throw new LexiconException($"{path}:{line}: the content '{contentText}' must be any, clause, naming, describing or finding."),
        };
        var behaviour = new VerbBehaviour(
            Flag(path, line, field, "inverts"),
            content,
            Flag(path, line, field, "bare_clause"),
            Flag(path, line, field, "reports_before"),
            Flag(path, line, field, "listener"),
            LexiconText.Normalise(field("not_before")),
            !NoFlag(path, line, field, "nests"),
            !NoFlag(path, line, field, "negated"));
        if ((behaviour.BareClause || behaviour.ReportsBefore) && !behaviour.NeedsClause)
        {
            throw new LexiconException($"{path}:{line}: bare_clause and reports_before apply only to verbs whose content is 'clause'.");
        }
        if (behaviour.NotBefore.Contains(' ')) throw new LexiconException($"{path}:{line}: not_before must be a single word, not '{behaviour.NotBefore}'.");
        return behaviour;
    }

    /// <summary>A flag that is on unless the cell says no.</summary>
    private static bool NoFlag(string path, int line, Func<string, string> field, string column) =>
        LexiconText.Normalise(field(column)) != "" && !Flag(path, line, field, column);

    private static bool Flag(string path, int line, Func<string, string> field, string column)
    {
        var text = field(column);
        return LexiconText.Normalise(text) switch
        {
            "" or "no" => false,
            "yes" => true,
            _ => throw new LexiconException($"{path}:{line}: the column '{column}' must be yes, no or empty, not '{text}'."),
        };
    }
}
