namespace FramingAnalyzer.Sourcing;

/// <summary>
/// One distinct source within an article (a person or a body), with the name it is counted under and the mention that
/// best describes it (its first full mention), which the classifier reads.
/// </summary>
public sealed class SourceEntity
{
    internal SourceEntity(int id, string key, string canonical, SourceMention representative, Actor? actor)
    {
        Id = id;
        Key = key;
        Canonical = canonical;
        Representative = representative;
        Actor = actor;
    }

    public int Id { get; }
    /// <summary>Normalised identity within the article ("actor:Viktor Sarno", "name:hulusi akar").</summary>
    public string Key { get; }
    public string Canonical { get; }
    public SourceMention Representative { get; }
    /// <summary>The actor-lexicon entry the source was matched to, if any.</summary>
    public Actor? Actor { get; }
    /// <summary>For names joined by "and", the fuller earlier mention of each name, when every name has one.</summary>
    internal List<SourceMention> Conjuncts { get; } = [];
    /// <summary>For a person first named by a short form ("Mr. Obama", "De Blasio"), the fuller mentions of the same name
    /// later in the narrative ("President Obama flew ...", "Mayor Bill de Blasio visited ..."), read when the source's own
    /// mentions give no type or affiliation.</summary>
    internal List<SourceMention> LaterFullerMentions { get; } = [];
    /// <summary>For a person named in full or in short, later mentions of the same or a shorter name that carry a
    /// description ("since Mr. Verlund, a constitutional scholar, once taught ..." after "Kai Verlund likened ..."), read
    /// when nothing else types the source, not even the list of public figures.</summary>
    internal List<SourceMention> LaterDescribedMentions { get; } = [];
    /// <summary>For a source first named with a possessive pronoun ("his advisers"), the entity the pronoun refers to
    /// (-1 when that is no source of the article) and the mention it was found at; null when there is none.</summary>
    internal int PossessorEntity { get; set; } = -1;
    internal SourceMention? PossessorMention { get; set; }
    /// <summary>'m', 'f' or '?' as far as titles, role words and resolved pronouns tell.</summary>
    public char Gender { get; internal set; } = '?';
}
