namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Which evidence settled a source's type (attributions.csv <c>type_evidence</c>), strongest first: the actor lexicon
/// names the source; a role word or title in the head ("Sen.", "spokesman", "economist"); an actor or role word in the
/// apposition ("Ilse Marr, an economist at ..."); the source is a capital or seat of government ("Moscow", "the
/// Kremlin"); a capitalised name ends in an institution word ("... Ministry", "... Times"); an actor or role word
/// elsewhere in the phrase or its relative clause; a party tag ("(D-Mo.)"); for names joined by "and", the type their
/// fuller earlier mentions agree on ("Orlov and Aydin" after "Russian President Pavel Orlov" ...); a bare name that only
/// signs quotations with a dash, or a given name alone ("said Darla": both a member of the public), unless the list of public figures knows the name: a well-known
/// person the article names without describing ("Trump said") takes the type of their role on the article's date
/// (public_figure); what a person named without a role does ("has lived in Flint for 30 years": predicate); for a spokesperson or aide of someone the lexicons do not know, the type that someone has as a source
/// of the same article or in the list of public figures; the speaker label of a transcript that asks the questions
/// (interviewer, media); "I" outside quotation marks, the writer of a column (author, media); the source-type model; the model was unsure (type unknown); nothing.
/// </summary>
public static class TypeEvidence
{
    public const string Actor = "actor";
    public const string Role = "role";
    public const string Apposition = "apposition";
    public const string SeatOfGovernment = "seat_of_government";
    public const string Institution = "institution";
    public const string Phrase = "phrase";
    public const string PartyTag = "party_tag";
    /// <summary>Names joined by "and" whose fuller earlier mentions agree on a type.</summary>
    public const string Conjuncts = "conjuncts";
    /// <summary>An office-holder whom a mention shows campaigning ("Gov. Ada Lind, who is campaigning for the nominee",
    /// "..., the Democrats' candidate for governor"), or a former one whom the article shows backing a candidate
    /// ("Retired Gen. Ada Quist ... Quist has endorsed the nominee"): political rather than official or expert.</summary>
    public const string Campaign = "campaign";
    /// <summary>A well-known person of <c>public_figures.csv</c> named but not described by the article ("Pence told ..."),
    /// typed by their role on the article's date. The article's own words (role, apposition ...) win over it; it wins over
    /// a signed quotation, the principal and the model.</summary>
    public const string PublicFigure = "public_figure";
    /// <summary>What a person named without a role does, right after the name or in a relative clause ("Linda Marsh has
    /// lived in Flint for 30 years": citizen; "who teaches law": expert), as <c>person_predicates.csv</c> says.</summary>
    public const string Predicate = "predicate";
    /// <summary>A bare name that only signs quotations ("\"...\" ― Luis Ortega"), or "I" in a letter signed with a bare
    /// name (a paragraph "Ada Brisk." after it): a member of the public.</summary>
    public const string SignedQuote = "signed_quote";
    /// <summary>A person named by a given name alone, perhaps with an age, whom nothing else types and the list of public
    /// figures does not know ("said Darla", "Tamika, 24,"): news names members of the public so.</summary>
    public const string GivenName = "given_name";
    /// <summary>A social-media handle that nothing else types ("@harbor_watch42 pointed out"): a user, a member of the public.</summary>
    public const string Handle = "handle";
    /// <summary>A source that speaks for someone the lexicons do not know, typed as that someone is elsewhere in the article
    /// ("Clinton's communications director" after "Democratic nominee Hillary Clinton").</summary>
    public const string Principal = "principal";
    /// <summary>A transcript's speaker label that asks the questions ("WALLACE: ... Why would he do that?"): the interviewer, media.</summary>
    public const string Interviewer = "interviewer";
    /// <summary>"I" outside quotation marks in an article that is no transcript and no signed letter: the writer, media.</summary>
    public const string Author = "author";
    public const string Model = "model";
    public const string ModelUnsure = "model_unsure";
    public const string None = "none";

    /// <summary>The rule-based evidence in order of strength (a lower index wins across a source's mentions).</summary>
    internal static IReadOnlyList<string> RuleOrder { get; } = [Actor, Role, Apposition, SeatOfGovernment, Institution, Phrase, PartyTag, Conjuncts, SignedQuote];
}
