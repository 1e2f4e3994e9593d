using FramingAnalyzer.Model;
using FramingAnalyzer.Text;

using static FramingAnalyzer.Sourcing.MentionText;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Canonicalises sources within an article so that one person or body counts once. In text order:
/// a source that matches the actor lexicon takes the actor's canonical name; a pronoun (he, she, it, they) takes the
/// nearest earlier compatible mention (person for he/she with matching gender cues, body or document for it, group or
/// body for they), searched from the first of a run of sentences that open with the same pronoun; for he/she a person
/// named after a preposition yields to a fitting person earlier in that sentence, and a surname alone in the narrative
/// counts as the person named in full before ("Orr never gave up" after "Governor Pavel Orr"), as does "the" and a title
/// noun ("In defeat, the president appeared cowed" after "President Pavel Orr");
/// a short name or definite description ("Veld", "Mr Veld", "the ministry", "the minister") takes the nearest earlier
/// mention it is a suffix of (or, for "the X", a word of), and "the group"/"the agency" the nearest body. Earlier
/// mentions include named people and bodies in the narrative (actor-lexicon matches and capitalised names outside
/// quotations), so "Defence Minister Rasmus Veld visited ... 'We are ready,' Veld said. He added ..." counts one source.
/// Anything else is a new source named by its head phrase (or by its apposition when that is a name: "Its spokesman,
/// Sami Orlo"). Continued quotations take their opener's source.
/// </summary>
public sealed class SourceResolver
{
    private readonly ActorLexicon _actors;
    private readonly AnonymityRule? _anonymity;
    private readonly SourceRoleLexicon? _roles;
    private readonly PhraseLexicon? _nationalities;
    private readonly PhraseLexicon? _institutions;
    private readonly ResolutionWords _words;
    private readonly NarrativeMentionFinder _narrative;
    private readonly Func<DocumentText, Func<string, char?>>? _listedPeople;
    private readonly PhraseLexicon? _seats;

    /// <param name="anonymous">When given, an unnamed mention of an actor ("government officials") is kept apart from the
    /// named actor ("the government").</param>
    /// <param name="roles">When given, a role word right before a surname ("Minister Veld") keeps the match; another
    /// capitalised word there ("Stefan Brandt") means another person.</param>
    /// <param name="nationalities">When given, a nationality right before an actor's name means another body.</param>
    /// <param name="words">Speaker nouns and generic body nouns (the shipped files unless given).</param>
    /// <param name="listedPeople">For one article, a lookup of one-word names that name one well-known person on its day
    /// (the list of public figures), with their gender: such a name in the narrative ("Obama spoke in Philadelphia") is an
    /// antecedent for "he" or "she" even when the article never names the person in full.</param>
    /// <param name="seats">Capitals and seats of government ("the Pentagon", "the Kremlin"): bodies, so "it".</param>
    internal SourceResolver(ActorLexicon actors, AnonymousMarkers? anonymous, SourceRoleLexicon? roles, PhraseLexicon? nationalities,
        ResolutionWords? words, PhraseLexicon? institutions, Func<DocumentText, Func<string, char?>>? listedPeople, PhraseLexicon? seats)
        : this(actors, anonymous, roles, nationalities, words, institutions)
    {
        _listedPeople = listedPeople;
        _seats = seats;
    }

    public SourceResolver(ActorLexicon actors, AnonymousMarkers? anonymous = null, SourceRoleLexicon? roles = null, PhraseLexicon? nationalities = null,
        ResolutionWords? words = null, PhraseLexicon? institutions = null)
    {
        _words = words ?? ResolutionWords.Shipped;
        _institutions = institutions;
        _narrative = new NarrativeMentionFinder(actors, _words, roles, nationalities);
        _actors = actors;
        _roles = roles;
        _nationalities = nationalities;
        _anonymity = anonymous is null ? null : new AnonymityRule(anonymous);
    }

    private sealed class Builder
    {
        public List<SourceEntity> Entities { get; } = [];
        public Dictionary<string, int> ByKey { get; } = new(StringComparer.Ordinal);
        /// <summary>Per entity, the mention that created it.</summary>
        public List<ResolverMention> Firsts { get; } = [];
        /// <summary>People named as possessors in the narrative ("Trump's remarks"), in text order: antecedents of last resort.</summary>
        public List<ResolverMention> Possessors { get; } = [];

        public int GetOrCreate(string key, string canonical, ResolverMention first, Actor? actor)
        {
            if (ByKey.TryGetValue(key, out int id)) return id;
            id = Entities.Count;
            Entities.Add(new SourceEntity(id, key, canonical, first.Source, actor));
            Firsts.Add(first);
            ByKey[key] = id;
            return id;
        }
    }

    public SourceResolution Resolve(DocumentText text, IReadOnlyList<Attribution> attributions)
    {
        var builder = new Builder();
        var entityOf = new int[attributions.Count];
        var narrative = _narrative.Find(text, attributions);
        var seen = new List<ResolverMention>();
        var spoken = new List<(ResolverMention Speaker, TextSpan Content)>();
        var byHead = new Dictionary<TextSpan, int>();
        Func<string, char?>? listed = null;
        var order = Enumerable.Range(0, attributions.Count).Where(i => attributions[i].ContinuesFrom is null)
            .OrderBy(i => attributions[i].SourceHead.Start).ToList();
        int next = 0;
        foreach (int index in order)
        {
            var attribution = attributions[index];
            while (next < narrative.Count && narrative[next].Position < attribution.SourceHead.Start)
            {
                var linked = Linked(narrative[next++], seen);
                if (linked.Possessor)
                {
                    if (linked.Antecedent is { Form.Person: true } owner) builder.Possessors.Add(owner);
                    else if (linked.Antecedent is null && ListedPerson(text, ref listed, linked) is { } listedOwner) builder.Possessors.Add(listedOwner);
                    continue;
                }
                // A one-word name counts only as the short form of a person named before ("Holm" after "Ada Holm"), as a
                // well-known person the list gives that name on the article's day ("Obama spoke in Philadelphia"), or as
                // someone named by a given name alone ("Outside the arena, Luis held a sign. ... he said").
                if (!(linked.OneWord || linked.TitleDescription) || linked.Antecedent is { Form.Person: true }) seen.Add(linked);
                else if (linked.OneWord && linked.Antecedent is null && (ListedPerson(text, ref listed, linked) ?? GivenNameAlone(linked)) is { } person) seen.Add(person);
                // "The governor visited the plant. ... He said": a title description that opens its sentence is that
                // sentence's subject, a person the role word types, though no one titled so was named before.
                else if (linked.TitleDescription && linked.Antecedent is null && linked.OpensSentence) seen.Add(linked);
            }
            if (byHead.TryGetValue(attribution.SourceHead, out int known))
            {
                entityOf[index] = known;
                continue;
            }
            var mention = Describe(text, new SourceMention(attribution.SourceHead, attribution.Source, attribution.Qualifier, attribution.SentenceIndex, attribution.SourceApposition));
            mention.Entity = ResolveMention(text, builder, mention, seen, spoken, WhatWasSaid(text, attribution), ref listed);
            AddConjuncts(builder.Entities[mention.Entity], mention, seen);
            AddPossessor(text, builder, mention, seen);
            seen.Add(mention);
            spoken.Add((mention, WhatWasSaid(text, attribution)));
            byHead[attribution.SourceHead] = mention.Entity;
            entityOf[index] = mention.Entity;
        }
        for (int i = 0; i < attributions.Count; i++)
        {
            if (attributions[i].ContinuesFrom is int opener) entityOf[i] = entityOf[opener];
        }
        AttachLaterFullerMentions(text, builder, narrative);
        return new SourceResolution(builder.Entities, entityOf);
    }

    /// <summary>
    /// A person first named by a short form ("Mr. Obama believes ...", "De Blasio said ...") may be named in full only
    /// later, in the narrative ("Last week, President Obama flew ...", "Mayor Bill de Blasio visited ..."). Those later
    /// mentions are kept on the entity for the classifier, unless they name different people ("Bill Clinton" and
    /// "Hillary Clinton" for "Clinton").
    /// </summary>
    private static void AttachLaterFullerMentions(DocumentText text, Builder builder, List<ResolverMention> narrative)
    {
        for (int e = 0; e < builder.Entities.Count; e++)
        {
            var first = builder.Firsts[e];
            if (!first.Form.Person || first.Form.Pronoun is not null || first.Form.Definite || first.Form.Indefinite || first.Actor is not null) continue;
            var fuller = new List<ResolverMention>();
            var described = builder.Entities[e].LaterDescribedMentions;
            bool ambiguous = false;
            foreach (var candidate in narrative)
            {
                if ((candidate.Entity >= 0 && candidate.Entity != e) || candidate.Position <= first.Position || candidate.Form.Org || candidate.Form.Plural) continue;
                bool same = candidate.Name.Tokens.AsSpan().SequenceEqual(first.Name.Tokens);
                if (same || !Refers(first, candidate))
                {
                    if (Described(candidate) && !NoDescription(text, candidate) && (same || Refers(candidate, first))) described.Add(candidate.Source);
                    continue;
                }
                ambiguous |= fuller.Any(f => !Refers(f, candidate) && !Refers(candidate, f));
                fuller.Add(candidate);
            }
            if (ambiguous)
            {
                described.Clear();
                continue;
            }
            builder.Entities[e].LaterFullerMentions.AddRange(fuller.Select(f => f.Source));
        }
    }

    /// <summary>Whether what follows the name's comma is no description of it: a relative clause (what the person does), or,
    /// for the object of a preposition that opens its sentence ("For Verlund, the format was ..."), the sentence's subject.</summary>
    private static bool NoDescription(DocumentText text, ResolverMention mention)
    {
        if (RelativeClause(text, mention)) return true;
        var tokens = text.Document.Tokens;
        var sentence = text.Document.Sentences[mention.Source.SentenceIndex];
        int at = sentence.FirstToken;
        int end = sentence.FirstToken + sentence.TokenCount;
        while (at < end && tokens[at].End <= mention.Source.Head.Start) at++;
        return at - sentence.FirstToken is 1 or 2 && NarrativeMentionFinder.AfterPreposition(text, at)
            && tokens[sentence.FirstToken].Kind == TokenKind.Word && GrammarWords.Prepositions.Contains(text.Normalised.AsSpan(tokens[sentence.FirstToken].Start, tokens[sentence.FirstToken].Length));
    }

    /// <summary>Whether the words after the name's comma open a relative clause ("for Clinton, who needs young voters"): what
    /// the clause tells is what the person does, not what they are.</summary>
    private static bool RelativeClause(DocumentText text, ResolverMention mention)
    {
        var after = text.Normalised.AsSpan(mention.Source.Head.End, mention.Source.Phrase.End - mention.Source.Head.End).TrimStart(", ");
        return after.StartsWith("who ", StringComparison.Ordinal) || after.StartsWith("whose ", StringComparison.Ordinal);
    }

    /// <summary>Whether a narrative mention carries an apposition after its name.</summary>
    private static bool Described(ResolverMention mention) => mention.Source.Phrase.End > mention.Source.Head.End;

    /// <summary>
    /// For names joined by "and" ("Orlov and Aydin said"), the fuller earlier mention of each name ("Russian President
    /// Pavel Orlov", "Turkish President Kemal Aydin"), which the classifier reads when the names alone say nothing.
    /// </summary>
    private static void AddConjuncts(SourceEntity entity, ResolverMention mention, List<ResolverMention> seen)
    {
        if (!mention.Form.Plural || entity.Conjuncts.Count > 0) return;
        var words = mention.Name.Stripped;
        int and = Array.IndexOf(words, "and");
        if (and <= 0 || and >= words.Length - 1) return;
        var found = new List<SourceMention>(2);
        foreach (var conjunct in new[] { words[..and], words[(and + 1)..] })
        {
            var part = new ResolverMention(mention.Position, mention.Source, new MentionName(conjunct, Strip(conjunct), ""), null, default);
            ResolverMention? earlier = null;
            for (int i = seen.Count - 1; i >= 0 && earlier is null; i--)
            {
                if (seen[i].Name.Stripped.Length > part.Name.Stripped.Length && Refers(part, seen[i])) earlier = seen[i];
            }
            if (earlier is null) return;
            found.Add(earlier.Source);
        }
        entity.Conjuncts.AddRange(found);
    }

    /// <param name="said">What the mention's own attribution reports: a person named in it is not "he" or "she" who
    /// says it ("The president will chair the meeting, she said" after "Spokeswoman Mira Kest said President Ada Holm
    /// ...": the spokeswoman).</param>
    private int ResolveMention(DocumentText text, Builder builder, ResolverMention mention, List<ResolverMention> seen,
        List<(ResolverMention Speaker, TextSpan Content)> spoken, TextSpan said, ref Func<string, char?>? listed)
    {
        if (mention.Form.Pronoun is { } pronoun)
        {
            if (pronoun is "he" or "she" or "it" or "they")
            {
                int before = ChainStart(text, mention, pronoun);
                if (pronoun is "he" or "she" && PossessorBefore(text, mention, pronoun, seen, builder) is { } owner)
                {
                    int ownerEntity = Ensure(builder, owner);
                    builder.Entities[ownerEntity].Gender = pronoun == "he" ? 'm' : 'f';
                    return ownerEntity;
                }
                var subject = pronoun is "it" ? null : OwnSentenceSubject(text, mention, pronoun, seen, builder, ref listed);
                if (subject is not null)
                {
                    // The subject as a mention already seen (a source or a name in the narrative), else the phrase itself.
                    subject = seen.FindLast(m => m.Form.Pronoun is null && m.Position >= subject.Source.Head.Start && m.Position < subject.Source.Head.End) ?? subject;
                }
                if (pronoun == "they" && PluralSubjectBefore(text, mention) is { } plural)
                {
                    // The subject as a mention already seen ("Democrats" the source of "noted"), else the phrase itself.
                    var previous = seen.FindLast(m => m.Position >= plural.Source.Head.Start && m.Position < plural.Source.Head.End);
                    if (previous is null) return Ensure(builder, plural);
                    if (previous.Form.Pronoun is null) return Ensure(builder, previous);
                }
                for (int i = seen.Count - 1; i >= 0; i--)
                {
                    // "Elizabeth Warren and Bernie Sanders disagreed over whether he once told her ...": the one of two
                    // people joined by "and" whose given name fits the pronoun, when the other's does not.
                    if (pronoun is "he" or "she" && seen[i].Position < before && seen[i].Source.SentenceIndex >= mention.Source.SentenceIndex - 1
                        && GenderedConjunct(text, seen[i], pronoun) is { } conjunct)
                    {
                        return Gendered(builder, Ensure(builder, conjunct), pronoun);
                    }
                    if (seen[i].Position >= before || !Compatible(pronoun, seen[i], builder)) continue;
                    // Anyone before the sentence, or a body after its subject, yields to the subject of the pronoun's sentence.
                    if (subject is not null && (seen[i].Source.SentenceIndex < mention.Source.SentenceIndex || pronoun == "they" && seen[i].Form.Org && seen[i].Position > subject.Position))
                    {
                        return Gendered(builder, Ensure(builder, subject), pronoun);
                    }
                    if (pronoun is "he" or "she" && (SamePronounOpens(text, seen[i], pronoun) || NamedInWhatIsSaid(text, seen[i], mention, said, spoken))) continue;
                    // "For Janine Ostrowski, a hygienist from Elm Grove, ... she said": a name whose gender nothing tells
                    // yields to one before it in its sentence whose given name fits the pronoun.
                    if (pronoun is "he" or "she" && seen[i].Entity < 0 && seen[i].Actor is null && !seen[i].OneWord && seen[i].Antecedent is null && GenderOfCandidate(seen[i], builder) == '?' && FittingNameBefore(pronoun, i, seen, builder) is int fitting) i = fitting;
                    var antecedent = pronoun is "he" or "she"
                        ? SubjectBefore(text, pronoun, i, seen, builder, mention.Source.SentenceIndex) ?? SpeakerBeforeOblique(pronoun, i, seen, builder, spoken, mention.Source.SentenceIndex) ?? seen[i]
                        : seen[i];
                    if (pronoun is "he" or "she" && (!spoken.Exists(s => ReferenceEquals(s.Speaker, antecedent)) || WithinWhatWasSaid(antecedent, spoken)))
                    {
                        // "Mr. Guajardo argues there is no point in answering Mr. Trump's threats. ... he told me": the
                        // speaker, not a person named in what the speaker said.
                        antecedent = SpeakerReporting(antecedent, mention.Position, pronoun, builder, spoken) ?? antecedent;
                    }
                    // "The city sent a letter. It says ...": the letter; "Russia denied the report. It said ...": Russia,
                    // whose denial the report is the object of.
                    if (pronoun == "it" && DocumentBefore(text, mention, antecedent.Position) is { } document
                        && !spoken.Exists(s => ReferenceEquals(s.Speaker, antecedent) && s.Content.Start <= document.Position && document.Position < s.Content.End)) antecedent = document;
                    if (pronoun == "they" && antecedent.Form.Org && !antecedent.Form.Plural && CoordinatedBefore(text, i, seen) is { } people) antecedent = people;
                    int entity = Ensure(builder, antecedent);
                    if (pronoun is "he" or "she") builder.Entities[entity].Gender = pronoun == "he" ? 'm' : 'f';
                    return entity;
                }
                if (subject is not null) return Gendered(builder, Ensure(builder, subject), pronoun);
                if (pronoun == "it" && DocumentBefore(text, mention, -1) is { } onlyDocument) return Ensure(builder, onlyDocument);
                if (pronoun is "he" or "she" && OnlyPossessor(mention, pronoun, builder) is { } possessor)
                {
                    int possessorEntity = Ensure(builder, possessor);
                    builder.Entities[possessorEntity].Gender = pronoun == "he" ? 'm' : 'f';
                    return possessorEntity;
                }
            }
            if (pronoun == "who" && RelativeAntecedent(mention, seen) is { } named) return Ensure(builder, named);
            return builder.GetOrCreate("pronoun:" + pronoun, mention.Name.Display, mention, null);
        }
        if (mention.Actor is not null && !mention.Form.Indefinite)
        {
            // A surname the lexicon knows may still be the surname of someone named earlier ("Stefan Brandt ... Brandt said").
            if (mention.Form.Person && !mention.Form.Definite && mention.Name.Stripped.Length == 1)
            {
                for (int i = seen.Count - 1; i >= 0; i--)
                {
                    if (seen[i].Actor != mention.Actor && seen[i].Name.Stripped.Length > 1
                        && (seen[i].Form.Person && Refers(mention, seen[i]) || SurnameWrittenFirst(mention, seen[i]))) return Ensure(builder, seen[i]);
                }
            }
            return Ensure(builder, mention);
        }
        if (PairDescription(mention) && CoordinatedPeopleBefore(mention, seen) is { } pair) return Ensure(builder, pair);
        if (!mention.Form.Indefinite)
        {
            if (FirstNamedBearer(mention, seen) is { } bearer) return Ensure(builder, bearer);
            for (int i = seen.Count - 1; i >= 0; i--)
            {
                if (Refers(mention, seen[i]) || AcronymOf(text, mention, seen[i])) return Ensure(builder, seen[i]);
            }
            for (int i = seen.Count - 1; i >= 0; i--)
            {
                if (SurnameWrittenFirst(mention, seen[i])) return Ensure(builder, seen[i]);
            }
            if (mention.Name.Tokens.Length == 2 && mention.Name.Tokens[0] == "the" && GenericBody(text, mention.Name.Stripped[0], seen, mention.Position) is { } body)
            {
                return Ensure(builder, body);
            }
            if (EpithetAntecedent(text, mention, seen) is { } topic) return Ensure(builder, topic);
        }
        return Ensure(builder, mention);
    }

    /// <summary>
    /// The body "the <paramref name="noun"/>" stands for ("the group", "the automaker"), when the noun is a generic body
    /// noun: the nearest body before <paramref name="before"/> of a type the noun fits ("the group" → an armed group or
    /// NGO), else the nearest body, unless that one is named by another body noun, or is a listed body, of no fitting type.
    /// Null otherwise.
    /// </summary>
    private ResolverMention? GenericBody(DocumentText text, string noun, List<ResolverMention> seen, int before)
    {
        if (!_words.GenericBodies.TryGetValue(noun, out var types)) return null;
        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = seen.Count - 1; i >= 0; i--)
            {
                var candidate = seen[i];
                if (candidate.Position >= before) continue;
                var institution = InstitutionTypeOf(text, candidate);
                // A body of the actor list whose name looks plural ("the United Auto Workers") is one for "the union".
                // So is one of a fitting type whose name only looks like a person's, two capitalised words with no given
                // name ("Planned Parenthood" for "the group").
                bool listedBody = candidate.Actor is { } listed && (!candidate.Form.Person || candidate.Form.Gender == '?' && types.Contains(listed.SourceType));
                if (!(candidate.Form.Org || institution is not null || listedBody) || candidate.Form.Pronoun is not null) continue;
                if (pass == 0 && !(candidate.Actor is { } a && types.Contains(a.SourceType)) && !(institution is not null && types.Contains(institution))) continue;
                // "the EB-5 Investment Coalition" is no "agency", whatever type its name gives it: another body noun of no
                // fitting type.
                if (pass == 0 && OtherGenericNoun(candidate, noun, types)) continue;
                // "the union" is not "the new company" named just before it (another body noun, of no fitting type): it is
                // a body of its own.
                if (pass == 1 && OtherBodyNoun(candidate, noun, types)) break;
                return candidate;
            }
        }
        return null;
    }

    /// <summary>Whether the mention's head is the first token of its sentence.</summary>
    private static bool FirstInSentence(DocumentText text, ResolverMention mention)
    {
        var (start, _) = text.TokenRange(mention.Source.Head, mention.Source.SentenceIndex);
        return start == text.Document.Sentences[mention.Source.SentenceIndex].FirstToken;
    }

    /// <summary>The type the institution lexicon gives a capitalised name's last word ("Delmont Motors": business), or null.</summary>
    private string? InstitutionTypeOf(DocumentText text, ResolverMention mention)
    {
        if (_institutions is null || mention.Form.Indefinite) return null;
        var (start, end) = text.TokenRange(mention.Source.Head, mention.Source.SentenceIndex);
        var tokens = text.Document.Tokens;
        if (mention.Form.Definite) return HeadBeforeOf(text, start + 1, end);
        if (end - start < 2 || !char.IsUpper(text.Document.Text[tokens[end - 1].Start])) return null;
        return _institutions.Exactly(text.Normalised, tokens, end - 1, end) ?? HeadBeforeOf(text, start, end);
    }

    /// <summary>The type of a capitalised institution word followed by "of" and a capitalised name ("the University of
    /// Eastmoor", "Department of Ports"): the body a later "the school" or "the department" stands for. Null otherwise.</summary>
    private string? HeadBeforeOf(DocumentText text, int start, int end)
    {
        var tokens = text.Document.Tokens;
        if (start + 2 >= end || !char.IsUpper(text.Document.Text[tokens[start].Start]) || text.Normalised.AsSpan(tokens[start + 1].Start, tokens[start + 1].Length) is not "of"
            || !char.IsUpper(text.Document.Text[tokens[start + 2].Start])) return null;
        return _institutions!.Exactly(text.Normalised, tokens, start, start + 1);
    }

    /// <summary>
    /// For a short definite description of a person that names no one before it ("The Indiana governor said ..." after
    /// "Mike Pence says ... The Republican vice presidential nominee was speaking ...", "the real estate mogul"), the person
    /// the text has just named: news calls the person it is writing about by an epithet. Only when exactly one person
    /// (by surname) is named in this sentence and the two before other than after a preposition ("of Donald Trump's
    /// tweets"), the genders do not clash, and the description's noun
    /// does not occur in those sentences outside that name ("Sen. Ada Holm met the governor. The governor said ..." is
    /// someone else). "Of" and lower-case words may follow the noun ("the former secretary of state"), a capitalised name
    /// may not ("the head of the Harbour Board"), nor a body of the actor lexicon before the noun ("the FBI director").
    /// Null otherwise.
    /// </summary>
    private ResolverMention? EpithetAntecedent(DocumentText text, ResolverMention mention, List<ResolverMention> seen)
    {
        var words = mention.Name.Tokens;
        if (!mention.Form.Person || mention.Form.Plural || words.Length is < 2 or > 5 || words[0] != "the") return null;
        var document = text.Document;
        var (headStart, headEnd) = text.TokenRange(mention.Source.Head, mention.Source.SentenceIndex);
        if (headEnd <= headStart || char.IsUpper(document.Text[document.Tokens[headEnd - 1].Start])) return null; // a lower-case noun: "governor", "mogul"
        foreach (var w in words) if (w is "for" or "at" or "and") return null;
        // "the former secretary of state" is an epithet; "the head of the Harbour Board" names a body.
        bool afterOf = false;
        for (int t = headStart; t < headEnd; t++)
        {
            if (afterOf && char.IsUpper(document.Text[document.Tokens[t].Start])) return null;
            afterOf |= text.Normalised.AsSpan(document.Tokens[t].Start, document.Tokens[t].Length).SequenceEqual("of");
        }
        // "The FBI director", "the Harbour Board chairman": the office of a body the lexicon knows, held by whoever
        // holds it, not another name for the person just named (party words stay: "the GOP nominee").
        for (int t = headStart; t < headEnd - 1; t++)
        {
            if (_actors.Match(text, t, headEnd - 1, out var body) > 0 && body.SourceType != SourceTypes.Political) return null;
        }
        int sentence = mention.Source.SentenceIndex;
        ResolverMention? topic = null;
        string? surname = null;
        for (int i = seen.Count - 1; i >= 0; i--)
        {
            var candidate = seen[i];
            int s = candidate.Source.SentenceIndex;
            if (s > sentence || candidate.Position >= mention.Position) continue;
            if (s < sentence - 2) break;
            if (!candidate.Form.Person || candidate.Form.Plural || candidate.Form.Pronoun is not null || candidate.Form.Definite || candidate.Form.Indefinite
                || candidate.Name.Stripped.Length == 0 || candidate.TitleDescription || candidate.AfterPreposition) continue;
            // A single capitalised word opening its sentence may be a common noun ("Officials said", "Witnesses said").
            if (candidate.Name.Tokens.Length == 1 && FirstInSentence(text, candidate)) continue;
            var last = candidate.Name.Stripped[^1];
            if (surname is null) (topic, surname) = (candidate, last);
            else if (last != surname) return null;
        }
        if (topic is null) return null;
        if (topic.Form.Gender != '?' && mention.Form.Gender != '?' && topic.Form.Gender != mention.Form.Gender) return null;
        if (OfficeOfSomeoneElse(text, mention, topic, headStart, headEnd)) return null;
        // The description's noun said of someone else nearby ("... met the governor."): not an epithet.
        var noun = text.Normalised.AsSpan(document.Tokens[headEnd - 1].Start, document.Tokens[headEnd - 1].Length);
        var (topicStart, topicEnd) = text.TokenRange(topic.Source.Head, topic.Source.SentenceIndex);
        int first = document.Sentences[Math.Max(0, sentence - 2)].FirstToken;
        for (int t = first; t < headStart; t++)
        {
            if (t >= topicStart && t < topicEnd) continue;
            if (text.Normalised.AsSpan(document.Tokens[t].Start, document.Tokens[t].Length).SequenceEqual(noun)) return null;
        }
        return topic;
    }


    /// <summary>
    /// Whether a description's noun is an office of the state ("the mayor", "the judge", "the attorney general") that the
    /// person just named does not bear as a title: news names such a person by the office, and the office is not an
    /// epithet of the candidate in the previous sentence. A past office still is one ("the former secretary of state"),
    /// and so is a title the person was named with ("Gov. Mike Pence" ... "the governor").
    /// </summary>
    private bool OfficeOfSomeoneElse(DocumentText text, ResolverMention mention, ResolverMention topic, int headStart, int headEnd)
    {
        if (_roles?.Head(text.Normalised, text.Document.Tokens, headStart, headEnd, headEnd) is not { } role) return false;
        // A spokesman or press secretary with no principal of their own most likely speaks for the person just named.
        if (role.Value.Type != SourceTypes.Official || role.Value.SpeaksForPrincipal) return false;
        foreach (var word in mention.Name.Tokens) if (word is "former" or "ex" or "retired") return false;
        var noun = text.Normalised.Substring(text.Document.Tokens[headEnd - 1].Start, text.Document.Tokens[headEnd - 1].Length);
        return !Titled(topic.Antecedent ?? topic, noun) && !Titled(topic, noun);
    }

    /// <summary>
    /// A bare surname when the article has named two people who bear it ("Senator Ada Holm" first, later "a photo of
    /// Ben Holm, her husband", then "Holm said"): news calls the person it introduced first by the surname alone and
    /// names relatives in full, so the surname goes to the first of them, not the nearest. Null when fewer than two
    /// people with the surname were named in full, or a title's gender rules the first out.
    /// </summary>
    private ResolverMention? FirstNamedBearer(ResolverMention mention, List<ResolverMention> seen)
    {
        if (mention.Name.Stripped.Length != 1 || mention.Form.Org || mention.Form.Plural || mention.Form.Definite) return null;
        ResolverMention? first = null;
        bool another = false;
        foreach (var candidate in seen)
        {
            var root = candidate.Antecedent ?? candidate;
            var name = root.Name.Stripped;
            // A full name: two to four words; the one taken starts with a given name the lexicon knows ("Hold Melania
            // Trump", from a headline, does not).
            if (root.Form.Org || root.Form.Plural || name.Length is < 2 or > 4 || name.Contains("of") || name.Contains("and")
                || !Refers(mention, root)) continue;
            if (first is null)
            {
                if (!root.Form.Person || _words.GenderOfGivenName(name[0]) == '?') return null;
                if (mention.Form.Gender != '?' && root.Form.Gender != '?' && root.Form.Gender != mention.Form.Gender) return null;
                first = root;
            }
            else if (name[0] != first.Name.Stripped[0])
            {
                another = true;
            }
        }
        return another ? first : null;
    }

    /// <summary>Whether a body ends in another generic body noun whose types do not meet <paramref name="types"/> ("Mr.
    /// Holm's new company" for "the union"), so it is another body.</summary>
    private bool OtherBodyNoun(ResolverMention candidate, string noun, string[] types)
    {
        // "Apple refused to help the FBI ... The company said": a listed body of another type is not the company.
        if (candidate.Actor is { } listed && !types.Contains(listed.SourceType)) return true;
        return OtherGenericNoun(candidate, noun, types);
    }

    /// <summary>Whether the candidate's name ends in another generic body noun, none of whose types the noun allows.</summary>
    private bool OtherGenericNoun(ResolverMention candidate, string noun, string[] types)
    {
        var last = candidate.Name.Stripped.Length > 0 ? candidate.Name.Stripped[^1] : "";
        return last != noun && _words.GenericBodies.TryGetValue(last, out var own) && !own.Any(types.Contains);
    }

    /// <summary>The name a relative "who" as a source stands for: the nearest person, group or body named before it in
    /// the same sentence ("with Hillary Clinton — who's called for higher taxes —": Clinton).</summary>
    private static ResolverMention? RelativeAntecedent(ResolverMention who, List<ResolverMention> seen)
    {
        for (int i = seen.Count - 1; i >= 0; i--)
        {
            var candidate = seen[i];
            if (candidate.Source.SentenceIndex != who.Source.SentenceIndex) return null;
            if (candidate.Form.Pronoun is null && candidate.Position < who.Position && (candidate.Form.Person || candidate.Form.Org || candidate.Form.Plural)) return candidate;
        }
        return null;
    }

    /// <summary>
    /// The person an earlier short form named when this is the first full mention of them (in an attribution or in the
    /// narrative): the headline's "De Blasio says ..." and later "Mayor Bill de Blasio described ...". Only when exactly
    /// one person so far was first named by a short form that ends this name.
    /// </summary>
    private static int? ShortFormBefore(Builder builder, ResolverMention mention)
    {
        if (!mention.Form.Person || mention.Form.Pronoun is not null || mention.Actor is not null || mention.Name.Stripped.Length < 2) return null;
        int? found = null;
        for (int e = 0; e < builder.Entities.Count; e++)
        {
            var first = builder.Firsts[e];
            if (!first.Form.Person || first.Form.Pronoun is not null || first.Form.Definite || first.Actor is not null) continue;
            if (first.Name.Stripped.Length >= mention.Name.Stripped.Length || !Refers(first, mention)) continue;
            if (found is not null) return null;
            found = e;
        }
        return found;
    }

    /// <summary>A one-word narrative name that is a given name ("Luis", not "LUIS" nor a place) as a person of that name's
    /// gender, or null.</summary>
    private ResolverMention? GivenNameAlone(ResolverMention oneWord)
    {
        if (oneWord.Name.Stripped.Length != 1 || oneWord.Form.Org || oneWord.Form.Plural || oneWord.Actor is not null) return null;
        if (!IsCapitalisedName(oneWord.Name.Display)) return null;
        char gender = _words.GenderOfGivenName(oneWord.Name.Stripped[0]);
        if (gender == '?') return null;
        return new ResolverMention(oneWord.Position, oneWord.Source, oneWord.Name, null, oneWord.Form with { Person = true, Gender = gender })
        {
            AfterPreposition = oneWord.AfterPreposition,
        };
    }

    /// <summary>A one-word narrative name as the well-known person it names on the article's day, or null.</summary>
    private ResolverMention? ListedPerson(DocumentText text, ref Func<string, char?>? listed, ResolverMention oneWord)
    {
        if (_listedPeople is null || oneWord.Name.Stripped.Length != 1 || oneWord.Form.Org || oneWord.Form.Plural) return null;
        listed ??= _listedPeople(text);
        if (listed(oneWord.Name.Stripped[0]) is not { } gender) return null;
        return new ResolverMention(oneWord.Position, oneWord.Source, oneWord.Name, null, oneWord.Form with { Person = true, Gender = gender })
        {
            AfterPreposition = oneWord.AfterPreposition,
        };
    }

    /// <summary>
    /// A name in the narrative that names someone mentioned before ("Mr. Holm" after "Finance Minister Ada Holm") is
    /// linked to that earlier mention, so a source resolved to it later joins the first full mention's entity rather
    /// than starting a new one, and is typed by what that mention says.
    /// </summary>
    private static ResolverMention Linked(ResolverMention narrative, List<ResolverMention> seen)
    {
        if (narrative.Actor is not null || narrative.Form.Plural) return narrative;
        for (int i = seen.Count - 1; i >= 0; i--)
        {
            var earlier = seen[i];
            if (narrative.TitleDescription)
            {
                // "the president": the nearest person whose name carries the title ("President Ada Holm", "Sen. Tom Varga").
                if (earlier.Form.Pronoun is not null || earlier.Form.Plural || earlier.Form.Org || !Titled(earlier, narrative.Name.Tokens[1].Replace("'s", "").Replace("’s", ""))) continue;
                narrative.Antecedent = earlier.Antecedent ?? earlier;
                break;
            }
            if (earlier.Form.Plural || earlier.Form.Indefinite || earlier.Form.Org != narrative.Form.Org) continue;
            if (!Refers(narrative, earlier)) continue;
            narrative.Antecedent = earlier.Antecedent ?? earlier;
            break;
        }
        return narrative;
    }

    /// <summary>Whether a mention's name carries a word or title noun, written out or abbreviated ("President", "Sen.", "Gov.").</summary>
    private static bool Titled(ResolverMention mention, string title)
    {
        foreach (var token in mention.Name.Tokens)
        {
            if (SameTitle(token, title)) return true;
        }
        return false;
    }

    /// <summary>Whether a word of a name is the title noun, written out or abbreviated ("Gov." for governor).</summary>
    private static bool SameTitle(string token, string title)
    {
        var word = token.TrimEnd('.');
        return word == title || TitleAbbreviations.TryGetValue(word, out var full) && Array.IndexOf(full, title) >= 0;
    }

    /// <summary>The title abbreviations of news copy and the nouns a later "the ..." uses for them.</summary>
    private static readonly Dictionary<string, string[]> TitleAbbreviations = new(StringComparer.Ordinal)
    {
        ["sen"] = ["senator"], ["gov"] = ["governor"], ["rep"] = ["congressman", "congresswoman", "representative", "lawmaker"],
        ["gen"] = ["general"], ["lt"] = ["lieutenant"], ["col"] = ["colonel"], ["sgt"] = ["sergeant"], ["capt"] = ["captain"],
        ["adm"] = ["admiral"], ["amb"] = ["ambassador"], ["prof"] = ["professor"], ["sec"] = ["secretary"], ["supt"] = ["superintendent"],
        ["atty"] = ["attorney"], ["dr"] = ["doctor"],
    };

    /// <summary>
    /// For a source first named with a possessive pronoun ("his advisers", "her spokeswoman"), the person or body the
    /// pronoun refers to, found as for he, she or they: the source it already is, or its mention in the narrative. The
    /// classifier gives a role that only speaks for someone the possessor's type. A source named first in the narrative
    /// ("he summoned his senior climate adviser, Brian Deese ... Mr. Deese said") is read from that first mention.
    /// </summary>
    private void AddPossessor(DocumentText text, Builder builder, ResolverMention mention, List<ResolverMention> seen)
    {
        var entity = builder.Entities[mention.Entity];
        var first = builder.Firsts[mention.Entity];
        if (entity.PossessorMention is not null || first.Position > mention.Position) return;
        mention = first;
        var (at, end) = text.TokenRange(mention.Source.Head, mention.Source.SentenceIndex);
        if (at >= end) return;
        // "its spokeswoman", "the group's president"; in the apposition "Rick Pollack, its president", "Ada Holm, a
        // spokeswoman for the group".
        var parts = MentionParts.Of(text, mention.Source);
        var owner = RoleOwner.Find(text, at, end, _words.GenericBodies)
            ?? (parts.HasApposition ? RoleOwner.Find(text, parts.AppositionStart, parts.AppositionFirstEnd, _words.GenericBodies) : null);
        if (owner is not { } found) return;
        if (found.BodyNoun is { } noun)
        {
            // "The group's president" after "the NAACP": the body the generic noun stands for.
            if (GenericBody(text, noun, seen, mention.Position) is not { } body) return;
            int owning = Ensure(builder, body);
            if (owning == mention.Entity) return;
            entity.PossessorEntity = owning;
            entity.PossessorMention = body.Source;
            return;
        }
        string pronoun = found.Pronoun!;
        for (int i = seen.Count - 1; i >= 0; i--)
        {
            if (seen[i].Position >= mention.Position || !Compatible(pronoun, seen[i], builder)) continue;
            // "Its executive director": the body of this or the sentence before, not one named paragraphs earlier.
            if (pronoun == "it" && seen[i].Source.SentenceIndex < mention.Source.SentenceIndex - 1) return;
            var antecedent = pronoun is "he" or "she" ? SubjectBefore(text, pronoun, i, seen, builder, mention.Source.SentenceIndex) ?? seen[i] : seen[i];
            if ((antecedent.OneWord || antecedent.TitleDescription) && antecedent.Antecedent is { } named) antecedent = named;
            // "Its president": the body, as for "the group's president", even when it is no source of the article.
            int possessor = antecedent.Entity >= 0 ? antecedent.Entity : antecedent.Antecedent?.Entity ?? (pronoun == "it" ? Ensure(builder, antecedent) : -1);
            if (possessor == mention.Entity) return;
            entity.PossessorEntity = possessor;
            entity.PossessorMention = antecedent.Source;
            return;
        }
    }

    /// <summary>The entity, with the gender "he" or "she" gives it.</summary>
    /// <summary>
    /// For two names joined by "and" ("Elizabeth Warren and Bernie Sanders"), the one whose given name tells the gender
    /// <paramref name="pronoun"/> ("he" or "she") needs, when the other's given name tells the other gender; null
    /// otherwise (one name, more than two, a given name of either gender or none).
    /// </summary>
    private ResolverMention? GenderedConjunct(DocumentText text, ResolverMention candidate, string pronoun)
    {
        if (!candidate.Form.Plural || candidate.Form.Pronoun is not null || candidate.Name.Tokens.Count(w => w == "and") != 1) return null;
        var tokens = text.Document.Tokens;
        int s = candidate.Source.SentenceIndex;
        var (start, end) = text.TokenRange(candidate.Source.Head, s);
        int and = -1;
        for (int t = start; t < end; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length) is "and") { and = t; break; }
        }
        if (and <= start || and >= end - 1) return null;
        char first = GivenNameGender(text, start), second = GivenNameGender(text, and + 1);
        char wanted = pronoun == "he" ? 'm' : 'f';
        if (first == '?' || second == '?' || first == second) return null;
        var (from, to) = first == wanted ? (start, and) : (and + 1, end);
        var span = new TextSpan(tokens[from].Start, tokens[to - 1].End);
        var conjunct = Describe(text, new SourceMention(span, span, new TextSpan(span.End, span.End), s));
        return conjunct.Form.Person && conjunct.Form.Pronoun is null ? conjunct : null;
    }

    /// <summary>The gender the capitalised given name at token <paramref name="t"/> tells, when a capitalised word follows it.</summary>
    private char GivenNameGender(DocumentText text, int t)
    {
        var tokens = text.Document.Tokens;
        if (t + 1 >= tokens.Length || tokens[t].Kind != TokenKind.Word || !char.IsUpper(text.Document.Text[tokens[t].Start])
            || tokens[t + 1].Kind != TokenKind.Word || !char.IsUpper(text.Document.Text[tokens[t + 1].Start])) return '?';
        return _words.GenderOfGivenName(text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length));
    }

    private static int Gendered(Builder builder, int entity, string pronoun)
    {
        if (pronoun is "he" or "she") builder.Entities[entity].Gender = pronoun == "he" ? 'm' : 'f';
        return entity;
    }

    private static int Ensure(Builder builder, ResolverMention mention)
    {
        if (mention.Entity >= 0) return mention.Entity;
        if (mention.Antecedent is { } antecedent) return mention.Entity = Ensure(builder, antecedent);
        string key, canonical;
        if (mention.Actor is { } actor && !mention.Form.Indefinite && !mention.Form.Anonymous)
        {
            key = "actor:" + actor.Canonical;
            canonical = actor.Canonical;
        }
        else if (mention.Actor is { } unnamed && !mention.Form.Indefinite)
        {
            key = "unnamed:" + unnamed.Canonical;
            canonical = mention.Name.Display;
        }
        else
        {
            key = "name:" + string.Join(' ', mention.Form.Indefinite ? mention.Name.Tokens : mention.Name.Stripped);
            canonical = mention.Name.Display;
        }
        if (!builder.ByKey.ContainsKey(key) && ShortFormBefore(builder, mention) is int named) builder.ByKey[key] = named;
        mention.Entity = builder.GetOrCreate(key, canonical, mention, mention.Actor);
        var entity = builder.Entities[mention.Entity];
        if (entity.Gender == '?') entity.Gender = mention.Form.Gender;
        return mention.Entity;
    }

    /// <summary>
    /// Where the search for a pronoun's antecedent starts: the pronoun itself, or, when it opens its sentence and the
    /// sentences before it open with the same pronoun ("She has faced ... her husband, Senator Ben Holm ... . She has
    /// called ..."), the first of those: a run of sentences on one subject keeps it, whoever is named inside them.
    /// </summary>
    private static int ChainStart(DocumentText text, ResolverMention mention, string pronoun)
    {
        var sentences = text.Document.Sentences;
        int s = mention.Source.SentenceIndex;
        if (s < 0 || s >= sentences.Count || OpeningPronoun(text, s) is not { } opening || text.Document.Tokens[opening].Start != mention.Position) return mention.Position;
        int start = mention.Position;
        while (s > 0 && OpeningPronoun(text, s - 1) is { } earlier && text.Normalised.AsSpan(text.Document.Tokens[earlier].Start, text.Document.Tokens[earlier].Length).SequenceEqual(pronoun))
        {
            start = text.Document.Tokens[earlier].Start;
            s--;
        }
        return start;
    }

    /// <summary>
    /// For "It" opening its sentence, a document named in the narrative of the sentence before, after <paramref name="after"/>
    /// and nearer than any body: "The city sent a letter on Thursday. It says the campaign broke the law" (the letter). A
    /// singular noun the role lexicon calls a document, outside quotations and not a modifier (followed by punctuation,
    /// a capitalised word, a preposition or a subordinator), with its determiner and modifiers. Null when there is none.
    /// </summary>
    private ResolverMention? DocumentBefore(DocumentText text, ResolverMention pronoun, int after)
    {
        if (_roles is null) return null;
        var tokens = text.Document.Tokens;
        var sentences = text.Document.Sentences;
        int s = pronoun.Source.SentenceIndex;
        var (at, _) = text.TokenRange(pronoun.Source.Head, s);
        // Only "It" opening its sentence, for a document in the sentence before ("the number of fighters it said were
        // killed" after "the army's account" is the army, not the account).
        if (s == 0 || OpeningPronoun(text, s) != at) return null;
        int first = sentences[s - 1].FirstToken;
        for (int t = sentences[s].FirstToken - 1; t >= first; t--)
        {
            if (tokens[t].Start <= after) return null;
            if (tokens[t].Kind != TokenKind.Word || tokens[t].InQuote || char.IsUpper(text.Document.Text[tokens[t].Start])) continue;
            var word = text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length);
            if (word.EndsWith("s") && !word.EndsWith("ss") && !word.EndsWith("us") && !word.EndsWith("is")) continue;
            if (!IsDocument(text, t) || !EndsNounPhrase(text, t + 1, at)) continue;
            int start = t;
            for (int back = 1; back <= 4 && t - back >= first; back++)
            {
                var token = tokens[t - back];
                if (token.InQuote || token.Kind != TokenKind.Word) break;
                if (GrammarWords.Determiners.Contains(text.Normalised.AsSpan(token.Start, token.Length)))
                {
                    start = t - back;
                    break;
                }
            }
            int sentence = s;
            while (sentence > 0 && sentences[sentence].FirstToken > t) sentence--;
            var span = new TextSpan(tokens[start].Start, tokens[t].End);
            return Describe(text, new SourceMention(span, span, new TextSpan(span.End, span.End), sentence));
        }
        return null;
    }

    /// <summary>
    /// For "They" opening its sentence, the plural common noun that opens the sentence before as its subject, with up to
    /// three words before it, when a lower-case word that is no preposition follows it ("Democrats repeatedly noted that
    /// ... the House Benghazi Committee. They noted ...", "Twenty-seven states led by West Virginia are challenging the
    /// rules. They argue ..."): the subject, not a body named after it. Null when that sentence opens otherwise.
    /// </summary>
    private ResolverMention? PluralSubjectBefore(DocumentText text, ResolverMention pronoun)
    {
        var tokens = text.Document.Tokens;
        var sentences = text.Document.Sentences;
        int s = pronoun.Source.SentenceIndex;
        var (at, _) = text.TokenRange(pronoun.Source.Head, s);
        if (s == 0 || (OpeningPronoun(text, s) != at && AfterOpeningAdjunct(text, s) != at) || OpeningPronoun(text, s - 1) is not { } first) return null;
        // "In their articles of impeachment, Democrats charge ... They accuse": past an opening prepositional phrase.
        first = AfterOpeningPrepositionalPhrase(text, s - 1) ?? first;
        int end = sentences[s - 1].FirstToken + sentences[s - 1].TokenCount;
        while (first < end && GrammarWords.Discourse.Contains(text.Normalised.AsSpan(tokens[first].Start, tokens[first].Length))) first++;
        for (int t = first; t < end && t - first < 4; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || tokens[t].InQuote) return null;
            var word = text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length);
            if (GrammarWords.SubjectPronouns.Contains(word) || GrammarWords.Prepositions.Contains(word) || GrammarWords.BeForms.Contains(word)
                || GrammarWords.Auxiliaries.Contains(word) || word is "those" or "these") return null;
            bool plural = word.Length > 3 && word.EndsWith("s") && !word.EndsWith("ss") && !word.EndsWith("us") && !word.EndsWith("is") && !word.EndsWith("'s");
            if (!plural || t + 1 >= end) continue;
            // "Voters in Ohio lined up ...", "Republican leaders in Congress met ...": a place after the noun.
            int after = PlaceAfter(text, t + 1, end);
            var next = tokens[after];
            var nextWord = text.Normalised.AsSpan(next.Start, next.Length);
            if (next.Kind != TokenKind.Word || next.InQuote || !char.IsLower(text.Document.Text[next.Start]) || GrammarWords.Prepositions.Contains(nextWord)
                || nextWord is "of" or "and" or "or") continue;
            // "Minutes later, ...", "Hours after the vote": a time, not the sentence's subject.
            if (nextWord is "later" or "earlier" or "after" or "before" or "ago") return null;
            var span = new TextSpan(tokens[first].Start, tokens[t].End);
            return Describe(text, new SourceMention(span, span, new TextSpan(span.End, span.End), s - 1));
        }
        return null;
    }

    /// <summary>The first word after a prepositional phrase that opens a sentence and ends at a comma within ten words
    /// ("In their articles of impeachment, Democrats ...", "On Monday, nurses ..."); null when the sentence opens
    /// otherwise.</summary>
    private static int? AfterOpeningPrepositionalPhrase(DocumentText text, int sentence)
    {
        var s = text.Document.Sentences[sentence];
        var tokens = text.Document.Tokens;
        if (OpeningPronoun(text, sentence) is not { } first || !GrammarWords.Prepositions.Contains(text.Normalised.AsSpan(tokens[first].Start, tokens[first].Length))) return null;
        return AfterClosingComma(text, first, s.FirstToken + s.TokenCount, 10);
    }

    /// <summary>The word after the first punctuation following <paramref name="first"/> within <paramref name="words"/>
    /// tokens, when that punctuation is a comma and an unquoted word follows it; null otherwise.</summary>
    private static int? AfterClosingComma(DocumentText text, int first, int end, int words)
    {
        var tokens = text.Document.Tokens;
        for (int t = first + 1; t < end && t - first <= words; t++)
        {
            if (tokens[t].Kind == TokenKind.Word || tokens[t].Kind == TokenKind.Number) continue;
            bool comma = text.Document.Text[tokens[t].Start] == ',';
            return comma && t + 1 < end && tokens[t + 1].Kind == TokenKind.Word && !tokens[t + 1].InQuote ? t + 1 : null;
        }
        return null;
    }

    /// <summary>
    /// For "he", "she" or "they" in a later clause of its own sentence, the noun phrase that opens the sentence as its
    /// subject, when it fits the pronoun ("A group of nurses sued the hospital after they said ...", "Ms. Lind got a roar
    /// from the crowd when she added ...", "My mother has softened, but at 86 she still says ..."): the subject of the
    /// clause a pronoun hangs on is its likeliest antecedent. The phrase is at most nine words before a lower-case word
    /// that is no preposition (its verb), and a subordinator or conjunction stands between it and the pronoun, outside
    /// quotation marks. A lone capitalised word counts only as a name met elsewhere in the article not opening a
    /// sentence, a given name or a listed person ("Earlier this week he said" has no subject). Null otherwise.
    /// </summary>
    private ResolverMention? OwnSentenceSubject(DocumentText text, ResolverMention pronoun, string p, List<ResolverMention> seen, Builder builder, ref Func<string, char?>? listed)
    {
        var tokens = text.Document.Tokens;
        int s = pronoun.Source.SentenceIndex;
        if (s < 0 || s >= text.Document.Sentences.Count) return null;
        var (at, _) = text.TokenRange(pronoun.Source.Head, s);
        if (at >= tokens.Length || tokens[at].InQuote || OpeningPronoun(text, s) is not { } first || first >= at) return null;
        first = AfterOpeningAdjunct(text, s) ?? AfterOpeningPrepositionalPhrase(text, s) ?? first;
        while (first < at && GrammarWords.Discourse.Contains(text.Normalised.AsSpan(tokens[first].Start, tokens[first].Length))) first++;
        // A person already found there, after lower-case modifiers at most ("former White House chief strategist Ada
        // Holm railed ... whom she said"): the words of a title would end the scan below too early.
        if (p != "they" && OpenerSeen(text, seen, s, first, at, p, builder) is { } opener) return opener;
        int start = first;
        for (int t = first; t < at - 2 && t - first < 9; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || tokens[t].InQuote) return null;
            var word = text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length);
            if (word is "of" && t > first && GroupNouns.Contains(text.Normalised.AsSpan(tokens[t - 1].Start, tokens[t - 1].Length)))
            {
                // "Dozens of dock workers", "a group of nurses", "a slew of world leaders": the people counted are the head.
                start = t + 1;
                continue;
            }
            // "world leaders and senior officials": people joined by "and" are one subject for "they".
            if (word is "and" && p == "they" && t > first && LooksPluralWord(text.Normalised.AsSpan(tokens[t - 1].Start, tokens[t - 1].Length))) continue;
            if (GrammarWords.SubjectPronouns.Contains(word) || GrammarWords.Prepositions.Contains(word) || GrammarWords.BeForms.Contains(word)
                || GrammarWords.Auxiliaries.Contains(word) || GrammarWords.Subordinators.Contains(word) || word is "of" or "and" or "or" or "it" or "this" or "there") return null;
            if (word.EndsWith("'s") || GrammarWords.Determiners.Contains(word)) continue;
            // The head: for "they" a plural noun ("women", "conservatives"), for "he" or "she" a name or a person noun.
            bool head = p == "they" ? LooksPluralWord(word)
                : char.IsUpper(text.Document.Text[tokens[t].Start]) || GrammarWords.PersonNouns.Contains(word) || _roles?.LengthEndingAt(text.Normalised, tokens, t + 1, 1) == 1;
            if (!head) continue;
            var next = tokens[t + 1];
            var nextWord = text.Normalised.AsSpan(next.Start, next.Length);
            if (next.Kind != TokenKind.Word || next.InQuote || !char.IsLower(text.Document.Text[next.Start]) || GrammarWords.Prepositions.Contains(nextWord)
                || nextWord is "of" or "and" or "or" || GroupNouns.Contains(word) && nextWord is "of") continue;
            if (!ClauseLinkBetween(text, t + 2, at)) return null;
            var span = new TextSpan(tokens[start].Start, tokens[t].End);
            var subject = Describe(text, new SourceMention(span, span, new TextSpan(span.End, span.End), s));
            if (subject.Name.Stripped.Length == 1 && subject.Actor is null && subject.Form.Person)
            {
                // A listed person or a given name tells the gender ("Biden is embracing Cardi after she told": not Biden).
                var known = ListedPerson(text, ref listed, subject) ?? GivenNameAlone(subject);
                if (known is null && t == first && !NamedElsewhere(text, first)) return null;
                subject = known ?? subject;
            }
            if (subject.Form.Pronoun is not null || !Compatible(p, subject, builder) || p != "they" && !subject.Form.Person) return null;
            // "The Internet lashed out at Rep. Ada Holm after he ...", "The Atlantic": "the" and a capitalised name is a body.
            if (p != "they" && subject.Name.Tokens is ["the", ..] && char.IsUpper(text.Document.Text[tokens[t].Start])) return null;
            return subject;
        }
        return null;
    }

    private static bool LooksPluralWord(ReadOnlySpan<char> word) =>
        GrammarWords.PluralNouns.Contains(word) || word.Length > 3 && word.EndsWith("s") && !word.EndsWith("ss") && !word.EndsWith("us") && !word.EndsWith("is") && !word.EndsWith("'s");

    /// <summary>The first mention already seen in sentence <paramref name="s"/> that opens its clause at token
    /// <paramref name="first"/> (its phrase, titles and all, or its name after at most three lower-case words), is not
    /// after a preposition and is a person who fits the pronoun, when a subordinator or conjunction stands between it and
    /// the pronoun at <paramref name="at"/>; null otherwise.</summary>
    private static ResolverMention? OpenerSeen(DocumentText text, List<ResolverMention> seen, int s, int first, int at, string p, Builder builder)
    {
        var tokens = text.Document.Tokens;
        foreach (var m in seen)
        {
            if (m.Source.SentenceIndex != s || m.Form.Pronoun is not null || m.AfterPreposition || m.Position < tokens[first].Start || m.Position >= tokens[at].Start) continue;
            int t = first, lower = 0;
            // A source whose phrase opens there with its titles ("Former White House chief strategist Ada Holm").
            if (m.Source.Phrase.Start == tokens[first].Start) t = at;
            while (t < at && tokens[t].Start < m.Position)
            {
                if (tokens[t].Kind != TokenKind.Word || !char.IsLower(text.Document.Text[tokens[t].Start]) || ++lower > 3) return null;
                t++;
            }
            if (!Compatible(p, m, builder) || !m.Form.Person) return null;
            var (_, end) = text.TokenRange(m.Source.Head, s);
            return ClauseLinkBetween(text, end, at) ? m : null;
        }
        return null;
    }

    /// <summary>Nouns of a number of people that "of" may follow inside a subject ("a group of nurses", "dozens of
    /// residents").</summary>
    private static readonly WordSet GroupNouns = new("group", "coalition", "couple", "pair", "team", "number", "dozens", "hundreds",
        "thousands", "millions", "majority", "family", "handful", "crowd", "band", "slew", "host", "chorus", "wave", "raft", "array", "bunch");

    /// <summary>Whether a subordinator or conjunction stands in [from, to) outside quotation marks ("after", "when",
    /// "because", "but", "and", "which"); quoted words between are passed over.</summary>
    private static bool ClauseLinkBetween(DocumentText text, int from, int to)
    {
        var tokens = text.Document.Tokens;
        for (int t = from; t < to; t++)
        {
            if (tokens[t].InQuote) continue; // scare quotes ("global elites") are part of the clause
            var word = text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length);
            if (tokens[t].Kind == TokenKind.Word && (GrammarWords.Subordinators.Contains(word) || word is "after" or "before" or "and")) return true;
        }
        return false;
    }

    /// <summary>Whether the capitalised word at token <paramref name="t"/> also stands capitalised elsewhere in the article,
    /// not opening a sentence: a name, not a word capitalised only because it opens one.</summary>
    private static bool NamedElsewhere(DocumentText text, int t)
    {
        var tokens = text.Document.Tokens;
        var word = text.Document.Text.AsSpan(tokens[t].Start, tokens[t].Length);
        foreach (var sentence in text.Document.Sentences)
        {
            for (int u = sentence.FirstToken + 1; u < sentence.FirstToken + sentence.TokenCount; u++)
            {
                if (u != t && tokens[u].Kind == TokenKind.Word && text.Document.Text.AsSpan(tokens[u].Start, tokens[u].Length).SequenceEqual(word)) return true;
            }
        }
        return false;
    }

    private static readonly WordSet PlacePrepositions = new("in", "from", "across", "around");
    private static readonly WordSet PlaceNouns = new("county", "state", "city", "town", "area", "region", "district", "neighborhood",
        "neighbourhood", "country", "village", "suburbs", "south", "north", "midwest");

    /// <summary>The token after "in", "from", "across" or "around" and one to three capitalised words starting at
    /// <paramref name="t"/> ("in Ohio", "from New Hampshire") or "the" and a place noun ("in the county"), or
    /// <paramref name="t"/> itself ("at" names employers: "Economists at Goldman Sachs").</summary>
    private static int PlaceAfter(DocumentText text, int t, int end)
    {
        var tokens = text.Document.Tokens;
        if (!PlacePrepositions.Contains(text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length))) return t;
        // "in the county", "across the state": a place named by a common noun.
        if (t + 2 < end && text.Normalised.AsSpan(tokens[t + 1].Start, tokens[t + 1].Length) is "the"
            && PlaceNouns.Contains(text.Normalised.AsSpan(tokens[t + 2].Start, tokens[t + 2].Length))) return t + 3;
        int k = t + 1;
        // "in eastern Ghouta", "in northern Syria": a compass word before the name.
        if (k < end && text.Normalised.AsSpan(tokens[k].Start, tokens[k].Length) is "eastern" or "western" or "northern" or "southern" or "central") k++;
        int name = k;
        while (k < end && k - t <= 4 && tokens[k].Kind == TokenKind.Word && char.IsUpper(text.Document.Text[tokens[k].Start])) k++;
        return k > name && k < end ? k : t;
    }

    /// <summary>Whether a noun phrase may end before token <paramref name="next"/>: punctuation, a capitalised word, a
    /// preposition or a subordinator follows (not another noun it would modify).</summary>
    private static bool EndsNounPhrase(DocumentText text, int next, int limit)
    {
        if (next >= limit) return true;
        var token = text.Document.Tokens[next];
        if (token.Kind != TokenKind.Word || char.IsUpper(text.Document.Text[token.Start])) return true;
        var word = text.Normalised.AsSpan(token.Start, token.Length);
        return GrammarWords.Prepositions.Contains(word) || GrammarWords.Subordinators.Contains(word) || word is "of" or "to" or "about";
    }

    /// <summary>The first word of a sentence when it is outside quotation marks, else null.</summary>
    private static int? OpeningPronoun(DocumentText text, int sentence)
    {
        var s = text.Document.Sentences[sentence];
        var tokens = text.Document.Tokens;
        for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
        {
            if (tokens[t].Kind != TokenKind.Word) continue;
            return tokens[t].InQuote ? null : t;
        }
        return null;
    }

    /// <summary>
    /// For "he" or "she" that no person named before fits, the nearest fitting person named as a possessor in its sentence
    /// or the one before ("Trump's remarks doubled down on his speech at Mount Rushmore, where he accused ...", "Even
    /// Trump's own advisers know nothing about the plan he brags about"); null when there is none.
    /// </summary>
    private static ResolverMention? OnlyPossessor(ResolverMention pronoun, string p, Builder builder)
    {
        for (int i = builder.Possessors.Count - 1; i >= 0; i--)
        {
            var possessor = builder.Possessors[i];
            if (possessor.Position >= pronoun.Position) continue;
            if (possessor.Source.SentenceIndex < pronoun.Source.SentenceIndex - 1) break;
            if (Compatible(p, possessor, builder)) return possessor;
        }
        return null;
    }

    /// <summary>
    /// For "he" or "she" in a clause that hangs on a person's possession, that person as named before: "Democrats seized
    /// upon Mr. Holm's television appearance, in which he said ..." (a relative clause after the possessed noun: "in
    /// which", "during which", "at which", "where", "when"), "In Holm's speech on Tuesday, she said ..." (an opening
    /// prepositional phrase holding the possessor, the pronoun first after its comma). The possessor is no mention of its
    /// own (it is not the subject of its clause), so the nearest person named before would otherwise take the pronoun.
    /// The latest fitting earlier mention whose name ends in the possessor's surname; null when there is none.
    /// </summary>
    private static ResolverMention? PossessorBefore(DocumentText text, ResolverMention pronoun, string p, List<ResolverMention> seen, Builder builder)
    {
        int s = pronoun.Source.SentenceIndex;
        if (s < 0 || s >= text.Document.Sentences.Count) return null;
        var sentence = text.Document.Sentences[s];
        var tokens = text.Document.Tokens;
        int first = sentence.FirstToken, at = -1;
        for (int t = first; t < first + sentence.TokenCount; t++)
        {
            if (tokens[t].Start == pronoun.Position) { at = t; break; }
        }
        if (at < first + 2) return null;
        string Word(int t) => text.Normalised.Substring(tokens[t].Start, tokens[t].Length);
        bool Comma(int t) => tokens[t].Kind != TokenKind.Word && text.Document.Text[tokens[t].Start] == ',';
        bool Capitalised(int t) => tokens[t].Kind == TokenKind.Word && !tokens[t].InQuote && char.IsUpper(text.Document.Text[tokens[t].Start]);
        string? Possessor(int t)
        {
            var word = Word(t);
            return word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2]
                : t + 1 < at && Word(t + 1) is "'s" or "’s" ? word : null;
        }
        string? surname = null;
        int clauseEnd = Word(at - 1) is "where" or "when" && Comma(at - 2) ? at - 2
            : at - 3 >= first && Word(at - 1) == "which" && Word(at - 2) is "in" or "during" or "at" && Comma(at - 3) ? at - 3 : -1;
        if (clauseEnd > first)
        {
            // The possessed noun phrase right before the relative clause: "Mr. Holm's television appearance, in which".
            for (int t = clauseEnd - 1; t >= Math.Max(first, clauseEnd - 6) && surname is null; t--)
            {
                if (Capitalised(t)) surname = Possessor(t);
            }
        }
        else if (Comma(at - 1) && OpeningPronoun(text, s) is { } opener && Word(opener) is "in" or "during" or "at" or "after" or "before" or "on")
        {
            // In an opening phrase the possessor comes right after the preposition ("In Holm's speech", "During Ada Holm's
            // visit"), not as the object of a participle ("After reading Holm's chart, she said": the reader speaks).
            for (int t = opener + 1; t < at - 1 && t <= opener + 3 && Capitalised(t) && surname is null; t++) surname = Possessor(t);
            for (int t = opener; t < at - 1 && surname is not null; t++)
            {
                if (Comma(t)) return null;
            }
        }
        if (surname is not { Length: > 1 }) return null;
        for (int i = seen.Count - 1; i >= 0; i--)
        {
            var candidate = seen[i];
            if (candidate.Position >= pronoun.Position || candidate.Form.Pronoun is not null || !Compatible(p, candidate, builder)) continue;
            if (candidate.Name.Stripped.Length > 0 && candidate.Name.Stripped[^1] == surname) return candidate.Antecedent ?? candidate;
        }
        return null;
    }

    /// <summary>The first word after a participle phrase that opens a sentence and ends at a comma ("Speaking on condition
    /// of anonymity, they said"), at most eight words; null when the sentence opens otherwise. Not after a prepositional
    /// phrase: "In a joint statement, they said" goes on with the speakers before, not the subject of the sentence between.</summary>
    private static int? AfterOpeningAdjunct(DocumentText text, int sentence)
    {
        var s = text.Document.Sentences[sentence];
        var tokens = text.Document.Tokens;
        if (OpeningPronoun(text, sentence) is not { } first) return null;
        var word = text.Normalised.AsSpan(tokens[first].Start, tokens[first].Length);
        if (!(word.Length > 5 && word.EndsWith("ing"))) return null;
        return AfterClosingComma(text, first, s.FirstToken + s.TokenCount, 8);
    }

    /// <summary>
    /// For "he" or "she" whose nearest fitting person (<paramref name="nearest"/> in <paramref name="seen"/>) is not the
    /// subject of its sentence, a fitting person earlier in the same sentence who is: the subject of a sentence is a
    /// likelier antecedent than the object of a verb or of a preposition. A person named after a preposition yields to
    /// any fitting person before it not named after one ("Veld made clear he had misgivings about the navy under
    /// President Ada Holm. ... he told the host"). In a sentence before the pronoun's (<paramref name="pronounSentence"/>),
    /// any other person yields to a fitting, named person who opens the sentence ("Mayor Hanna Belt called a tweet
    /// attacking Senator Ada Varga unhinged. She says ...": the mayor); inside the pronoun's own sentence the nearer
    /// person stays ("Belt said Varga was right when she said ..."). Null otherwise.
    /// </summary>
    private static ResolverMention? SubjectBefore(DocumentText text, string pronoun, int nearest, List<ResolverMention> seen, Builder builder, int pronounSentence)
    {
        bool oblique = seen[nearest].AfterPreposition;
        int sentence = seen[nearest].Source.SentenceIndex;
        if (!oblique && sentence >= pronounSentence) return null;
        for (int i = nearest - 1; i >= 0 && seen[i].Source.SentenceIndex == sentence; i--)
        {
            if (!Compatible(pronoun, seen[i], builder)) continue;
            if (oblique ? !seen[i].AfterPreposition : OpensSentence(text, seen[i]) && Named(seen[i], builder)) return seen[i];
        }
        return null;
    }

    /// <summary>The sentences before an oblique mention that <see cref="SpeakerBeforeOblique"/> looks back over.</summary>
    private const int SpeakerLookBack = 2;

    /// <summary>
    /// For "he" or "she" whose nearest fitting mention is named after a preposition in an earlier sentence ("The order
    /// came too late for Terry Hughes, a barber ..." after "Gov. Mike DeWine said ..."): the nearest fitting person who
    /// has spoken in that sentence or the two before, not after a preposition; null when there is none.
    /// </summary>
    private static ResolverMention? SpeakerBeforeOblique(string pronoun, int nearest, List<ResolverMention> seen, Builder builder,
        List<(ResolverMention Speaker, TextSpan Content)> spoken, int pronounSentence)
    {
        if (!seen[nearest].AfterPreposition || seen[nearest].Source.SentenceIndex >= pronounSentence) return null;
        // "with Hillary Clinton — who's called for tax hikes — lambasting the plan. ... she said": the person after the
        // preposition has spoken herself (through "who"), so she stays the nearest speaker.
        if (seen[nearest].Entity >= 0 && spoken.Exists(s => s.Speaker.Entity == seen[nearest].Entity)) return null;
        int first = seen[nearest].Source.SentenceIndex - SpeakerLookBack;
        for (int i = nearest - 1; i >= 0 && seen[i].Source.SentenceIndex >= first; i--)
        {
            var candidate = seen[i];
            if (candidate.AfterPreposition || !Compatible(pronoun, candidate, builder)) continue;
            if (spoken.Exists(s => ReferenceEquals(s.Speaker, candidate))) return candidate;
        }
        return null;
    }

    /// <summary>
    /// For "they" whose nearest fitting mention (<paramref name="nearest"/> in <paramref name="seen"/>) is one body, the
    /// people named together by "and" in its sentence or the two before, as a subject (not after a preposition, and a
    /// lower-case word that is no preposition follows them: "Lind and Varga
    /// closed the port. The move helped the Harbour Front. They now blame the board": Lind and Varga, not the Front): "they"
    /// is likelier to be people joined by "and" than one body. Null when there are none.
    /// </summary>
    private static ResolverMention? CoordinatedBefore(DocumentText text, int nearest, List<ResolverMention> seen)
    {
        int first = seen[nearest].Source.SentenceIndex - 2;
        for (int i = nearest - 1; i >= 0 && seen[i].Source.SentenceIndex >= first; i--)
        {
            var candidate = seen[i];
            if (candidate.Form.Pronoun is null && candidate.Form.Plural && !candidate.Form.Org && !candidate.AfterPreposition
                && IsCoordination(candidate.Name.Tokens, false) && NamesJoined(candidate) && VerbFollows(text, candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Whether a mention speaks of two people together: "both men", "the two leaders", "the pair".</summary>
    private static bool PairDescription(ResolverMention mention)
    {
        var words = mention.Name.Tokens;
        if (words is ["the", "pair" or "duo" or "two"] or ["both"]) return true;
        return words.Length > 0 && PairNouns.Contains(words[^1]) && (words is ["the", "two", _] or ["both", _]);
    }

    private static readonly WordSet PairNouns = new("men", "women", "leaders", "presidents", "senators", "lawmakers", "candidates",
        "officials", "ministers", "politicians", "executives", "rivals", "sides");

    /// <summary>The nearest names joined by "and" in the two sentences before a mention ("Ada Holm and Tom Varga met ...
    /// Both men said"), or null.</summary>
    private static ResolverMention? CoordinatedPeopleBefore(ResolverMention mention, List<ResolverMention> seen)
    {
        int first = mention.Source.SentenceIndex - 2;
        for (int i = seen.Count - 1; i >= 0 && seen[i].Source.SentenceIndex >= first; i--)
        {
            var candidate = seen[i];
            if (candidate.Position >= mention.Position) continue;
            if (candidate.Form.Pronoun is null && candidate.Form.Plural && !candidate.Form.Org && IsCoordination(candidate.Name.Tokens, false)
                && NamesJoined(candidate)) return candidate;
            // "Two Pentagon officials said ... Both officials said": the two of that noun.
            if (candidate.Form.Pronoun is null && candidate.Name.Tokens is ["two", .., var noun] && noun == mention.Name.Tokens[^1]) return candidate;
        }
        return null;
    }

    /// <summary>Whether a lower-case word that is not a preposition follows a mention (as a verb follows its subject:
    /// "Obama and Clinton foolishly withdrew"; not "two developers, Ada Holm and Tom Varga, with fraud").</summary>
    private static bool VerbFollows(DocumentText text, ResolverMention mention)
    {
        var tokens = text.Document.Tokens;
        for (int t = text.Document.Sentences[mention.Source.SentenceIndex].FirstToken; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.Start < mention.Source.Head.End) continue;
            var word = text.Normalised.AsSpan(token.Start, token.Length);
            return token.Kind == TokenKind.Word && !token.InQuote && char.IsLower(text.Document.Text[token.Start]) && !GrammarWords.Prepositions.Contains(word);
        }
        return false;
    }

    /// <summary>Whether a coordination joins names, its first and last words capitalised ("Obama and Clinton", not
    /// "Federal and state officials").</summary>
    private static bool NamesJoined(ResolverMention mention)
    {
        var words = mention.Name.Display.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 3 && char.IsUpper(words[0][0]) && char.IsUpper(words[^1][0]);
    }

    /// <summary>Whether a mention opens its sentence, outside quotation marks, after at most two discourse words or commas
    /// ("But Mayor Hanna Belt ...", "Meanwhile, Ada Holm ...").</summary>
    private static bool OpensSentence(DocumentText text, ResolverMention mention)
    {
        var tokens = text.Document.Tokens;
        var sentence = text.Document.Sentences[mention.Source.SentenceIndex];
        int before = 0;
        for (int t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount && tokens[t].Start < mention.Source.Head.Start; t++)
        {
            if (tokens[t].InQuote || ++before > 2) return false;
            var word = text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length);
            if (tokens[t].Kind == TokenKind.Word ? !GrammarWords.Discourse.Contains(word) : word is not ",") return false;
        }
        return true;
    }

    /// <summary>Whether a mention is surely a name: two words or more, an actor, or a short form of someone named before (a
    /// lone capitalised word that opens a sentence may be no name at all: "Chastened by the analyses, ...").</summary>
    private static bool Named(ResolverMention mention, Builder builder) =>
        mention.Name.Stripped.Length > 1 || mention.Actor is not null || mention.Antecedent is not null
        || (mention.Entity >= 0 && !ReferenceEquals(builder.Firsts[mention.Entity], mention));

    /// <summary>
    /// Whether the sentence of a person named in it opens with the same pronoun, outside quotation marks, before the
    /// person ("She says the tweets attacking Ada Holm are lies", "She has a new role, in which she advises President Tom
    /// Varga"): that sentence is about someone other than the person named in it, and a later "she" goes on with her.
    /// </summary>
    private static bool SamePronounOpens(DocumentText text, ResolverMention candidate, string pronoun) =>
        OpeningPronoun(text, candidate.Source.SentenceIndex) is { } opening && text.Document.Tokens[opening].End <= candidate.Source.Head.Start
        && text.Normalised.AsSpan(text.Document.Tokens[opening].Start, text.Document.Tokens[opening].Length).SequenceEqual(pronoun);

    /// <summary>A news outlet or company the actor list names whose name only looks plural ("Reuters", "The New York Times",
    /// "Goldman Sachs"): "it", not "they". Forces and police stay plural ("the Armed Forces ... they").</summary>
    private static bool NamedBody(ResolverMention candidate) =>
        candidate.Actor is { SourceType: SourceTypes.Media or SourceTypes.Business } actor && LooksLikeBody(actor.Canonical)
        && actor.Canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]) || w is "of" or "for" or "and" or "the" or "on");

    private static char GenderOfCandidate(ResolverMention candidate, Builder builder) =>
        candidate.Entity >= 0 && builder.Entities[candidate.Entity].Gender != '?' ? builder.Entities[candidate.Entity].Gender : candidate.Form.Gender;

    /// <summary>The index of a person named before seen[i] in its sentence whose gender is known and fits "he" or "she".</summary>
    private static int? FittingNameBefore(string pronoun, int i, List<ResolverMention> seen, Builder builder)
    {
        char wanted = pronoun == "he" ? 'm' : 'f';
        for (int j = i - 1; j >= 0 && seen[j].Source.SentenceIndex == seen[i].Source.SentenceIndex; j--)
        {
            if (seen[j].Form.Pronoun is null && Compatible(pronoun, seen[j], builder) && GenderOfCandidate(seen[j], builder) == wanted) return j;
        }
        return null;
    }

    private static bool Compatible(string pronoun, ResolverMention candidate, Builder builder)
    {
        // "Holm" in the narrative after "Ada Holm": what the full mention says.
        if ((candidate.OneWord || candidate.TitleDescription) && candidate.Antecedent is { } named) candidate = named;
        if (candidate.Form.Pronoun is not null) return false;
        char gender = candidate.Entity >= 0 && builder.Entities[candidate.Entity].Gender != '?' ? builder.Entities[candidate.Entity].Gender : candidate.Form.Gender;
        // "The Internet", "The Atlantic": "the" and one capitalised word that is no person noun names no person.
        // "The actor", lower-case, is a person noun of the roles and may be.
        if (pronoun is "he" or "she" && candidate.Actor is null && candidate.Name.Tokens is ["the", var only] && !GrammarWords.PersonNouns.Contains(only)
            && candidate.Name.Display.TrimEnd() is { Length: > 0 } display && char.IsUpper(display[display.LastIndexOf(' ') + 1])) return false;
        return pronoun switch
        {
            "he" => candidate.Form.Person && gender != 'f',
            "she" => candidate.Form.Person && gender != 'm',
            "it" => (candidate.Form.Org || candidate.Document) && (!candidate.Form.Plural || NamedBody(candidate)),
            _ => candidate.Form.Plural || candidate.Form.Org,
        };
    }

    /// <summary>True when <paramref name="mention"/> is a shorter way of naming <paramref name="earlier"/>.</summary>
    private static bool Refers(ResolverMention mention, ResolverMention earlier)
    {
        if (earlier.Form.Pronoun is not null || earlier.Name.Tokens.Contains("and")) return false; // "officials and the group" is two sources
        var shortForm = mention.Name.Stripped;
        var full = earlier.Name.Stripped;
        if (shortForm.Length == 0 || full.Length == 0) return false;
        // "the authors of the report" ... "the report", "the footage released by Scott's family" ... "Scott's family": a
        // common noun's prepositional object is another thing, not a shorter name for it.
        if (!earlier.Form.Person && !earlier.Form.Org && EndsWith(full, shortForm) && OfObject(full, shortForm.Length)) return false;
        // "a new analysis from the Urban Institute" ... "the institute": a body named after the preposition of another thing.
        if (!earlier.Form.Person && mention.Form.Definite && shortForm.Length == 1 && full.Length > 2 && EndsWith(full, shortForm)
            && Array.FindIndex(full, 1, full.Length - 2, w => w is "from" or "by" or "of" or "for" or "with" or "about" or "against") > 0) return false;
        if (EndsWith(full, shortForm)) return true;
        // "Senator Lamar Alexander of Tennessee" ... "Mr. Alexander": a person's name before the place they are of.
        if (earlier.Form.Person && !earlier.Form.Org && Array.LastIndexOf(full, "of") is > 0 and var of && EndsWith(full[..of], shortForm)) return true;
        // "the Guilford County Board of Elections" ... "the board"; "the Syrian Observatory for Human Rights" ... "the
        // observatory": a body's head noun before its of- or for-phrase.
        if (!earlier.Form.Person && mention.Form.Definite && shortForm.Length == 1 && Array.FindIndex(full, w => w is "of" or "for") is > 0 and var head
            && full[head - 1] == shortForm[0]) return true;
        // "the governor" ... "New Jersey Gov. Chris Christie"; "the Indiana governor" ... "Indiana Gov. Mike Pence": each word
        // of a short definite description is a word or title of the full name.
        // "the Turkish leader" ... "Turkish President Recep Tayyip Erdogan": "leader" stands for any title of a person whose
        // name has the other words.
        if (mention.Form.Definite && shortForm.Length <= 3)
        {
            for (int w = 0; w < shortForm.Length; w++)
            {
                bool leader = w == shortForm.Length - 1 && w > 0 && shortForm[w] == "leader" && earlier.Form.Person;
                if (!leader && !Titled(earlier, shortForm[w]) && !InAppositionRole(earlier, shortForm, w)) return false;
            }
            return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a mention that is one acronym of three or more letters ("AROS") is the short form of an earlier body: the
    /// body's name gives it in parentheses ("the Alliance to Reclaim Our Schools (AROS)"), or its capitalised words'
    /// initials spell it ("the Alliance for Better Schools" ... "ABS").
    /// </summary>
    private static bool AcronymOf(DocumentText text, ResolverMention mention, ResolverMention earlier)
    {
        var acronym = mention.Name.Display;
        if (earlier.Form.Person || mention.Name.Tokens.Length != 1 || acronym.Length < 3 || !MentionText.IsAcronym(acronym) || !acronym.All(char.IsLetter)) return false;
        var phrase = earlier.Source.Phrase;
        if (text.Document.Text.AsSpan(phrase.Start, phrase.End - phrase.Start).Contains("(" + acronym + ")", StringComparison.Ordinal)) return true;
        var display = earlier.Name.Display;
        var initials = new System.Text.StringBuilder();
        foreach (var word in display.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "The" or "A" or "An" || !char.IsUpper(word[0])) continue;
            if (MentionText.IsAcronym(word)) return false; // "the ABS Foundation" is no expansion of anything
            initials.Append(word[0]);
        }
        return initials.Length >= 3 && initials.ToString() == acronym;
    }

    /// <summary>Whether word <paramref name="w"/> of a short description is a word of the role an earlier person's
    /// apposition gave them, the description's last word being that role's noun ("the chairman" after "Rep. Ada Holm,
    /// the chairman of the oversight committee").</summary>
    private static bool InAppositionRole(ResolverMention earlier, string[] shortForm, int w) =>
        earlier.AppositionRole.Length > 0 && earlier.AppositionRole[^1] == shortForm[^1] && Array.IndexOf(earlier.AppositionRole, shortForm[w]) >= 0;

    /// <summary>
    /// "Kim said" after "North Korean leader Kim Jong Un", "Wang said" after "foreign ministry spokesman Wang Wenbin": one
    /// capitalised word that is the first of the three last words of a person's capitalised name, or of the two last when it
    /// is no given name the lexicon knows (so "Ada" is not taken for "Ada Holm" here): a surname written first.
    /// </summary>
    private bool SurnameWrittenFirst(ResolverMention mention, ResolverMention earlier)
    {
        // The earlier name need not be known as a person's: "Kim Jong Un met ..." has no title and no given name the list knows.
        if (!mention.Form.Person || mention.Form.Definite || mention.Name.Stripped.Length != 1 || earlier.Form.Org || earlier.Form.Plural || earlier.Document
            || earlier.Form.Pronoun is not null || earlier.Position >= mention.Position || (!earlier.Form.Person && earlier.Actor is not null)) return false;
        var word = mention.Name.Stripped[0];
        var display = earlier.Name.Display.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int run = display.Length;
        while (run > 0 && char.IsUpper(display[run - 1][0])) run--;
        int length = display.Length - run;
        // The first of a three-word name ("Kim Jong Un", "Supreme Leader Pak Jong Su"), even when it is also a given name;
        // the first of a two-word name ("Foreign Minister Wang Yi") when it is none.
        if (length >= 3 && LexiconText.Normalise(display[^3]) == word) return true;
        return length >= 2 && LexiconText.Normalise(display[^2]) == word && _words.GenderOfGivenName(word) == '?';
    }

    /// <summary>Whether the last <paramref name="length"/> words of <paramref name="full"/> are the object of a preposition
    /// (possibly after a determiner): "the authors of the report", "the footage released Friday by Scott's family".</summary>
    private static bool OfObject(string[] full, int length)
    {
        int before = full.Length - length - 1;
        if (before >= 1 && full[before] is "the" or "a" or "an" or "its" or "their") before--;
        return before >= 1 && full[before] is "of" or "by" or "from" or "for" or "with" or "about" or "against" or "to";
    }

    private static bool EndsWith(string[] full, string[] shortForm) =>
        shortForm.Length <= full.Length && shortForm.AsSpan().SequenceEqual(full.AsSpan(full.Length - shortForm.Length));

    /// <summary>What a speaker said, for resolution: the attribution's content, and when the content comes before the
    /// source the rest of the sentence too ("The difference now, he told me, is that the show is kinder to Mr. Orlov":
    /// the content found is only "The difference now").</summary>
    private static TextSpan WhatWasSaid(DocumentText text, Attribution attribution)
    {
        var content = attribution.Content;
        if (content.End > attribution.Source.Start) return content;
        int sentenceEnd = text.Document.Sentences[attribution.SentenceIndex].Span.End;
        return sentenceEnd > content.End ? new TextSpan(content.Start, sentenceEnd) : content;
    }

    /// <summary>The latest speaker that "he" or "she" may be whose reported content names <paramref name="person"/>: a
    /// person named only inside what someone said is a weaker antecedent than that someone, unless the pronoun is inside
    /// it too ("Flynn said Trump was right when he said ...").</summary>
    private static ResolverMention? SpeakerReporting(ResolverMention person, int pronounAt, string pronoun, Builder builder,
        List<(ResolverMention Speaker, TextSpan Content)> spoken)
    {
        for (int k = spoken.Count - 1; k >= 0; k--)
        {
            var (speaker, content) = spoken[k];
            if (content.Contains(pronounAt))
            {
                // "He said he did not mention the hacking": the same pronoun inside what a speaking "he" said is that man,
                // unless the person is named in it too.
                return !content.Contains(person.Position) && SpeakingPronoun(speaker, pronoun, builder) ? speaker : null;
            }
            if (!content.Contains(person.Position)) continue;
            if (speaker.Form.Pronoun is null && Compatible(pronoun, speaker, builder)) return speaker;
            // "The difference now, he told me, is that the show is kinder to Mr. Orlov. ... He said": a speaking "he"
            // stands for the person it went to.
            if (SpeakingPronoun(speaker, pronoun, builder)) return speaker;
        }
        return null;
    }

    /// <summary>Whether a mention stands inside what another speaker said ("Holm argues there is no point in answering
    /// Mr. Orlov's threats": Mr. Orlov is a source of his own, but named by Holm).</summary>
    private static bool WithinWhatWasSaid(ResolverMention mention, List<(ResolverMention Speaker, TextSpan Content)> spoken) =>
        spoken.Exists(s => !ReferenceEquals(s.Speaker, mention) && s.Content.Contains(mention.Position));

    /// <summary>Whether a person is named, not as a speaker, inside the reported speech of the pronoun's own attribution,
    /// with no quotation between them ("The president will chair the meeting, she said"; not "Sen. Ada Holm scolded him:
    /// “...,” she said").</summary>
    private static bool NamedInWhatIsSaid(DocumentText text, ResolverMention candidate, ResolverMention pronoun, TextSpan said,
        List<(ResolverMention Speaker, TextSpan Content)> spoken)
    {
        if (!said.Contains(candidate.Position) || spoken.Exists(s => ReferenceEquals(s.Speaker, candidate))) return false;
        foreach (var token in text.Document.Tokens)
        {
            if (token.Start >= pronoun.Position) break;
            if (token.Start >= candidate.Position && token.InQuote) return false;
        }
        return true;
    }

    /// <summary>Whether a speaker is the same pronoun and went to a named person.</summary>
    private static bool SpeakingPronoun(ResolverMention speaker, string pronoun, Builder builder) =>
        speaker.Form.Pronoun == pronoun && speaker.Entity >= 0 && builder.Firsts[speaker.Entity].Form.Pronoun is null;

    /// <summary>Whether the role lexicon calls the head noun a document ("Data from the survey show ...", capitalised
    /// only because it opens the sentence): no person, so no "he" or "she" goes to it.</summary>
    private bool IsDocument(DocumentText text, int noun) =>
        _roles?.Longest(text.Normalised, text.Document.Tokens, noun, noun + 1) is { } role && role.Value.Type == SourceTypes.Document;

    /// <summary>The subject pronoun a one-word source stands for: itself, or the pronoun of a noun cue's possessive determiner ("her" warning → she).</summary>
    private static string? PronounOf(string word) => word switch
    {
        "his" => "he",
        "her" => "she",
        "its" => "it",
        "their" => "they",
        "who" => "who",
        _ => GrammarWords.SubjectPronouns.Contains(word) ? word : null,
    };

    /// <summary>Where a name ends without the 's or closing apostrophe of a possessor ("Trump's" claim → "Trump").</summary>
    private static int WithoutPossessive(DocumentText text, Token last)
    {
        var word = text.Normalised.AsSpan(last.Start, last.Length);
        if (word.Length > 2 && word.EndsWith("'s")) return last.End - 2;
        if (word.Length > 2 && word.EndsWith("s'")) return last.End - 1;
        return last.End;
    }

    /// <summary>Whether [start, end), without "the", is a capital or seat of government ("the Pentagon", "Moscow").</summary>
    private bool IsSeat(DocumentText text, int start, int end)
    {
        if (_seats is null || end <= start) return false;
        var tokens = text.Document.Tokens;
        if (end - start > 1 && text.Normalised.AsSpan(tokens[start].Start, tokens[start].Length) is "the") start++;
        return _seats.Exactly(text.Normalised, tokens, start, end) is not null;
    }

    private ResolverMention Describe(DocumentText text, SourceMention source)
    {
        var parts = MentionParts.Of(text, source);
        var tokens = text.Document.Tokens;
        int nameStart = parts.HeadStart, nameEnd = parts.HeadEnd, nounEnd = parts.HeadNounEnd;
        // "Its spokesman, Sami Orlo" / "The UN special envoy, Jonas Ekberg": a description named by its apposition.
        if (parts.HasApposition && IsName(text, parts.AppositionStart, parts.AppositionFirstEnd) && !HasName(text, parts.HeadStart, parts.HeadNounEnd))
        {
            nameStart = parts.AppositionStart;
            nameEnd = nounEnd = parts.AppositionFirstEnd;
        }
        // A parenthesis after the name ("Sen. Ada Holm (R-Kan.)", "the Interior Ministry (MoI)") is not part of it.
        for (int t = nameStart + 1; t < nameEnd; t++)
        {
            if (tokens[t].Kind == TokenKind.Punctuation && text.Document.Text[tokens[t].Start] == '(')
            {
                nameEnd = t;
                nounEnd = Math.Min(nounEnd, t);
                break;
            }
        }
        var words = Words(text, nameStart, nameEnd);
        string first = words.Length > 0 ? words[0] : "";
        bool indefinite = first is "a" or "an" or "one" or "another" or "two" or "three" or "several" or "some";
        bool definite = first is "the" or "its" or "his" or "her" or "their";
        string? pronoun = nameEnd - nameStart == 1 ? PronounOf(first) : null;
        if (pronoun is not null) definite = false;
        var actor = pronoun is null ? ActorOf(text, nameStart, nounEnd, nameEnd) ?? ActorOf(text, parts, nameStart) : null;

        int headNoun = Math.Max(nameStart, nounEnd - 1);
        var nounWord = text.Normalised.AsSpan(tokens[headNoun].Start, tokens[headNoun].Length);
        // "Officials said", "Witnesses said", "Democrats on the committee said": a role word capitalised only because it
        // opens the sentence is no name.
        bool capitalisedNoun = char.IsUpper(text.Document.Text[tokens[headNoun].Start])
            && !(headNoun == nameStart && headNoun == text.Document.Sentences[source.SentenceIndex].FirstToken
                 && _roles is not null && _roles.LengthEndingAt(text.Normalised, tokens, headNoun + 1, 1) == 1);
        bool acronym = IsAcronym(text.Document.Text.AsSpan(tokens[headNoun].Start, tokens[headNoun].Length));
        bool org = GrammarWords.OrgNouns.Contains(nounWord) || acronym || (actor is not null && LooksLikeBody(actor.Canonical))
            || parts.AppositionNamesBody(text, _words.GenericBodies) || IsSeat(text, nameStart, nounEnd) || NarrativeMentionFinder.IsCountry(_nationalities, text, nameStart, nounEnd);
        bool plural = GrammarWords.PluralNouns.Contains(nounWord) || (!capitalisedNoun && nounWord.Length > 3 && nounWord.EndsWith("s")
            && !nounWord.EndsWith("ss") && !nounWord.EndsWith("'s") && !nounWord.EndsWith("us")) || (actor is not null && LooksPlural(actor.Canonical));
        plural |= pronoun is null && IsCoordination(words, org);
        bool person = !org && !plural && (capitalisedNoun || GrammarWords.PersonNouns.Contains(nounWord)) && pronoun is null
            && !IsDocument(text, headNoun);
        int displayEnd = WithoutPossessive(text, tokens[nameEnd - 1]);
        var display = text.Document.Text[tokens[nameStart].Start..displayEnd];
        if (definite && first == "the") display = text.Document.Text[tokens[Math.Min(nameStart + 1, nameEnd - 1)].Start..displayEnd];
        bool anonymous = pronoun is null && _anonymity is not null && _anonymity.IsAnonymous(text, parts);
        return new ResolverMention(source.Head.Start, source, new MentionName(words, Strip(words, nounEnd == nameEnd), display), actor,
            new MentionForm(indefinite, definite, anonymous, pronoun, person, org, plural,
                GenderOf(text, parts) is var gender && gender == '?' && person ? GenderOfName(text, nameStart, nameEnd, _words) : gender))
        {
            Document = pronoun is null && !person && !org && !plural && IsDocument(text, headNoun),
            AppositionRole = person && HasName(text, nameStart, nounEnd) ? parts.AppositionRole(text) : [],
        };
    }

    /// <summary>The actor the phrase names: a lexicon match that ends the head, or the body a spokesperson speaks for.</summary>
    internal Actor? ActorOf(DocumentText text, int start, int nounEnd, int end)
    {
        var tokens = text.Document.Tokens;
        for (int s = start; s < nounEnd; s++)
        {
            int length = _actors.Match(text, s, end, out var actor);
            if (length > 0 && s + length == end) return Qualified(text, start, s, length, actor) || InLowerCase(text, s, length, actor) ? null : actor;
        }
        for (int s = start; s < nounEnd; s++)
        {
            int length = _actors.Match(text, s, nounEnd, out var actor);
            if (length > 0 && s + length == nounEnd) return Qualified(text, start, s, length, actor) || InLowerCase(text, s, length, actor) ? null : actor;
        }
        if (nounEnd < end && nounEnd > start && SpeaksFor(text, nounEnd - 1, nounEnd))
        {
            return _actors.Longest(text, nounEnd + 1, end)?.Value;
        }
        return null;
    }

    /// <summary>The actor the lexicon names starting at <paramref name="start"/> and ending before <paramref name="end"/>,
    /// with its length in tokens, or null.</summary>
    internal (Actor Actor, int Length)? ActorStartingAt(DocumentText text, int start, int end)
    {
        int length = _actors.Match(text, start, end, out var actor);
        return length > 0 ? (actor, length) : null;
    }

    /// <summary>The longest actor named anywhere in [start, end), rightmost on ties, unless the word before it says it
    /// is someone else (<see cref="Qualified"/>).</summary>
    internal Actor? ActorWithin(DocumentText text, int start, int end)
    {
        var tokens = text.Document.Tokens;
        Actor? best = null;
        int bestLength = 0;
        for (int s = start; s < end; s++)
        {
            int length = _actors.Match(text, s, end, out var actor);
            if (length == 0 || length < bestLength || Qualified(text, start, s, length, actor) || InLowerCase(text, s, length, actor)) continue;
            (best, bestLength) = (actor, length);
        }
        return best;
    }

    /// <summary>
    /// Whether a lexicon match of a title-like name ("The Economist", "The Guardian": "The" and a capitalised word) is
    /// written wholly in lower case ("the economist said"): the common words the name is made of, not the name, which news
    /// always capitalises. Other entries ("residents" for a corpus's civilians) match in any case; nor is the case read
    /// in a text with no capital letters at its start.
    /// </summary>
    private static bool InLowerCase(DocumentText text, int start, int length, Actor actor)
    {
        if (!(actor.Canonical.StartsWith("The ", StringComparison.Ordinal) && actor.Canonical.Length > 4 && char.IsUpper(actor.Canonical[4]))) return false;
        // A text lower-cased as a whole (some prepared corpora) says nothing by its case.
        var opening = text.Document.Text.AsSpan(0, Math.Min(text.Document.Text.Length, 400));
        if (opening.IndexOfAnyInRange('A', 'Z') < 0) return false;
        var tokens = text.Document.Tokens;
        bool word = false;
        for (int t = start; t < start + length; t++)
        {
            if (tokens[t].Kind != TokenKind.Word) return false;
            // "The economist said": the article opening the sentence is capitalised whatever follows.
            if (text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length) is "the") continue;
            if (char.IsUpper(text.Document.Text[tokens[t].Start])) return false;
            word = true;
        }
        return word;
    }

    /// <summary>
    /// Whether the word right before a lexicon match says it is someone else: a nationality ("the Russian Defence
    /// Ministry" is not the lexicon's Defence Ministry), or, before a surname alone, another first name ("Stefan Brandt"
    /// is not the lexicon's "Felix Brandt"). Titles, role words, hyphenated descriptors ("Mum-of-two") and words of the
    /// actor's own name do not count.
    /// </summary>
    private bool Qualified(DocumentText text, int start, int matchStart, int matchLength, Actor actor)
    {
        if (matchStart <= start) return false;
        var tokens = text.Document.Tokens;
        var token = tokens[matchStart - 1];
        if (token.Kind != TokenKind.Word || !char.IsUpper(text.Document.Text[token.Start])) return false;
        var word = text.Normalised.Substring(token.Start, token.Length);
        foreach (var part in actor.Canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (LexiconText.Normalise(part) == word) return false;
        }
        // "the Russian Defence Ministry" is not the lexicon's Defence Ministry; "the U.S. Centers for Disease Control" is
        // the lexicon's American CDC: a nationality that is the actor's own country does not qualify it.
        if (_nationalities?.Exactly(text.Normalised, tokens, matchStart - 1, matchStart) is { } country) return country != actor.Affiliation;
        bool surnameAlone = matchLength == 1 && actor.Canonical.Contains(' ')
            && LexiconText.Normalise(actor.Canonical).EndsWith(text.Normalised.Substring(tokens[matchStart].Start, tokens[matchStart].Length), StringComparison.Ordinal);
        if (!surnameAlone || word.Any(c => !char.IsLetter(c))) return false;
        if (GrammarWords.Honorifics.Contains(word) || GrammarWords.Determiners.Contains(word)) return false;
        return _roles?.Longest(text.Normalised, tokens, matchStart - 1, matchStart) is null;
    }

    private Actor? ActorOf(DocumentText text, MentionParts parts, int nameStart)
    {
        if (!parts.HasApposition || nameStart == parts.AppositionStart) return null;
        return ActorOf(text, parts.AppositionStart, parts.AppositionNounEnd, parts.AppositionFirstEnd) is { } actor && IsName(text, parts.AppositionStart, parts.AppositionFirstEnd)
            ? actor : null;
    }


    private static readonly WordSet SpeaksForPrepositions = new("for", "of", "from", "at", "with");

    internal bool SpeaksFor(DocumentText text, int noun, int preposition)
    {
        var tokens = text.Document.Tokens;
        if (preposition >= tokens.Length) return false;
        return _words.SpeakerNouns.Contains(text.Normalised.AsSpan(tokens[noun].Start, tokens[noun].Length))
            && SpeaksForPrepositions.Contains(text.Normalised.AsSpan(tokens[preposition].Start, tokens[preposition].Length));
    }

    /// <summary>Whether [start, end) holds a name: a capitalised word that is not a title, determiner, body noun, nationality
    /// or possessor ("The German cabinet's spokesman" and "Clinton's communications director" hold none, so the
    /// apposition's name names the source).</summary>
    private bool HasName(DocumentText text, int start, int end)
    {
        var tokens = text.Document.Tokens;
        for (int t = start; t < end; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(text.Document.Text[tokens[t].Start])) continue;
            var word = text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length);
            if (_nationalities?.Exactly(text.Normalised, tokens, t, t + 1) is not null) continue;
            // "Clinton's communications director, Jennifer Palmieri": a possessor names whom the source works for.
            if (word.EndsWith("'s") || word.EndsWith("’s")
                || (t + 1 < end && text.Normalised.AsSpan(tokens[t + 1].Start, tokens[t + 1].Length) is "'s" or "’s" or "'" or "’")) continue;
            // "A Portman campaign spokeswoman, Michelle Serrano", "a Trump aide": a name before a lower-case noun modifies it.
            if (t + 1 < end && tokens[t + 1].Kind == TokenKind.Word && !char.IsUpper(text.Document.Text[tokens[t + 1].Start])) continue;
            if (!GrammarWords.Honorifics.Contains(word) && !GrammarWords.Determiners.Contains(word) && !GrammarWords.OrgNouns.Contains(word)) return true;
        }
        return false;
    }

}
