using FramingAnalyzer.Model;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Canonicalises sources within an article so that one person or body counts once. In text order:
/// a source that matches the actor lexicon takes the actor's canonical name; a pronoun (he, she, it, they) takes the
/// nearest earlier compatible mention (person for he/she with matching gender cues, body for it, group or body for they);
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
    private readonly ResolutionWords _words;

    /// <param name="anonymous">When given, an unnamed mention of an actor ("government officials") is kept apart from the
    /// named actor ("the government").</param>
    /// <param name="roles">When given, a role word right before a surname ("Minister Veld") keeps the match; another
    /// capitalised word there ("Stefan Brandt") means another person.</param>
    /// <param name="nationalities">When given, a nationality right before an actor's name means another body.</param>
    /// <param name="words">Speaker nouns and generic body nouns (the shipped files unless given).</param>
    public SourceResolver(ActorLexicon actors, AnonymousMarkers? anonymous = null, SourceRoleLexicon? roles = null, PhraseLexicon? nationalities = null,
        ResolutionWords? words = null)
    {
        _words = words ?? ResolutionWords.Shipped;
        _actors = actors;
        _roles = roles;
        _nationalities = nationalities;
        _anonymity = anonymous is null ? null : new AnonymityRule(anonymous);
    }

    private sealed class Mention
    {
        public required int Position { get; init; }
        public required string[] Tokens { get; init; }
        public required string[] Stripped { get; init; }
        public required string Display { get; init; }
        public required SourceMention Source { get; init; }
        public Actor? Actor { get; init; }
        public bool Indefinite { get; init; }
        public bool Anonymous { get; init; }
        public bool Definite { get; init; }
        public string? Pronoun { get; init; }
        public bool Person { get; init; }
        public bool Org { get; init; }
        public bool Plural { get; init; }
        public char Gender { get; init; } = '?';
        public int Entity { get; set; } = -1;
    }

    private sealed class Builder
    {
        public List<SourceEntity> Entities { get; } = [];
        public Dictionary<string, int> ByKey { get; } = new(StringComparer.Ordinal);

        public int GetOrCreate(string key, string canonical, SourceMention representative, Actor? actor)
        {
            if (ByKey.TryGetValue(key, out int id)) return id;
            id = Entities.Count;
            Entities.Add(new SourceEntity(id, key, canonical, representative, actor));
            ByKey[key] = id;
            return id;
        }
    }

    public SourceResolution Resolve(DocumentText text, IReadOnlyList<Attribution> attributions)
    {
        var builder = new Builder();
        var entityOf = new int[attributions.Count];
        var narrative = NarrativeMentions(text, attributions);
        var seen = new List<Mention>();
        var byHead = new Dictionary<TextSpan, int>();
        var order = Enumerable.Range(0, attributions.Count).Where(i => attributions[i].ContinuesFrom is null)
            .OrderBy(i => attributions[i].SourceHead.Start).ToList();
        int next = 0;
        foreach (int index in order)
        {
            var attribution = attributions[index];
            while (next < narrative.Count && narrative[next].Position < attribution.SourceHead.Start) seen.Add(narrative[next++]);
            if (byHead.TryGetValue(attribution.SourceHead, out int known))
            {
                entityOf[index] = known;
                continue;
            }
            var mention = Describe(text, new SourceMention(attribution.SourceHead, attribution.Source, attribution.Qualifier, attribution.SentenceIndex));
            mention.Entity = ResolveMention(builder, mention, seen);
            seen.Add(mention);
            byHead[attribution.SourceHead] = mention.Entity;
            entityOf[index] = mention.Entity;
        }
        for (int i = 0; i < attributions.Count; i++)
        {
            if (attributions[i].ContinuesFrom is int opener) entityOf[i] = entityOf[opener];
        }
        return new SourceResolution(builder.Entities, entityOf);
    }

    private int ResolveMention(Builder builder, Mention mention, List<Mention> seen)
    {
        if (mention.Pronoun is { } pronoun)
        {
            if (pronoun is "he" or "she" or "it" or "they")
            {
                for (int i = seen.Count - 1; i >= 0; i--)
                {
                    if (!Compatible(pronoun, seen[i], builder)) continue;
                    int entity = Ensure(builder, seen[i]);
                    if (pronoun is "he" or "she") builder.Entities[entity].Gender = pronoun == "he" ? 'm' : 'f';
                    return entity;
                }
            }
            return builder.GetOrCreate("pronoun:" + pronoun, mention.Display, mention.Source, null);
        }
        if (mention.Actor is not null && !mention.Indefinite)
        {
            // A surname the lexicon knows may still be the surname of someone named earlier ("Stefan Brandt ... Brandt said").
            if (mention.Person && !mention.Definite && mention.Stripped.Length == 1)
            {
                for (int i = seen.Count - 1; i >= 0; i--)
                {
                    if (seen[i].Person && seen[i].Actor != mention.Actor && seen[i].Stripped.Length > 1 && Refers(mention, seen[i])) return Ensure(builder, seen[i]);
                }
            }
            return Ensure(builder, mention);
        }
        if (!mention.Indefinite)
        {
            for (int i = seen.Count - 1; i >= 0; i--)
            {
                if (Refers(mention, seen[i])) return Ensure(builder, seen[i]);
            }
            if (mention.Tokens.Length == 2 && mention.Tokens[0] == "the" && _words.GenericBodies.TryGetValue(mention.Stripped[0], out var types))
            {
                // "the group": the nearest body of a fitting type ("the group" → an armed group or NGO), else the nearest body.
                for (int pass = 0; pass < 2; pass++)
                {
                    for (int i = seen.Count - 1; i >= 0; i--)
                    {
                        var candidate = seen[i];
                        if (!candidate.Org || candidate.Pronoun is not null) continue;
                        if (pass == 0 && !(candidate.Actor is { } a && types.Contains(a.SourceType))) continue;
                        return Ensure(builder, candidate);
                    }
                }
            }
        }
        return Ensure(builder, mention);
    }


    private static int Ensure(Builder builder, Mention mention)
    {
        if (mention.Entity >= 0) return mention.Entity;
        string key, canonical;
        if (mention.Actor is { } actor && !mention.Indefinite && !mention.Anonymous)
        {
            key = "actor:" + actor.Canonical;
            canonical = actor.Canonical;
        }
        else if (mention.Actor is { } unnamed && !mention.Indefinite)
        {
            key = "unnamed:" + unnamed.Canonical;
            canonical = mention.Display;
        }
        else
        {
            key = "name:" + string.Join(' ', mention.Indefinite ? mention.Tokens : mention.Stripped);
            canonical = mention.Display;
        }
        mention.Entity = builder.GetOrCreate(key, canonical, mention.Source, mention.Actor);
        var entity = builder.Entities[mention.Entity];
        if (entity.Gender == '?') entity.Gender = mention.Gender;
        return mention.Entity;
    }

    private static bool Compatible(string pronoun, Mention candidate, Builder builder)
    {
        if (candidate.Pronoun is not null) return false;
        char gender = candidate.Entity >= 0 && builder.Entities[candidate.Entity].Gender != '?' ? builder.Entities[candidate.Entity].Gender : candidate.Gender;
        return pronoun switch
        {
            "he" => candidate.Person && gender != 'f',
            "she" => candidate.Person && gender != 'm',
            "it" => candidate.Org && !candidate.Plural,
            _ => candidate.Plural || candidate.Org,
        };
    }

    /// <summary>True when <paramref name="mention"/> is a shorter way of naming <paramref name="earlier"/>.</summary>
    private static bool Refers(Mention mention, Mention earlier)
    {
        if (earlier.Pronoun is not null || earlier.Tokens.Contains("and")) return false; // "officials and the group" is two sources
        var shortForm = mention.Stripped;
        var full = earlier.Stripped;
        if (shortForm.Length == 0 || full.Length == 0) return false;
        if (shortForm.AsSpan().SequenceEqual(full)) return true;
        if (shortForm.Length < full.Length && shortForm.AsSpan().SequenceEqual(full.AsSpan(full.Length - shortForm.Length))) return true;
        if (mention.Definite && shortForm.Length == 1)
        {
            foreach (var token in earlier.Tokens)
            {
                if (token == shortForm[0]) return true;
            }
        }
        return false;
    }

    private Mention Describe(DocumentText text, SourceMention source)
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
        string? pronoun = nameEnd - nameStart == 1 && GrammarWords.SubjectPronouns.Contains(first) ? first : null;
        var actor = pronoun is null ? ActorOf(text, nameStart, nounEnd, nameEnd) ?? ActorOf(text, parts, nameStart) : null;

        int headNoun = Math.Max(nameStart, nounEnd - 1);
        var nounWord = text.Normalised.AsSpan(tokens[headNoun].Start, tokens[headNoun].Length);
        bool capitalisedNoun = char.IsUpper(text.Document.Text[tokens[headNoun].Start]);
        bool acronym = IsAcronym(text.Document.Text.AsSpan(tokens[headNoun].Start, tokens[headNoun].Length));
        bool org = GrammarWords.OrgNouns.Contains(nounWord) || acronym || (actor is not null && LooksLikeBody(actor.Canonical));
        bool plural = GrammarWords.PluralNouns.Contains(nounWord) || (!capitalisedNoun && nounWord.Length > 3 && nounWord.EndsWith("s")
            && !nounWord.EndsWith("ss") && !nounWord.EndsWith("'s") && !nounWord.EndsWith("us")) || (actor is not null && LooksPlural(actor.Canonical));
        plural |= pronoun is null && IsCoordination(words, org);
        bool person = !org && !plural && (capitalisedNoun || GrammarWords.PersonNouns.Contains(nounWord)) && pronoun is null;
        var display = text.Document.Text[tokens[nameStart].Start..tokens[nameEnd - 1].End];
        if (definite && first == "the") display = text.Document.Text[tokens[Math.Min(nameStart + 1, nameEnd - 1)].Start..tokens[nameEnd - 1].End];
        return new Mention
        {
            Position = source.Head.Start,
            Tokens = words,
            Stripped = Strip(words),
            Display = display,
            Source = source,
            Actor = actor,
            Indefinite = indefinite,
            Anonymous = pronoun is null && _anonymity is not null && _anonymity.IsAnonymous(text, parts),
            Definite = definite,
            Pronoun = pronoun,
            Person = person,
            Org = org,
            Plural = plural,
            Gender = GenderOf(text, parts),
        };
    }

    /// <summary>The actor the phrase names: a lexicon match that ends the head, or the body a spokesperson speaks for.</summary>
    internal Actor? ActorOf(DocumentText text, int start, int nounEnd, int end)
    {
        var tokens = text.Document.Tokens;
        for (int s = start; s < nounEnd; s++)
        {
            int length = _actors.Match(text.Normalised, tokens, s, end, out var actor);
            if (length > 0 && s + length == end) return Qualified(text, start, s, length, actor) ? null : actor;
        }
        for (int s = start; s < nounEnd; s++)
        {
            int length = _actors.Match(text.Normalised, tokens, s, nounEnd, out var actor);
            if (length > 0 && s + length == nounEnd) return Qualified(text, start, s, length, actor) ? null : actor;
        }
        if (nounEnd < end && nounEnd > start && SpeaksFor(text, nounEnd - 1, nounEnd))
        {
            return _actors.Longest(text.Normalised, tokens, nounEnd + 1, end)?.Value;
        }
        return null;
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
            int length = _actors.Match(text.Normalised, tokens, s, end, out var actor);
            if (length == 0 || length < bestLength || Qualified(text, start, s, length, actor)) continue;
            (best, bestLength) = (actor, length);
        }
        return best;
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
        if (_nationalities?.Exactly(text.Normalised, tokens, matchStart - 1, matchStart) is not null) return true;
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

    private static bool LooksLikeBody(string canonical) =>
        canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => GrammarWords.OrgNouns.Contains(LexiconText.Normalise(w)) || IsAcronym(w));

    private static bool LooksPlural(string canonical)
    {
        var last = LexiconText.Normalise(canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "");
        return GrammarWords.PluralNouns.Contains(last) || (last.Length > 3 && last.EndsWith('s') && !last.EndsWith("ss") && !last.EndsWith("us"));
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c)) return false;
                letters++;
            }
        }
        return letters >= 2;
    }

    /// <summary>[start, end) is a name: one to six tokens, all capitalised words or titles with a period.</summary>
    private static bool IsName(DocumentText text, int start, int end)
    {
        if (end <= start || end - start > 6) return false;
        var tokens = text.Document.Tokens;
        for (int t = start; t < end; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(text.Document.Text[tokens[t].Start])) return false;
        }
        return true;
    }

    /// <summary>True when [start, end) holds a capitalised word that is not a title or determiner (a proper name).</summary>
    /// <summary>Whether [start, end) holds a name: a capitalised word that is not a title, determiner, body noun or nationality
    /// ("The German cabinet's spokesman" holds none, so its apposition's name names the source).</summary>
    private bool HasName(DocumentText text, int start, int end)
    {
        var tokens = text.Document.Tokens;
        for (int t = start; t < end; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(text.Document.Text[tokens[t].Start])) continue;
            var word = text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length);
            if (_nationalities?.Exactly(text.Normalised, tokens, t, t + 1) is not null) continue;
            if (!GrammarWords.Honorifics.Contains(word) && !GrammarWords.Determiners.Contains(word) && !GrammarWords.OrgNouns.Contains(word)) return true;
        }
        return false;
    }

    private static char GenderOf(DocumentText text, MentionParts parts)
    {
        var tokens = text.Document.Tokens;
        foreach (var (start, end) in new[] { (parts.HeadStart, parts.HeadEnd), (parts.AppositionStart, parts.AppositionEnd) })
        {
            for (int t = start; t < end; t++)
            {
                var word = text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length);
                if (GrammarWords.MaleWords.Contains(word)) return 'm';
                if (GrammarWords.FemaleWords.Contains(word)) return 'f';
            }
        }
        return '?';
    }

    private static string[] Words(DocumentText text, int start, int end)
    {
        var tokens = text.Document.Tokens;
        var words = new List<string>(end - start);
        for (int t = start; t < end; t++)
        {
            if (tokens[t].Kind is TokenKind.Word or TokenKind.Number) words.Add(text.Normalised.Substring(tokens[t].Start, tokens[t].Length));
        }
        return words.ToArray();
    }

    /// <summary>Drops leading determiners and titles ("the", "Mr", "Defence Minister"), keeping at least the last word.</summary>
    private static string[] Strip(string[] words)
    {
        int s = 0;
        while (s < words.Length - 1 && (GrammarWords.Honorifics.Contains(words[s]) || GrammarWords.Determiners.Contains(words[s]))) s++;
        return s == 0 ? words : words[s..];
    }

    /// <summary>Named people and bodies outside quotations and outside attribution sources: possible antecedents.</summary>
    private List<Mention> NarrativeMentions(DocumentText text, IReadOnlyList<Attribution> attributions)
    {
        var document = text.Document;
        var tokens = document.Tokens;
        var covered = new bool[tokens.Length];
        foreach (var attribution in attributions)
        {
            var (start, end) = text.TokenRange(attribution.Source);
            for (int t = start; t < end; t++) covered[t] = true;
        }
        var found = new List<Mention>();
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Role == ParagraphRole.Note) continue;
            int end = sentence.FirstToken + sentence.TokenCount;
            for (int t = sentence.FirstToken; t < end; t++)
            {
                if (tokens[t].InQuote || tokens[t].Kind != TokenKind.Word || covered[t]) continue;
                int length = _actors.Match(text.Normalised, tokens, t, end, out var actor);
                // A title from the actor list followed by a name ("Defence Minister Rasmus Veld") is that name, not the actor.
                if (length > 0 && t + length < end && tokens[t + length].Kind == TokenKind.Word && char.IsUpper(document.Text[tokens[t + length].Start])) length = 0;
                int runEnd = t;
                if (length == 0)
                {
                    while (runEnd < end && tokens[runEnd].Kind == TokenKind.Word && !tokens[runEnd].InQuote
                        && (char.IsUpper(document.Text[tokens[runEnd].Start])
                            || (runEnd > t && runEnd + 1 < end && IsLink(text, runEnd) && char.IsUpper(document.Text[tokens[runEnd + 1].Start]))))
                    {
                        runEnd++;
                    }
                    int start = t;
                    if (start == sentence.FirstToken && runEnd > start && IsOpener(text, start)) start++;
                    if (runEnd - start < 2)
                    {
                        t = Math.Max(t, runEnd - 1);
                        continue;
                    }
                    found.Add(Narrative(text, sentence.Index, start, runEnd, null));
                    t = runEnd - 1;
                    continue;
                }
                found.Add(Narrative(text, sentence.Index, t, t + length, actor));
                t += length - 1;
            }
        }
        return found;
    }

    /// <summary>Names joined by "and" that are not one body's name ("Chancellor Ilse Varga and President Luc Morel", not
    /// "the Department of Health and Human Services"): a group that "they" can refer to.</summary>
    private static bool IsCoordination(string[] words, bool org) => !org && Array.IndexOf(words, "and") is > 0 and var i && i < words.Length - 1;

    private static bool IsLink(DocumentText text, int t)
    {
        var word = text.Normalised.AsSpan(text.Document.Tokens[t].Start, text.Document.Tokens[t].Length);
        return word is "of" or "for" or "the" or "and";
    }

    private static bool IsOpener(DocumentText text, int t)
    {
        var token = text.Document.Tokens[t];
        var original = text.Document.Text.AsSpan(token.Start, token.Length);
        var word = text.Normalised.AsSpan(token.Start, token.Length);
        return Abbreviations.IsSentenceStarter(original) || GrammarWords.Determiners.Contains(word) || GrammarWords.Prepositions.Contains(word)
            || GrammarWords.Discourse.Contains(word);
    }

    private Mention Narrative(DocumentText text, int sentence, int start, int end, Actor? actor)
    {
        var tokens = text.Document.Tokens;
        var span = new TextSpan(tokens[start].Start, tokens[end - 1].End);
        var words = Words(text, start, end);
        var last = words.Length > 0 ? words[^1] : "";
        bool titled = words.Any(w => GrammarWords.Honorifics.Contains(w) && !GrammarWords.Determiners.Contains(w));
        bool org = GrammarWords.OrgNouns.Contains(last) || IsAcronym(text.Document.Text.AsSpan(tokens[end - 1].Start, tokens[end - 1].Length))
            || (actor is not null && LooksLikeBody(actor.Canonical));
        bool plural = actor is not null && LooksPlural(actor.Canonical) || IsCoordination(words, org);
        bool appositionFollows = end + 1 < tokens.Length && text.Document.Text[tokens[end].Start] == ','
            && (tokens[end + 1].Kind == TokenKind.Number || text.Normalised.AsSpan(tokens[end + 1].Start, tokens[end + 1].Length) is "a" or "an" or "the" or "who" or "whose");
        bool person = !org && !plural && (titled || appositionFollows || (actor is not null && actor.Canonical.Contains(' ')));
        char gender = '?';
        foreach (var w in words)
        {
            if (GrammarWords.MaleWords.Contains(w)) gender = 'm';
            else if (GrammarWords.FemaleWords.Contains(w)) gender = 'f';
        }
        var display = text.Document.Text[span.Start..span.End];
        if (words.Length > 1 && words[0] == "the") display = text.Document.Text[tokens[start + 1].Start..span.End];
        return new Mention
        {
            Position = span.Start,
            Tokens = words,
            Stripped = Strip(words),
            Display = display,
            Source = new SourceMention(span, span, new TextSpan(span.End, span.End), sentence),
            Actor = actor,
            Definite = words.Length > 0 && words[0] == "the",
            Person = person,
            Org = org,
            Plural = plural,
            Gender = gender,
        };
    }
}
