namespace FramingAnalyzer.Sourcing;

/// <summary>
/// A mention as resolution sees it: where it is, the source mention it reads, how it names its source, the actor it
/// names (if any), what its form allows it to refer to, and the entity it resolved to (-1 until resolved).
/// </summary>
internal sealed class ResolverMention(int position, SourceMention source, MentionName name, Actor? actor, MentionForm form)
{
    public int Position { get; } = position;
    public SourceMention Source { get; } = source;
    public MentionName Name { get; } = name;
    public Actor? Actor { get; } = actor;
    public MentionForm Form { get; } = form;
    public int Entity { get; set; } = -1;
    /// <summary>For a name in the narrative, the earlier mention it is a shorter or equal way of naming ("Mr. Holm visited
    /// ..." after "Finance Minister Ada Holm, ..."): a later source resolved to it joins that mention's entity.</summary>
    public ResolverMention? Antecedent { get; set; }
    /// <summary>For a name in the narrative, whether a preposition stands right before it ("under President Ada Holm",
    /// "an interview with Jon Berg"): such a name is not the subject of its clause.</summary>
    public bool AfterPreposition { get; init; }
    /// <summary>For a one-word name in the narrative, whether it is a possessor ("Trump's remarks"): not the subject of its
    /// clause, so an antecedent for "he" or "she" only when no one else fits.</summary>
    public bool Possessor { get; init; }
    /// <summary>For a name in the narrative, whether it is one capitalised word ("Holm went on ..."): kept as a possible
    /// antecedent only when it is a shorter way of naming a person named before.</summary>
    public bool OneWord { get; init; }
    /// <summary>For a mention in the narrative, whether it is "the" and a title noun ("the president"): kept as a possible
    /// antecedent only when it names a person titled so before ("President Ada Holm").</summary>
    public bool TitleDescription { get; init; }
    /// <summary>For a title description, whether it opens its sentence ("The governor visited the plant."): the subject
    /// of that sentence, an antecedent for a later "he" or "she" even when no one titled so was named before.</summary>
    public bool OpensSentence { get; init; }
    /// <summary>Whether the head noun is a document the role lexicon knows ("the report", "a letter"): "it" may take it.</summary>
    public bool Document { get; init; }
    /// <summary>For a named person, the words of the role an apposition gives them, before its first preposition ("Rep.
    /// Ada Holm, the chairman of the oversight committee": "chairman"): a later "the chairman" may take the name.</summary>
    public string[] AppositionRole { get; init; } = [];
}

/// <summary>How a mention names its source: its words (normalised), the words without leading determiners and titles
/// ("the", "Mr", "Defence Minister"), and the text it is displayed with.</summary>
internal sealed record MentionName(string[] Tokens, string[] Stripped, string Display);

/// <summary>
/// What a mention's form says: indefinite ("a spokesman") or definite ("the ministry"), unnamed, a subject pronoun,
/// a person, a body, plural (or names joined by "and"), and its gender ('m', 'f' or '?') as titles and words tell.
/// </summary>
internal readonly record struct MentionForm(bool Indefinite, bool Definite, bool Anonymous, string? Pronoun, bool Person, bool Org, bool Plural, char Gender);
