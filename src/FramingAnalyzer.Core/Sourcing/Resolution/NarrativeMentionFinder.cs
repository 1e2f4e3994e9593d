using FramingAnalyzer.Model;
using FramingAnalyzer.Text;

using static FramingAnalyzer.Sourcing.MentionText;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Named people and bodies in the narrative (outside quotations and outside attribution sources): actor-lexicon matches
/// and runs of capitalised words ("Defence Minister Rasmus Veld visited ..."), the antecedents that later short names
/// and pronouns resolve to.
/// </summary>
internal sealed class NarrativeMentionFinder(ActorLexicon actors, ResolutionWords words, SourceRoleLexicon? roles, PhraseLexicon? nationalities = null)
{
    private readonly ActorLexicon _actors = actors;
    private readonly ResolutionWords _words = words;
    private readonly SourceRoleLexicon? _roles = roles;
    private readonly PhraseLexicon? _nationalities = nationalities;

    /// <summary>Named people and bodies outside quotations and outside attribution sources: possible antecedents.</summary>
    public List<ResolverMention> Find(DocumentText text, IReadOnlyList<Attribution> attributions)
    {
        var document = text.Document;
        var tokens = document.Tokens;
        var covered = new bool[tokens.Length];
        // Names listed inside a group source ("Several voters at the rally, including Tanisha Okafor and Bryan Mills, said
        // ..."): each is a person of that group, whom a later "Okafor said" or "he" names; the group's words describe them.
        Dictionary<int, int>? listedIn = null;
        foreach (var attribution in attributions)
        {
            var (start, end) = text.TokenRange(attribution.Source, attribution.SentenceIndex);
            int list = ListStart(text, start, end);
            for (int t = start; t < end; t++) covered[t] = t < list;
            if (list < end) (listedIn ??= [])[list] = start;
        }
        var found = new List<ResolverMention>();
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Role == ParagraphRole.Note) continue;
            int end = sentence.FirstToken + sentence.TokenCount;
            bool titleCase = HeadlineLike(document, sentence) && TitleCase(text, sentence.FirstToken, end);
            for (int t = sentence.FirstToken; t < end; t++)
            {
                if (tokens[t].InQuote || tokens[t].Kind != TokenKind.Word || covered[t]) continue;
                if (t == sentence.FirstToken && BodyDescriptionEnd(text, t, end, covered) is int bodyEnd)
                {
                    var body = Narrative(text, sentence.Index, t, bodyEnd, null);
                    found.Add(new ResolverMention(body.Position, body.Source, body.Name, null, body.Form with { Org = true, Person = false, Plural = false, Gender = '?' }));
                    t = bodyEnd - 1;
                    continue;
                }
                if (IsTitleDescription(text, t, end, covered, t == sentence.FirstToken))
                {
                    found.Add(TitleDescription(text, sentence.Index, t, t == sentence.FirstToken));
                    t++;
                    continue;
                }
                if (t == sentence.FirstToken && !titleCase && PersonSubjectEnd(text, t, end, covered) is int subjectEnd)
                {
                    var subject = Narrative(text, sentence.Index, t, subjectEnd, null);
                    found.Add(new ResolverMention(subject.Position, subject.Source, subject.Name, null, subject.Form with { Person = true, Org = false, Plural = false }));
                    t = subjectEnd - 1;
                    continue;
                }
                int length = _actors.Match(text, t, end, out var actor);
                // A title from the actor list followed by a name ("Defence Minister Rasmus Veld") is that name, not the actor.
                if (length > 0 && !titleCase && t + length < end && tokens[t + length].Kind == TokenKind.Word && char.IsUpper(document.Text[tokens[t + length].Start])) length = 0;
                int runEnd = t;
                // In a headline in title case every word is capitalised: a run of them is no name ("Hillary Clinton Goes
                // After Donald Trump"), so only the actor list's names count there.
                if (length == 0 && titleCase) continue;
                if (length == 0)
                {
                    while (runEnd < end && tokens[runEnd].Kind == TokenKind.Word && !tokens[runEnd].InQuote
                        && (char.IsUpper(document.Text[tokens[runEnd].Start])
                            || (runEnd > t && runEnd + 1 < end && IsLink(text, runEnd) && char.IsUpper(document.Text[tokens[runEnd + 1].Start])
                                && !PersonBeforeOf(text, t, runEnd))))
                    {
                        runEnd++;
                        // "Trump's Fourth of July remarks": a one-word name ends at its possessive; so does a person's
                        // full name ("Joe Biden's Fourth of July message ... as he called for": Joe Biden).
                        if (Possessive(text, runEnd - 1, end)
                            && (runEnd - 1 == t || runEnd - t <= 3 && _words.GenderOfGivenName(text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length)) != '?')) break;
                    }
                    int start = t;
                    if (start == sentence.FirstToken && runEnd > start && IsOpener(text, start)) start++;
                    // "Russia denied the report. It said ...": a country named as the subject of its clause is a body, an
                    // antecedent for "it"; not one named in what someone said ("if North Korea conducted another test").
                    if (runEnd > start && IsCountry(_nationalities, text, start, runEnd) && !Possessive(text, runEnd - 1, end) && !AfterPreposition(text, start)
                        && !InContent(attributions, tokens[start].Start))
                    {
                        var country = Narrative(text, sentence.Index, start, runEnd, null);
                        found.Add(new ResolverMention(country.Position, country.Source, country.Name, null, country.Form with { Org = true, Person = false, Gender = '?' }));
                        t = runEnd - 1;
                        continue;
                    }
                    if (runEnd - start < 2)
                    {
                        // One capitalised word ("Holm went on to explain ..."): possibly a surname named in full before.
                        // A possessor ("examining Holm's leg") is not the subject of its clause: it is kept apart, an antecedent
                        // of last resort ("Trump's remarks doubled down on the speech where he accused ...").
                        if (runEnd - start == 1 && !(start == sentence.FirstToken && IsOpener(text, start)))
                        {
                            var one = OneWord(text, sentence.Index, start);
                            found.Add(Possessive(text, start, end) ? new ResolverMention(one.Position, one.Source, one.Name, null, one.Form)
                            {
                                OneWord = true,
                                Possessor = true,
                                AfterPreposition = one.AfterPreposition,
                            } : one);
                        }
                        t = Math.Max(t, runEnd - 1);
                        continue;
                    }
                    int described = RoleBefore(text, sentence.FirstToken, start, covered);
                    if (described == start) described = DescriptionBefore(text, sentence.FirstToken, start, runEnd, end, covered);
                    int group = -1;
                    bool listed = listedIn is not null && listedIn.TryGetValue(start, out group);
                    if (listed && described == start && !HasOwnRole(text, start, runEnd)) described = group;
                    // Names joined by "and" are each a mention and, together, a group ("they"); a description before the
                    // list describes each ("two voters, Tyresha Holm and Bryan Torvald, ...").
                    int and = AndWithin(text, start, runEnd);
                    if (and > start + 1 && and < runEnd - 2)
                    {
                        bool listDescribed = described < start && (listed || IsPunctuation(text, start - 1, ','));
                        found.Add(Narrative(text, sentence.Index, start, and, null, listDescribed ? described : -1));
                        found.Add(Narrative(text, sentence.Index, and + 1, runEnd, null, listDescribed ? described : -1));
                    }
                    found.Add(Narrative(text, sentence.Index, start, runEnd, null, described));
                    t = runEnd - 1;
                    continue;
                }
                found.Add(Narrative(text, sentence.Index, t, t + length, actor));
                t += length - 1;
            }
        }
        if (AddBodiesInDescriptions(text, attributions, found)) found.Sort((a, b) => a.Position.CompareTo(b.Position));
        return found;
    }

    /// <summary>
    /// Bodies named in a source's description rather than its head ("Jane Doyle, a spokeswoman for the American Civil
    /// Liberties Union, said", "The lawsuit, filed by the Center for Civic Liberty, argued"): antecedents of a later "the
    /// group" or "it". Only bodies (actor-lexicon bodies, names ending in a body noun or acronyms): people named there
    /// stay out, so pronouns keep to the people the article quotes. Whether any was added.
    /// </summary>
    private bool AddBodiesInDescriptions(DocumentText text, IReadOnlyList<Attribution> attributions, List<ResolverMention> found)
    {
        var document = text.Document;
        var tokens = document.Tokens;
        bool added = false;
        foreach (var attribution in attributions)
        {
            if (attribution.ContinuesFrom is not null) continue;
            var (start, end) = text.TokenRange(attribution.Source, attribution.SentenceIndex);
            var (headStart, headEnd) = text.TokenRange(attribution.SourceHead, attribution.SentenceIndex);
            // The head's own words are the source; a body after its preposition is another ("The chairman of the Elkton
            // County Board of Elections").
            int nounEnd = headStart;
            while (nounEnd < headEnd && !(tokens[nounEnd].Kind == TokenKind.Word && text.Normalised.AsSpan(tokens[nounEnd].Start, tokens[nounEnd].Length) is "of" or "for" or "at" or "with")) nounEnd++;
            headEnd = nounEnd;
            for (int t = start; t < end; t++)
            {
                if (t >= headStart && t < headEnd) { t = headEnd - 1; continue; }
                if (tokens[t].Kind != TokenKind.Word || tokens[t].InQuote) continue;
                int length = _actors.Match(text, t, end, out var actor);
                if (length > 0 && actor is not null && LooksLikeBody(actor.Canonical))
                {
                    found.Add(Narrative(text, attribution.SentenceIndex, t, t + length, actor));
                    added = true;
                    t += length - 1;
                    continue;
                }
                if (!char.IsUpper(document.Text[tokens[t].Start])) continue;
                int runEnd = t;
                while (runEnd < end && tokens[runEnd].Kind == TokenKind.Word && !(runEnd >= headStart && runEnd < headEnd)
                    && (char.IsUpper(document.Text[tokens[runEnd].Start]) || (runEnd > t && runEnd + 1 < end && IsLink(text, runEnd) && char.IsUpper(document.Text[tokens[runEnd + 1].Start]))))
                {
                    runEnd++;
                }
                var mention = Narrative(text, attribution.SentenceIndex, t, runEnd, null);
                // "Elkton County Board of Elections": a body noun before the name's of-phrase makes it a body too.
                bool body = mention.Form.Org || (!mention.Form.Person && Array.FindIndex(mention.Name.Tokens, w => w is "of" or "for") is > 0 and var of
                    && GrammarWords.OrgNouns.Contains(mention.Name.Tokens[of - 1]));
                if (body && !mention.Form.Plural)
                {
                    found.Add(mention);
                    added = true;
                }
                t = runEnd - 1;
            }
        }
        return added;
    }

    /// <summary>Words that open a list of the group's members inside a source ("voters, including ...", "officials, among
    /// them ...", "groups such as ...").</summary>
    private static readonly WordSet ListOpeners = new("including", "among", "such");

    /// <summary>Where the list of named members in a source phrase starts (the first word after "including", "among them"
    /// or "such as"), or <paramref name="end"/> when the phrase lists none.</summary>
    private static int ListStart(DocumentText text, int start, int end)
    {
        var tokens = text.Document.Tokens;
        for (int t = start + 1; t < end - 1; t++)
        {
            if (tokens[t].Kind != TokenKind.Word) continue;
            var word = text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length);
            if (!ListOpeners.Contains(word)) continue;
            var next = text.Normalised.AsSpan(tokens[t + 1].Start, tokens[t + 1].Length);
            if (word is "including") return t + 1;
            if (word is "among" && next is "them" && t + 2 < end) return t + 2;
            if (word is "such" && next is "as" && t + 2 < end) return t + 2;
        }
        return end;
    }

    /// <summary>Whether a name carries a role of its own ("Mayor Ada Lind"), which a group it is listed in does not override.</summary>
    private bool HasOwnRole(DocumentText text, int start, int end)
    {
        if (_roles is null) return false;
        for (int t = start + 1; t < end; t++)
        {
            int k = _roles.LengthEndingAt(text.Normalised, text.Document.Tokens, t);
            if (k > 0 && t - k >= start) return true;
        }
        return false;
    }

    /// <summary>Whether a sentence is the headline, or the whole of the first paragraph (a headline ending in a full stop
    /// that the layout took for the lede).</summary>
    private static bool HeadlineLike(Document document, Sentence sentence) =>
        sentence.Role == ParagraphRole.Headline
        || (sentence.ParagraphIndex == 0 && document.Sentences.Count(s => s.ParagraphIndex == 0) == 1);

    /// <summary>Whether a sentence is in title case: most of its words of four letters or more, and all but two of its
    /// words, are capitalised ("Mayor Lind Closes The Harbour As Storm Nears The Coast"); two words are enough ("Senator Meets
    /// Governor", "Holm Resigns").</summary>
    private static bool TitleCase(DocumentText text, int start, int end)
    {
        var tokens = text.Document.Tokens;
        int words = 0, lower = 0;
        for (int t = start; t < end; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || tokens[t].InQuote) continue;
            words++;
            if (!char.IsUpper(text.Document.Text[tokens[t].Start])) lower++;
        }
        return words >= 2 && lower <= 2 && lower * 4 < words;
    }

    /// <summary>Whether [start, end) is a country's own name in the nationalities lexicon ("Iran", "South Korea"), not an
    /// adjective or people ("Iranian", "Russians").</summary>
    internal static bool IsCountry(PhraseLexicon? nationalities, DocumentText text, int start, int end)
    {
        if (nationalities?.Exactly(text.Normalised, text.Document.Tokens, start, end) is not { } country) return false;
        var name = text.Normalised.AsSpan(text.Document.Tokens[start].Start, text.Document.Tokens[end - 1].End - text.Document.Tokens[start].Start);
        if (name.Length != country.Length) return false;
        for (int i = 0; i < name.Length; i++)
        {
            if (name[i] != country[i] && !(name[i] == ' ' && country[i] == '_')) return false;
        }
        return true;
    }

    /// <summary>
    /// "The ministry published a list, and it said ...", "The government of Turkmenistan published photos of what it
    /// claimed ...": "The" and a singular body noun opening the sentence, with "of" and a capitalised name after it, is
    /// the subject of that sentence, an antecedent for "it". Where the description ends, or null.
    /// </summary>
    private static int? BodyDescriptionEnd(DocumentText text, int at, int sentenceEnd, bool[] covered)
    {
        var tokens = text.Document.Tokens;
        if (at + 1 >= sentenceEnd || tokens[at + 1].Kind != TokenKind.Word || tokens[at + 1].InQuote || covered[at + 1]) return null;
        if (!text.Normalised.AsSpan(tokens[at].Start, tokens[at].Length).SequenceEqual("the") || char.IsUpper(text.Document.Text[tokens[at + 1].Start])) return null;
        var noun = text.Normalised.AsSpan(tokens[at + 1].Start, tokens[at + 1].Length);
        if (!GrammarWords.OrgNouns.Contains(noun) || noun.EndsWith("s")) return null;
        int end = at + 2;
        if (end + 1 < sentenceEnd && text.Normalised.AsSpan(tokens[end].Start, tokens[end].Length) is "of")
        {
            int name = end + 1;
            while (name < sentenceEnd && tokens[name].Kind == TokenKind.Word && !tokens[name].InQuote && char.IsUpper(text.Document.Text[tokens[name].Start])) name++;
            if (name > end + 1) end = name;
        }
        return end < sentenceEnd && tokens[end].Kind == TokenKind.Word && char.IsLower(text.Document.Text[tokens[end].Start]) ? end : null;
    }

    private static bool InContent(IReadOnlyList<Attribution> attributions, int position)
    {
        foreach (var attribution in attributions)
        {
            if (attribution.Content.Start <= position && position < attribution.Content.End) return true;
        }
        return false;
    }

    /// <summary>A one-word name: a possible short form of a person named before (the resolver drops it otherwise).</summary>
    private ResolverMention OneWord(DocumentText text, int sentence, int at)
    {
        var mention = Narrative(text, sentence, at, at + 1, null);
        return new ResolverMention(mention.Position, mention.Source, mention.Name, null, mention.Form)
        {
            OneWord = true,
            AfterPreposition = AfterPreposition(text, at),
        };
    }

    /// <summary>Title nouns that, after "the", name a person titled so before ("the president" after "President Ada Holm").</summary>
    internal static readonly WordSet TitleNouns = new("president", "senator", "governor", "mayor", "minister", "chancellor", "premier",
        "congressman", "congresswoman", "ambassador", "judge", "general");

    /// <summary>
    /// Whether "the" and a title noun start at <paramref name="at"/> ("In defeat, the president appeared cowed"), outside
    /// quotations and attribution sources, and not followed by "of" ("the president of the club" is someone else). A
    /// possessor counts only when it opens the sentence (<paramref name="opens"/>): "The president's roots came into play"
    /// is about the president, "a letter to the president's aides" is not.
    /// </summary>
    private static bool IsTitleDescription(DocumentText text, int at, int sentenceEnd, bool[] covered, bool opens)
    {
        var tokens = text.Document.Tokens;
        if (at + 1 >= sentenceEnd || tokens[at + 1].Kind != TokenKind.Word || tokens[at + 1].InQuote || covered[at + 1]) return false;
        if (!text.Normalised.AsSpan(tokens[at].Start, tokens[at].Length).SequenceEqual("the") || char.IsUpper(text.Document.Text[tokens[at + 1].Start])) return false;
        var noun = text.Normalised.AsSpan(tokens[at + 1].Start, tokens[at + 1].Length);
        if (Possessive(text, at + 1, sentenceEnd) && !opens) return false;
        if (noun.EndsWith("'s") || noun.EndsWith("’s")) noun = noun[..^2];
        if (!TitleNouns.Contains(noun)) return false;
        return !(at + 2 < sentenceEnd && text.Normalised.AsSpan(tokens[at + 2].Start, tokens[at + 2].Length) is "of");
    }

    private const int MaxSubjectModifiers = 4;

    /// <summary>
    /// "The nation's chief diplomat didn't seem to agree.", "Our tow truck driver wasted no time ...": a sentence that
    /// opens with a determiner or possessive, at most four lower-case modifiers and a singular person noun of the role
    /// lexicon, followed by its verb or an apposition, has that person as its subject, an antecedent for a later "he" or
    /// "she" though the text never names them. Where the description ends, or null.
    /// </summary>
    private int? PersonSubjectEnd(DocumentText text, int at, int sentenceEnd, bool[] covered)
    {
        if (_roles is null) return null;
        var tokens = text.Document.Tokens;
        var first = text.Normalised.AsSpan(tokens[at].Start, tokens[at].Length);
        if (!(first is "the" or "a" or "an" or "our" or "my" or "his" or "her" or "their")) return null;
        for (int h = at + 1; h < sentenceEnd - 1 && h - at <= MaxSubjectModifiers + 1; h++)
        {
            var token = tokens[h];
            if (token.Kind != TokenKind.Word || token.InQuote || covered[h] || char.IsUpper(text.Document.Text[token.Start])) return null;
            var word = text.Normalised.AsSpan(token.Start, token.Length);
            if (GrammarWords.Prepositions.Contains(word) || word is "of" or "and" or "or" || GrammarWords.BeForms.Contains(word) || GrammarWords.Auxiliaries.Contains(word)) return null;
            if (word.EndsWith("s") || !PersonWord(text, h, word)) continue;
            var next = tokens[h + 1];
            if (next.InQuote) return null;
            if (next.Kind == TokenKind.Punctuation) return text.Document.Text[next.Start] == ',' ? h + 1 : null;
            var after = text.Normalised.AsSpan(next.Start, next.Length);
            // "chief diplomat": a role word after the person noun is the head.
            if (next.Kind == TokenKind.Word && PersonWord(text, h + 1, after)) continue;
            bool verb = next.Kind == TokenKind.Word && !char.IsUpper(text.Document.Text[next.Start]) && !GrammarWords.Prepositions.Contains(after)
                && !(after is "of" or "and" or "or" or "who" or "whose" or "that" or "which");
            return verb ? h + 1 : null;
        }
        return null;
    }

    /// <summary>A person noun, or a one-word role of the lexicon that is no document, medium or body ("diplomat", "actor";
    /// not "video", "article" or "agency").</summary>
    private bool PersonWord(DocumentText text, int t, ReadOnlySpan<char> word) =>
        GrammarWords.PersonNouns.Contains(word)
        || _roles!.Longest(text.Normalised, text.Document.Tokens, t, t + 1) is { Length: 1 } role && role.Value.Type is not (SourceTypes.Document or SourceTypes.Media)
           && !_words.GenericBodies.ContainsKey(word.ToString()) && !GrammarWords.OrgNouns.Contains(word);

    /// <summary>"The" and a title noun: kept as an antecedent only when it names a person titled so before.</summary>
    private ResolverMention TitleDescription(DocumentText text, int sentence, int at, bool opensSentence)
    {
        var mention = Narrative(text, sentence, at, at + 2, null);
        return new ResolverMention(mention.Position, mention.Source, mention.Name, null, mention.Form with { Person = true })
        {
            TitleDescription = true,
            OpensSentence = opensSentence,
            AfterPreposition = AfterPreposition(text, at + 1),
        };
    }

    /// <summary>Whether the word at <paramref name="at"/> is a possessor ("Holm's", "Holm 's", "Rivers'").</summary>
    private static bool Possessive(DocumentText text, int at, int sentenceEnd)
    {
        var tokens = text.Document.Tokens;
        var word = text.Normalised.AsSpan(tokens[at].Start, tokens[at].Length);
        if (word.EndsWith("'s") || word.EndsWith("’s") || word.EndsWith("s'") || word.EndsWith("s’")) return true;
        return at + 1 < sentenceEnd && text.Normalised.AsSpan(tokens[at + 1].Start, tokens[at + 1].Length) is "'s" or "’s" or "'" or "’";
    }

    /// <summary>Prepositions after which a name is not the subject of its clause ("under", "with", "of", "to", "as" ...).</summary>
    private static readonly WordSet ObliquePrepositions = new("upon", "in", "on", "at", "after", "before", "during", "by", "from", "with", "for",
        "since", "over", "under", "within", "following", "despite", "amid", "throughout", "until", "via", "through", "across", "near",
        "of", "to", "about", "against", "as", "toward", "towards", "between", "among", "without", "behind", "beside", "like", "than",
        "unlike", "besides", "beyond", "alongside");

    /// <summary>Whether the word right before token <paramref name="at"/> is a preposition (skipping "the" and
    /// capitalised titles is not needed: the mention's run starts at its first capitalised word).</summary>
    internal static bool AfterPreposition(DocumentText text, int at)
    {
        var tokens = text.Document.Tokens;
        int before = at - 1;
        if (before >= 0 && tokens[before].Kind == TokenKind.Word && text.Normalised.AsSpan(tokens[before].Start, tokens[before].Length) is "the") before--;
        if (before < 0 || tokens[before].Kind != TokenKind.Word) return false;
        var word = text.Normalised.AsSpan(tokens[before].Start, tokens[before].Length);
        return ObliquePrepositions.Contains(word) && !(ClauseOpeners.Contains(word) && VerbAfterName(text, at));
    }

    /// <summary>Prepositions that also open a clause whose subject the name is ("until Trump reached the end", "as Holm went
    /// on", "more than Holm did"), not an oblique ("until Tuesday", "as Holm's deputy", "none other than Ada Holm").</summary>
    private static readonly WordSet ClauseOpeners = new("after", "before", "since", "until", "as", "like", "than");

    /// <summary>Whether a lower-case word that is no preposition, conjunction or possessive follows the capitalised name
    /// that starts at <paramref name="at"/>, as a verb follows its subject.</summary>
    private static bool VerbAfterName(DocumentText text, int at)
    {
        var tokens = text.Document.Tokens;
        int t = at;
        while (t < tokens.Length && tokens[t].Kind == TokenKind.Word && char.IsUpper(text.Document.Text[tokens[t].Start])) t++;
        if (t == at || t >= tokens.Length || tokens[t].Kind != TokenKind.Word || !char.IsLower(text.Document.Text[tokens[t].Start])) return false;
        var next = text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length);
        return !ObliquePrepositions.Contains(next) && next is not ("and" or "or" or "'s" or "’s");
    }

    private const int MaxQuotedTitleWords = 4;

    /// <summary>
    /// A title the writer puts in quotation marks just before the name ("the paper's “chief flood reporter” Nadia Olsen"):
    /// the quoted words, up to four and ending in a lexicon role, describe the person as an unquoted title would. Where the
    /// quoted title starts (its first word), or null.
    /// </summary>
    private int? QuotedTitleBefore(DocumentText text, int sentenceStart, int start, bool[] covered)
    {
        var tokens = text.Document.Tokens;
        int close = start - 1;
        if (close <= sentenceStart || tokens[close].Kind == TokenKind.Word || text.Document.Text[tokens[close].Start] is not ('”' or '"')) return null;
        int first = close;
        while (first - 1 > sentenceStart && close - first < MaxQuotedTitleWords && tokens[first - 1].Kind == TokenKind.Word && !covered[first - 1]) first--;
        if (first == close || first - 1 < sentenceStart || tokens[first - 1].Kind == TokenKind.Word || text.Document.Text[tokens[first - 1].Start] is not ('“' or '"')) return null;
        int k = _roles!.LengthEndingAt(text.Normalised, tokens, close);
        return k > 0 && close - k >= first ? first : null;
    }

    /// <summary>
    /// Where a name's description starts when a lower-case role stands before it, with the capitalised words or
    /// possessive before that role ("Hillary Clinton campaign chairman John Podesta", "the company's chief executive
    /// Ana Holm"): the classifier reads the role as it would in a source phrase. The name's own start otherwise.
    /// </summary>
    private int RoleBefore(DocumentText text, int sentenceStart, int start, bool[] covered)
    {
        if (_roles is null) return start;
        var tokens = text.Document.Tokens;
        if (QuotedTitleBefore(text, sentenceStart, start, covered) is { } quoted) return quoted;
        int k = _roles.LengthEndingAt(text.Normalised, tokens, start);
        if (k == 0 || start - k < sentenceStart) return start;
        int head = start - k;
        for (int t = head; t < start; t++)
        {
            if (tokens[t].InQuote || covered[t] || tokens[t].Kind != TokenKind.Word) return start;
        }
        int modifiers = 0;
        while (head - 1 >= sentenceStart && modifiers < 3 && !tokens[head - 1].InQuote && !covered[head - 1] && tokens[head - 1].Kind == TokenKind.Word
            && (char.IsUpper(text.Document.Text[tokens[head - 1].Start]) || text.Normalised.AsSpan(tokens[head - 1].Start, tokens[head - 1].Length) is "'s" or "’s"))
        {
            head--;
            modifiers++;
        }
        return head;
    }

    /// <summary>
    /// Where a name's description starts when the description comes first and the name follows it between commas ("An
    /// attorney for the company, Mark Dunn, stressed ...", "the state's revenue commissioner, Ada Holm, ...", "A teacher
    /// from Ohio, Carla Renn, ..."): a role from the lexicon, with what it is of or for or where it is from, and the
    /// determiner or modifiers before it. The name's own start
    /// otherwise.
    /// </summary>
    private int DescriptionBefore(DocumentText text, int sentenceStart, int start, int end, int sentenceEnd, bool[] covered)
    {
        if (_roles is null || start - 2 < sentenceStart || !IsPunctuation(text, start - 1, ',')) return start;
        if (end < sentenceEnd && !(text.Document.Tokens[end].Kind == TokenKind.Punctuation && text.Document.Text[text.Document.Tokens[end].Start] is ',' or '.' or ';' or '—' or '–' or ')')) return start;
        var tokens = text.Document.Tokens;
        int comma = start - 1;
        for (int roleEnd = comma; roleEnd > sentenceStart && comma - roleEnd <= MaxOfPhraseTokens; roleEnd--)
        {
            if (roleEnd < comma && !OfPhraseWord(text, roleEnd, covered)) return start;
            int k = _roles.LengthEndingAt(text.Normalised, tokens, roleEnd);
            if (k == 0 || roleEnd - k < sentenceStart) continue;
            // "for the driver", "of the state", "at the clinic", and where they are from: "A teacher from Ohio", "a nurse in Queens".
            if (roleEnd < comma && !(text.Normalised.AsSpan(tokens[roleEnd].Start, tokens[roleEnd].Length) is "for" or "of" or "at" or "with" or "to" or "from" or "in")) continue;
            int head = roleEnd - k;
            for (int t = head; t < roleEnd; t++)
            {
                if (tokens[t].InQuote || covered[t] || tokens[t].Kind != TokenKind.Word) return start;
            }
            // The determiner, number or possessive that opens the description, with up to three modifiers after it.
            for (int back = 1; back <= 4 && head - back >= sentenceStart; back++)
            {
                var token = tokens[head - back];
                if (token.InQuote || covered[head - back] || token.Kind is not TokenKind.Word and not TokenKind.Number) break;
                var word = text.Normalised.AsSpan(token.Start, token.Length);
                if (GrammarWords.Determiners.Contains(word) || token.Kind == TokenKind.Number || word is "two" or "three" or "several" or "one")
                {
                    return head - back;
                }
            }
            return head;
        }
        return start;
    }

    private const int MaxOfPhraseTokens = 6;

    /// <summary>A word that may follow a role inside its description: a preposition, a determiner, a capitalised word or a
    /// possessive ("for the Smith campaign", "of Ohio's").</summary>
    private static bool OfPhraseWord(DocumentText text, int t, bool[] covered)
    {
        var token = text.Document.Tokens[t];
        if (token.InQuote || covered[t]) return false;
        var word = text.Normalised.AsSpan(token.Start, token.Length);
        if (word is "'s" or "’s" or "for" or "of" or "at" or "with" or "to" or "from" or "in" or "the") return true;
        return token.Kind == TokenKind.Word && char.IsUpper(text.Document.Text[token.Start]);
    }

    private static bool IsPunctuation(DocumentText text, int t, char c) =>
        text.Document.Tokens[t].Kind == TokenKind.Punctuation && text.Document.Text[text.Document.Tokens[t].Start] == c;

    private ResolverMention Narrative(DocumentText text, int sentence, int start, int end, Actor? actor, int headStart = -1)
    {
        var tokens = text.Document.Tokens;
        var span = new TextSpan(tokens[start].Start, tokens[end - 1].End);
        var words = Words(text, start, end);
        var last = words.Length > 0 ? words[^1] : "";
        // A title among the words ("Mr", "Gen."), and the gender the last gendered word tells ("Mrs", "spokesman"): one
        // grammar-mask lookup per word answers the four sets.
        bool titled = false;
        char gender = '?';
        foreach (var w in words)
        {
            ulong mask = GrammarWords.MaskOf(w);
            titled |= (mask & GrammarWords.Honorifics.Mask) != 0 && (mask & GrammarWords.Determiners.Mask) == 0;
            if ((mask & GrammarWords.MaleWords.Mask) != 0) gender = 'm';
            else if ((mask & GrammarWords.FemaleWords.Mask) != 0) gender = 'f';
        }
        bool org = GrammarWords.OrgNouns.Contains(last) || IsAcronym(text.Document.Text.AsSpan(tokens[end - 1].Start, tokens[end - 1].Length))
            || (actor is not null && LooksLikeBody(actor.Canonical));
        bool plural = actor is not null && LooksPlural(actor.Canonical) || IsCoordination(words, org);
        bool appositionFollows = end + 1 < tokens.Length && text.Document.Text[tokens[end].Start] == ','
            && (tokens[end + 1].Kind == TokenKind.Number || text.Normalised.AsSpan(tokens[end + 1].Start, tokens[end + 1].Length) is "a" or "an" or "the" or "who" or "whose"
                || RoleOpens(text, end + 1, sentence));
        char nameGender = org || plural ? '?' : GenderOfName(text, start, end, _words);
        bool person = !org && !plural && (titled || appositionFollows || nameGender != '?' || (actor is not null && actor.Canonical.Contains(' ')));
        if (gender == '?') gender = nameGender;
        var display = text.Document.Text[span.Start..span.End];
        if (words.Length > 1 && words[0] == "the") display = text.Document.Text[tokens[start + 1].Start..span.End];
        // A possessor ("on Mr. Holm's show") is displayed, and so named as a source, without its "'s".
        if (display.Length > 3 && (display.EndsWith("'s", StringComparison.Ordinal) || display.EndsWith("’s", StringComparison.Ordinal))) display = display[..^2];
        var head = headStart >= 0 && headStart < start ? new TextSpan(tokens[headStart].Start, span.End) : span;
        var phrase = appositionFollows ? new TextSpan(head.Start, tokens[AppositionEnd(text, end + 1, sentence) - 1].End)
            : person && BodyOfPhraseEnd(text, end, sentence) is int bodyEnd ? new TextSpan(head.Start, tokens[bodyEnd - 1].End) : head;
        var source = new SourceMention(head, phrase, new TextSpan(span.End, span.End), sentence);
        MentionParts? parts = appositionFollows ? MentionParts.Of(text, source) : null;
        if (parts is { } described && described.AppositionNamesBody(text, _words.GenericBodies))
        {
            // "Family Bridges, a nonprofit that ...": a body the apposition names, for a later "it" or "its".
            (org, person, gender) = (true, false, '?');
        }
        return new ResolverMention(span.Start, source, new MentionName(words, Strip(words), display),
            actor, new MentionForm(Indefinite: false, Definite: words.Length > 0 && words[0] == "the", Anonymous: false, Pronoun: null, person, org, plural, gender))
        {
            AfterPreposition = AfterPreposition(text, headStart >= 0 && headStart < start ? headStart : start),
            AppositionRole = person && parts is { } apposed ? apposed.AppositionRole(text) : [],
        };
    }

    /// <summary>Where "of the" and a body's capitalised name after a person's name end ("Chief Ada Holm | of the Elkton
    /// Police Department"): the body the person speaks for, read with the name as an apposition is. Null when none follows.</summary>
    private static int? BodyOfPhraseEnd(DocumentText text, int end, int sentence)
    {
        var tokens = text.Document.Tokens;
        int sentenceEnd = text.Document.Sentences[sentence].FirstToken + text.Document.Sentences[sentence].TokenCount;
        if (end + 2 >= sentenceEnd || text.Normalised.AsSpan(tokens[end].Start, tokens[end].Length) is not "of"
            || text.Normalised.AsSpan(tokens[end + 1].Start, tokens[end + 1].Length) is not "the") return null;
        int t = end + 2;
        while (t < sentenceEnd && t - end <= MaxOfPhraseTokens && tokens[t].Kind == TokenKind.Word && char.IsUpper(text.Document.Text[tokens[t].Start])) t++;
        return t > end + 2 && GrammarWords.OrgNouns.Contains(text.Normalised.AsSpan(tokens[t - 1].Start, tokens[t - 1].Length)) ? t : null;
    }

    /// <summary>Whether a role without a determiner opens the apposition at <paramref name="start"/> ("Henry Voss, president
    /// of the county's Black Caucus", "Ada Holm, senior fellow at ..."): a lexicon role within its first three lower-case words.</summary>
    private bool RoleOpens(DocumentText text, int start, int sentence)
    {
        if (_roles is null) return false;
        var tokens = text.Document.Tokens;
        int sentenceEnd = text.Document.Sentences[sentence].FirstToken + text.Document.Sentences[sentence].TokenCount;
        int end = start;
        while (end < sentenceEnd && end - start < 3 && tokens[end].Kind == TokenKind.Word && !char.IsUpper(text.Document.Text[tokens[end].Start])) end++;
        return end > start && _roles.Head(text.Normalised, tokens, start, end, end) is not null;
    }

    /// <summary>Where the apposition that starts at <paramref name="start"/> ends (exclusive): at the next comma, dash,
    /// semicolon, bracket or quotation mark, or the end of the sentence ("Fred Goldberg, a former tax commissioner, said").</summary>
    private static int AppositionEnd(DocumentText text, int start, int sentence)
    {
        var tokens = text.Document.Tokens;
        int sentenceEnd = text.Document.Sentences[sentence].FirstToken + text.Document.Sentences[sentence].TokenCount;
        int t = start;
        while (t < sentenceEnd && t - start < MaxAppositionTokens
            && !(tokens[t].Kind is not TokenKind.Word and not TokenKind.Number && text.Document.Text[tokens[t].Start] is ',' or '.' or ';' or ':' or '—' or '–' or '(' or '"' or '“' or '”' or '\''))
        {
            t++;
        }
        return Math.Max(t, start + 1);
    }

    private const int MaxAppositionTokens = 16;

    private static int AndWithin(DocumentText text, int start, int end)
    {
        var tokens = text.Document.Tokens;
        for (int t = start + 1; t < end - 1; t++)
        {
            if (text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length) is "and") return t;
        }
        return -1;
    }

    /// <summary>"Lena Ruiz of Harbor University", "Sen. Tim Kaine of Virginia": at an "of", the words before it are a person's
    /// name (a given name the lexicon knows, after an optional title), so the name ends there.</summary>
    private bool PersonBeforeOf(DocumentText text, int start, int of)
    {
        var tokens = text.Document.Tokens;
        if (text.Normalised.AsSpan(tokens[of].Start, tokens[of].Length) is not "of" || of - start < 2) return false;
        for (int t = start; t < of - 1 && t < start + 3; t++)
        {
            if (_words.GenderOfGivenName(text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length)) != '?') return true;
        }
        return false;
    }

    private static bool IsLink(DocumentText text, int t)
    {
        var word = text.Normalised.AsSpan(text.Document.Tokens[t].Start, text.Document.Tokens[t].Length);
        // Name particles too: "Bill de Blasio", "Ursula von der Leyen", "Osama bin Laden".
        // "the Alliance to Reclaim Our Schools": "to" after a body noun.
        if (word is "to") return t > 0 && GrammarWords.OrgNouns.Contains(text.Normalised.AsSpan(text.Document.Tokens[t - 1].Start, text.Document.Tokens[t - 1].Length));
        return word is "of" or "for" or "the" or "and" or "de" or "da" or "del" or "der" or "di" or "du" or "van" or "von" or "bin" or "ibn" or "al" or "la" or "le";
    }

    private static bool IsOpener(DocumentText text, int t)
    {
        var token = text.Document.Tokens[t];
        var original = text.Document.Text.AsSpan(token.Start, token.Length);
        var word = text.Normalised.AsSpan(token.Start, token.Length);
        return Abbreviations.IsSentenceStarter(original) || word is "even" or "only" or "also" || GrammarWords.Determiners.Contains(word) || GrammarWords.Prepositions.Contains(word)
            || ObliquePrepositions.Contains(word) || GrammarWords.Discourse.Contains(word);
    }
}
