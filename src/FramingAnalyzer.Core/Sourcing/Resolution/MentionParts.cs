using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// A source phrase taken apart as document token ranges: the head [HeadStart, HeadEnd) with its head noun ending at
/// <see cref="HeadNounEnd"/> (before the first preposition, relative pronoun or participle: "a worker | employed by ..."),
/// and the apposition [AppositionStart, AppositionEnd) with its first segment ending at <see cref="AppositionFirstEnd"/>.
/// </summary>
internal readonly record struct MentionParts(int HeadStart, int HeadNounEnd, int HeadEnd, int AppositionStart, int AppositionNounEnd,
    int AppositionFirstEnd, int AppositionEnd, int QualifierStart, int QualifierEnd)
{
    private static readonly WordSet NounEnders = new("of", "for", "from", "at", "with", "in", "on", "by", "who", "whose", "which", "that",
        "close", "near", "based", "inside", "outside", "to", "among", "within");

    public bool HasApposition => AppositionEnd > AppositionStart;

    public static MentionParts Of(DocumentText text, SourceMention mention)
    {
        var (headStart, headEnd) = text.TokenRange(mention.Head, mention.SentenceIndex);
        var (phraseStart, phraseEnd) = text.TokenRange(mention.Phrase, mention.SentenceIndex);
        var (qualifierStart, qualifierEnd) = text.TokenRange(mention.Qualifier, mention.SentenceIndex);
        var tokens = text.Document.Tokens;
        int appStart = headEnd, appEnd = phraseEnd;
        if (phraseStart < headStart)
        {
            appStart = phraseStart;
            appEnd = headStart;
        }
        else if (appEnd <= headEnd && mention.Apposition.Length > 0)
        {
            // An apposition read for typing though outside the source span ("according to Jane Roe, director of ...").
            (appStart, appEnd) = text.TokenRange(mention.Apposition, mention.SentenceIndex);
        }
        while (appStart < appEnd && tokens[appStart].Kind == TokenKind.Punctuation) appStart++;
        // "Tess Varga, 22, a nursing student at ...": an age is no description; the description follows it.
        if (appStart + 2 < appEnd && tokens[appStart].Kind == TokenKind.Number && tokens[appStart].Length <= 3
            && text.Document.Text[tokens[appStart + 1].Start] == ',' && tokens[appStart + 1].Kind == TokenKind.Punctuation) appStart += 2;
        while (appEnd > appStart && tokens[appEnd - 1].Kind == TokenKind.Punctuation) appEnd--;
        int firstEnd = appStart;
        while (firstEnd < appEnd && !(tokens[firstEnd].Kind == TokenKind.Punctuation && text.Document.Text[tokens[firstEnd].Start] is ',' or '—' or '–')) firstEnd++;
        // A relative clause ("who asked not to be named because she works for a state company") has no head noun of its own.
        int appNounEnd = appStart < firstEnd && IsRelative(text, appStart) ? appStart : NounEnd(text, appStart, firstEnd);
        return new MentionParts(headStart, NounEnd(text, headStart, headEnd), headEnd, appStart, appNounEnd, firstEnd, appEnd,
            qualifierStart, qualifierEnd);
    }

    /// <summary>The apposition's role words before its first preposition, without determiners ("the chairman of the
    /// committee": "chairman"; "a former tax commissioner": "former", "tax", "commissioner"); none for a relative clause.</summary>
    public string[] AppositionRole(DocumentText text)
    {
        if (!HasApposition || AppositionNounEnd <= AppositionStart) return [];
        var words = new List<string>(AppositionNounEnd - AppositionStart);
        var tokens = text.Document.Tokens;
        for (int t = AppositionStart; t < AppositionNounEnd; t++)
        {
            if (tokens[t].Kind != TokenKind.Word) continue;
            var word = text.Normalised.Substring(tokens[t].Start, tokens[t].Length);
            if (!GrammarWords.Determiners.Contains(word)) words.Add(word);
        }
        return words.ToArray();
    }

    /// <summary>Whether the apposition calls the mention a body ("Family Bridges, a nonprofit that ...", "The Syrian
    /// Observatory for Human Rights, a Britain-based monitoring group"): it opens with an article and its head noun is a
    /// body noun or a generic body noun; "of the Valley Relief Network" says whom a person is with, not what they are.</summary>
    public bool AppositionNamesBody(DocumentText text, IReadOnlyDictionary<string, string[]> genericBodies)
    {
        if (!HasApposition || AppositionNounEnd <= AppositionStart) return false;
        var open = text.Document.Tokens[AppositionStart];
        if (text.Normalised.AsSpan(open.Start, open.Length) is not ("a" or "an" or "the")) return false;
        var last = text.Document.Tokens[AppositionNounEnd - 1];
        var noun = text.Normalised.AsSpan(last.Start, last.Length);
        return GrammarWords.OrgNouns.Contains(noun) || genericBodies.ContainsKey(noun.ToString());
    }

    private static bool IsRelative(DocumentText text, int t)
    {
        var token = text.Document.Tokens[t];
        var word = text.Normalised.AsSpan(token.Start, token.Length);
        return word is "who" or "whose" or "which" or "whom" or "and";
    }

    /// <summary>An -ing or -ed word right before the phrase's last word, a lower-case noun, modifies that noun ("the Harbor
    /// Herald tracking poll", "the ruling party", "registered voters"), and so does one after a capitalised word before
    /// several lower-case nouns and at most a name ("French sporting goods retailer Vellmart") or before nouns that a
    /// participle follows ("the Houston drilling company founded by ..."); it opens no participle
    /// phrase ("a worker employed by", "a union representing bus drivers", "a man holding the sign").</summary>
    private static bool ModifiesLastNoun(DocumentText text, int p, int end)
    {
        var tokens = text.Document.Tokens;
        if (p + 1 >= end) return false;
        if (p + 2 != end && !(tokens[p - 1].Kind == TokenKind.Word && char.IsUpper(text.Document.Text[tokens[p - 1].Start]))) return false;
        bool name = false;
        for (int q = p + 1; q < end; q++)
        {
            var next = tokens[q];
            if (next.Kind != TokenKind.Word) return false;
            if (char.IsUpper(text.Document.Text[next.Start]))
            {
                // A name may end the phrase ("retailer Vellmart"), not follow the participle right away.
                if (q == p + 1) return false;
                name = true;
                continue;
            }
            if (name) return false;
            var word = text.Normalised.AsSpan(next.Start, next.Length);
            // "the Houston drilling company founded by ...": a participle after the nouns opens the phrase that follows them.
            if (q > p + 1 && word.Length > 4 && (word.EndsWith("ed") || word.EndsWith("ing"))) return true;
            if (NounEnders.Contains(word) || GrammarWords.Determiners.Contains(word) || GrammarWords.Prepositions.Contains(word)) return false;
        }
        return true;
    }

    /// <summary>A possessor before a word makes that word its noun ("the company's filing", "his briefing"), not a participle.</summary>
    private static bool IsPossessor(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) || word is "his" or "her" or "its" or "their" or "our";

    /// <summary>Where the head noun of [start, end) ends: before the first preposition, relative pronoun or participle after it.</summary>
    /// <summary>Whether the preposition at <paramref name="p"/> joins a capitalised name that modifies a lower-case noun
    /// after it ("University of Texas at Austin student Sanika Nayak"): the head goes on to that noun.</summary>
    private static bool InNameBeforeRole(DocumentText text, int p, int end)
    {
        var tokens = text.Document.Tokens;
        bool Capitalised(int t) => tokens[t].Kind == TokenKind.Word && char.IsUpper(text.Document.Text[tokens[t].Start]);
        if (!Capitalised(p - 1) || p + 1 >= end || !Capitalised(p + 1)) return false;
        int t = p + 1;
        while (t < end && (Capitalised(t) || (tokens[t].Kind == TokenKind.Word && text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length) is "of" or "at" or "for" or "and" or "&" && t + 1 < end && Capitalised(t + 1)))) t++;
        return t < end && tokens[t].Kind == TokenKind.Word && !NounEnders.Contains(text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length))
            && text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length) is not ("and" or "or" or "but");
    }

    public static int NounEnd(DocumentText text, int start, int end)
    {
        var tokens = text.Document.Tokens;
        for (int p = start + 1; p < end; p++)
        {
            var token = tokens[p];
            if (token.Kind == TokenKind.Punctuation && text.Document.Text[token.Start] is '(' or ',') return p;
            if (token.Kind != TokenKind.Word) continue;
            var word = text.Normalised.AsSpan(token.Start, token.Length);
            // "an outside adviser", "the inside story": after a determiner the word is an adjective, not a preposition.
            if (NounEnders.Contains(word) && !(word is "outside" or "inside" && GrammarWords.Determiners.Contains(text.Normalised.AsSpan(tokens[p - 1].Start, tokens[p - 1].Length)))
                && !InNameBeforeRole(text, p, end)) return p;
            bool lower = !char.IsUpper(text.Document.Text[token.Start]);
            // "a worker employed by ..." opens a participle phrase; "a retired Army colonel", "the acting director": right
            // after an article the word is an adjective.
            if (lower && word.Length > 4 && (word.EndsWith("ed") || word.EndsWith("ing")) && tokens[p - 1].Kind == TokenKind.Word && !ModifiesLastNoun(text, p, end)
                && !(text.Normalised.AsSpan(tokens[p - 1].Start, tokens[p - 1].Length) is "a" or "an" or "the")
                && !IsPossessor(text.Normalised.AsSpan(tokens[p - 1].Start, tokens[p - 1].Length))) return p;
        }
        return end;
    }
}
