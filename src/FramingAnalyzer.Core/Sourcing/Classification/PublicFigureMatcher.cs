using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Finds which well-known person of the public-figures list (<see cref="PublicFigureLexicon"/>) a source is, and the
/// role the person has on the article's date. A mention's name is its head noun (without honorifics and titles: "Mr.",
/// "Sen."). A full name or multi-word alias ending the head matches at once ("Donald Trump", "Mrs. Hillary Clinton").
/// A single word ("Pence", "Mr. Obama") is read as a surname, and only when the source has no fuller name of its own
/// that the list does not know; then, in order: a person of that surname the article names in full anywhere ("Tim
/// Kaine" in the narrative) decides, but two such people leave it open; a given name before the surname elsewhere in
/// the article that makes no listed name ("Sarah Kaine") means another person, so no match; otherwise the surname must
/// belong to exactly one listed person who has a role on the article's date (for an undated article: exactly one person
/// in the whole list). "Clinton" in 2016 thus needs "Hillary Clinton" or "Bill Clinton" in the article; when titles or
/// pronouns tell the source's gender ("Mrs. Clinton"), only people whose given name is of that gender count (failing
/// any, those whose given name tells no gender).
/// </summary>
internal sealed class PublicFigureMatcher(PublicFigureLexicon figures, SourcingResources resources)
{
    private readonly ResolutionWords words = resources.Resolution;
    private readonly SourceRoleLexicon roles = resources.Roles;

    /// <summary>What one article tells about the list's people, worked out when first needed.</summary>
    internal sealed class ArticleFigures(DocumentText text, DayRange? day)
    {
        public DocumentText Text { get; } = text;
        /// <summary>The article's day, or the period given for undated articles, or null.</summary>
        public DayRange? Day { get; } = day;
        public HashSet<PublicFigure>? NamedInFull;
        public readonly Dictionary<string, bool> OtherPersonOfSurname = new(StringComparer.Ordinal);
    }

    public ArticleFigures For(DocumentText text) => new(text, DayOf(text.Document.Article.Date) is { } day ? DayRange.Of(day) : resources.UndatedDays);

    /// <summary>The article's day from its date (ISO or any invariant-culture date), or null.</summary>
    public static DateOnly? DayOf(string? date) => Stories.StoryDates.DayOf(date) is { } d ? DateOnly.FromDayNumber(d) : null;

    /// <summary>The type of a title the lexicon knows in a head that names a listed person ("Populist Interior Minister
    /// Matteo Salvini"), or null; none for a title held before (<see cref="PastTitles"/>: "former Vice President Joe Biden", "then-Gov. ...").</summary>
    private string? TitleType(DocumentText text, int start, int end)
    {
        var tokens = text.Document.Tokens;
        for (int t = start; t < end; t++)
        {
            if (PastTitles.IsNotHeldNow(text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length))) return null;
        }
        return roles.Longest(text.Normalised, tokens, start, end) is { } title ? title.Value.Type : null;
    }

    /// <summary>The person and role of a source, read from its mentions (a full name in any of them first), or null.</summary>
    /// <param name="gender">'m' or 'f' when titles or pronouns tell the source's gender ("Mrs. Clinton", "she said"): a
    /// surname then only names listed people whose given name is of that gender (or unknown).</param>
    /// <param name="canonical">The name resolution counts the source under ("Laila Vance"): a name of two or more words
    /// that the list does not know means the source is someone else, whatever its short mentions say.</param>
    private static readonly WordSet NameParticles = new("de", "van", "von", "da", "di", "du", "del", "der", "la", "le");

    public (PublicFigure Person, PublicFigureRole Role)? Find(ArticleFigures article, IEnumerable<MentionParts> mentions, char gender = '?', string? canonical = null)
    {
        if (figures.PeopleCount == 0) return null;
        string? surname = null;
        bool unlistedFullName = false;
        foreach (var parts in mentions)
        {
            var (start, end) = NamePart(article.Text, parts.HeadStart, parts.HeadNounEnd);
            if (NameAfterTitleWithPreposition(article.Text, parts) is { } titled)
            {
                return titled.RoleAt(article.Day) is { } titledRole ? (titled, titledRole) : null;
            }
            if (NameAfterDescription(article.Text, parts) is { } described)
            {
                return described.RoleAt(article.Day) is { } describedRole ? (described, describedRole) : null;
            }
            if (end - start == 0) continue;
            if (FullName(article.Text, start, end) is { } person)
            {
                // Over a period (undated articles read as of some years) a title picks among the person's roles.
                var title = article.Day is { } days && days.From != days.To ? TitleType(article.Text, parts.HeadStart, end) : null;
                return person.RoleAt(article.Day, title) is { } role ? (person, role) : null;
            }
            if (end - start == 1 && IsCapitalisedWord(article.Text, start)) surname ??= Surname(article.Text, start);
            // "de Blasio", "van Hollen": a surname with its lower-case particle.
            else if (end - start == 2 && NameParticles.Contains(article.Text.Normalised.AsSpan(article.Text.Document.Tokens[start].Start, article.Text.Document.Tokens[start].Length))
                && !IsCapitalisedWord(article.Text, start) && IsCapitalisedWord(article.Text, end - 1)) surname ??= Surname(article.Text, end - 1);
            else if (end - start > 1 && IsCapitalisedWord(article.Text, start) && IsCapitalisedWord(article.Text, end - 1)) unlistedFullName = true;
        }
        if (surname is null || unlistedFullName || (canonical is not null && IsUnlistedFullName(canonical))) return null;
        return BySurname(article, surname, gender);
    }

    /// <summary>
    /// The roles of the listed people a coordinated head names ("Mr. King and Mr. Schultz say", "Both King and Schultz",
    /// "Larry King and Ed Schultz"): each conjunct a full name or a surname read as <see cref="BySurname"/> reads it
    /// (after "Larry King" and "Ed Schultz" in the narrative). Null unless every conjunct names a listed person.
    /// </summary>
    public List<PublicFigureRole>? ConjunctRoles(ArticleFigures article, MentionParts parts)
    {
        if (figures.PeopleCount == 0) return null;
        var text = article.Text;
        int end = parts.HeadNounEnd;
        var roles = new List<PublicFigureRole>(2);
        int start = parts.HeadStart;
        for (int t = parts.HeadStart; t <= end; t++)
        {
            if (t < end && Word(text, t) is not "and") continue;
            int s = start, e = t;
            while (s + 1 < e && (Word(text, s) is "both" or "the" || GrammarWords.Honorifics.Contains(Word(text, s)))) s++;
            while (e > s && text.Document.Tokens[e - 1].Kind == TokenKind.Punctuation) e--;
            if (e - s == 0) return null;
            for (int n = s; n < e; n++) if (!IsCapitalisedWord(text, n)) return null;
            var found = e - s == 1 ? NamedInFullAs(article, Surname(text, s)) ?? BySurname(article, Surname(text, s))
                : FullName(text, s, e) is { } person && person.RoleAt(article.Day) is { } role ? (person, role) : null;
            if (found is null) return null;
            roles.Add(found.Value.Role);
            start = t + 1;
        }
        return roles.Count >= 2 ? roles : null;
    }

    /// <summary>The one listed person the article names in full whose name ends in this word, with their role on its day:
    /// a surname the list will not read alone ("King", "Schultz") still names "Larry King" in an article that names him.</summary>
    private (PublicFigure Person, PublicFigureRole Role)? NamedInFullAs(ArticleFigures article, string surname)
    {
        article.NamedInFull ??= NamedInFull(article.Text);
        PublicFigure? named = null;
        foreach (var person in article.NamedInFull)
        {
            int space = person.Name.LastIndexOf(' ');
            if (space < 0 || !person.Name.AsSpan(space + 1).Equals(surname, StringComparison.OrdinalIgnoreCase)) continue;
            if (named is not null) return null; // two of them: which one is open
            named = person;
        }
        return named?.RoleAt(article.Day) is { } role ? (named, role) : null;
    }

    /// <summary>For resolution: a lookup, for one article, of a one-word name ("Obama", "Pence") that names one listed person
    /// on the article's day (as <see cref="BySurname"/> reads it), giving that person's gender ('m', 'f' or '?'), or null.</summary>
    public Func<string, char?> PeopleOf(DocumentText text)
    {
        var article = For(text);
        return word => word.Length > 1 && BySurname(article, word) is { } found ? GenderOf(found.Person) : null;
    }

    /// <summary>The person a surname names in this article (see the class summary), with their role on its day.</summary>
    public (PublicFigure Person, PublicFigureRole Role)? BySurname(ArticleFigures article, string surname, char gender = '?')
    {
        var people = figures.WithSurname(surname);
        if (gender != '?' && people.Length > 1)
        {
            // People whose given name is of that gender; failing any, those whose given name tells none.
            var same = people.Where(p => GenderOf(p) == gender).ToArray();
            people = same.Length > 0 ? same : [.. people.Where(p => GenderOf(p) == '?')];
        }
        if (people.Length == 0) return null;
        article.NamedInFull ??= NamedInFull(article.Text);
        PublicFigure? named = null;
        foreach (var person in people)
        {
            if (!article.NamedInFull.Contains(person)) continue;
            if (named is not null) return null; // two people of that surname named in full: which one is open
            named = person;
        }
        if (named is not null) return named.RoleAt(article.Day) is { } role ? (named, role) : null;
        if (!article.OtherPersonOfSurname.TryGetValue(surname, out bool other))
        {
            article.OtherPersonOfSurname[surname] = other = OtherPersonNamed(article.Text, surname);
        }
        if (other) return null;
        if (article.Day is null && people.Length > 1) return null;
        (PublicFigure, PublicFigureRole)? found = null;
        foreach (var person in people)
        {
            if (person.RoleAt(article.Day) is not { } role) continue;
            if (found is not null) return null;
            found = (person, role);
        }
        return found;
    }

    /// <summary>
    /// The role a surname stands for as someone's principal ("the Clinton spokesman", "a Trump aide"): the person's, as
    /// <see cref="BySurname"/> finds them; else, on a dated article that names no other person of that surname, the role
    /// every listed bearer active on that day shares (Bill and Hillary Clinton, both Democratic politicians in 2016),
    /// although which of them is meant stays open. Null when they differ.
    /// </summary>
    public PublicFigureRole? RoleOfSurname(ArticleFigures article, string surname)
    {
        if (BySurname(article, surname) is { } found) return found.Role;
        // "a lawyer for Jared Kushner": a listed person named in full in the article, though the list does not match them by
        // surname alone.
        if (NamedInFullWithSurname(article, surname) is { } named) return named.RoleAt(article.Day);
        if (article.Day is null || article.OtherPersonOfSurname.TryGetValue(surname, out bool other) && other) return null;
        PublicFigureRole? shared = null;
        foreach (var person in figures.WithSurname(surname))
        {
            if (person.RoleAt(article.Day) is not { } role) continue;
            if (shared is not null && (shared.SourceType != role.SourceType || shared.Affiliation != role.Affiliation)) return null;
            shared ??= role;
        }
        return shared;
    }

    /// <summary>The one listed person named in full in the article whose name ends in <paramref name="surname"/>, or null.</summary>
    private PublicFigure? NamedInFullWithSurname(ArticleFigures article, string surname)
    {
        article.NamedInFull ??= NamedInFull(article.Text);
        PublicFigure? named = null;
        foreach (var person in article.NamedInFull)
        {
            int space = person.Name.LastIndexOf(' ');
            if (space < 0 || !LexiconText.Normalise(person.Name[(space + 1)..]).Equals(surname, StringComparison.Ordinal)) continue;
            if (named is not null && named != person) return null;
            named = person;
        }
        return named;
    }

    /// <summary>'m' or 'f' as the given name (the first word of the listed name) usually is, else '?'.</summary>
    private char GenderOf(PublicFigure person)
    {
        int space = person.Name.IndexOf(' ');
        return space < 0 ? '?' : words.GenderOfGivenName(person.Name.AsSpan(0, space).ToString().ToLowerInvariant());
    }

    /// <summary>The head noun without leading determiners, honorifics, titles and possessors ("Ohio's") and without
    /// trailing punctuation.</summary>
    private (int Start, int End) NamePart(DocumentText text, int start, int end)
    {
        var tokens = text.Document.Tokens;
        while (end > start && tokens[end - 1].Kind == TokenKind.Punctuation) end--;
        while (start < end && (tokens[start].Kind == TokenKind.Punctuation || Word(text, start) is "the"
            || GrammarWords.Honorifics.Contains(Word(text, start))
            || (end - start > 1 && Word(text, start).EndsWith("'s", StringComparison.Ordinal))
            || (end - start > 1 && roles.Longest(text.Normalised, tokens, start, start + 1) is not null)))
        {
            start++;
        }
        return (start, end);
    }

    /// <summary>
    /// A listed full name right after a title that runs past the head noun's preposition ("Former Secretary of State
    /// Hillary Clinton", "Director of National Intelligence James Clapper"), where the head noun ends at "of"; not a
    /// name after a role word alone ("a spokesman for Hillary Clinton" is not Hillary Clinton).
    /// </summary>
    private PublicFigure? NameAfterTitleWithPreposition(DocumentText text, MentionParts parts)
    {
        var tokens = text.Document.Tokens;
        int end = parts.HeadEnd;
        while (end > parts.HeadNounEnd && tokens[end - 1].Kind == TokenKind.Punctuation) end--;
        if (end <= parts.HeadNounEnd) return null;
        for (int t = parts.HeadStart; t < parts.HeadNounEnd; t++)
        {
            int length = roles.LengthAt(text.Normalised, tokens, t, end);
            if (length == 0 || t + length <= parts.HeadNounEnd || t + length >= end) continue;
            int nameStart = t + length;
            for (int n = nameStart; n < end; n++) if (!IsCapitalisedWord(text, n)) return null;
            return end - nameStart >= 2 ? FullName(text, nameStart, end) : null;
        }
        return null;
    }

    /// <summary>A listed full name that is the whole apposition of a description ("The candidate's wife, Melania Trump",
    /// "The 34-year-old mother of three, Ivanka Trump").</summary>
    private PublicFigure? NameAfterDescription(DocumentText text, MentionParts parts)
    {
        if (parts.AppositionEnd - parts.AppositionStart < 2 || parts.AppositionStart < parts.HeadEnd) return null;
        for (int t = parts.AppositionStart; t < parts.AppositionEnd; t++) if (!IsCapitalisedWord(text, t)) return null;
        return FullName(text, parts.AppositionStart, parts.AppositionEnd);
    }

    /// <summary>A listed full name (or multi-word alias) that ends the range, read also without middle initials
    /// ("Loretta E. Lynch" is the list's Loretta Lynch).</summary>
    private PublicFigure? FullName(DocumentText text, int start, int end)
    {
        var tokens = text.Document.Tokens;
        for (int t = start; t < end - 1; t++)
        {
            if (figures.Match(text.Normalised, tokens, t, end, out var person) == end - t) return person;
        }
        var name = MiddleInitials.Without(text, start, end);
        if (name.Length == end - start) return null;
        for (int t = 0; t < name.Length - 1; t++)
        {
            if (figures.Match(text.Normalised, name, t, name.Length, out var person) == name.Length - t) return person;
        }
        return null;
    }

    /// <summary>Everyone of the list the article names by a full name or multi-word alias, anywhere in its text.</summary>
    private HashSet<PublicFigure> NamedInFull(DocumentText text)
    {
        var found = new HashSet<PublicFigure>();
        var tokens = text.Document.Tokens;
        for (int t = 0; t < tokens.Length - 1; t++)
        {
            if (!IsCapitalisedWord(text, t)) continue;
            if (figures.Match(text.Normalised, tokens, t, tokens.Length, out var person) > 1) found.Add(person);
            else if (MiddleInitials.IsInitial(text, t + 1))
            {
                var name = MiddleInitials.Without(text, t, Math.Min(tokens.Length, t + 5));
                if (figures.Match(text.Normalised, name, 0, name.Length, out person) > 1) found.Add(person);
            }
        }
        return found;
    }

    /// <summary>Whether the article names someone of this surname whom the list does not know: a capitalised word right
    /// before the surname that makes no listed name and is no title, role, party or nationality word ("... figures, Laila
    /// Vance, a union representative"); at the start of a sentence, only a common given name counts ("Sarah Kaine said"),
    /// not "But Kaine said".</summary>
    private bool OtherPersonNamed(DocumentText text, string surname)
    {
        var tokens = text.Document.Tokens;
        var norm = text.Normalised;
        foreach (var sentence in text.Document.Sentences)
        {
            int first = sentence.FirstToken, end = sentence.FirstToken + sentence.TokenCount;
            for (int t = first + 1; t < end; t++)
            {
                if (tokens[t].Kind != TokenKind.Word) continue;
                var word = Word(text, t);
                if (word.EndsWith("'s", StringComparison.Ordinal)) word = word[..^2];
                if (!word.SequenceEqual(surname) || !IsCapitalisedWord(text, t - 1)) continue;
                if (figures.Match(norm, tokens, t - 1, t + 1, out _) == 2) continue;
                var before = Word(text, t - 1);
                bool other = t - 1 == first
                    ? words.GenderOfGivenName(before) != '?'
                    : !before.EndsWith("'s", StringComparison.Ordinal) && !GrammarWords.Honorifics.Contains(before)
                        && roles.Longest(norm, tokens, t - 1, t) is null && resources.Clues.Parties.Longest(norm, tokens, t - 1, t) is null
                        && resources.Clues.Nationalities.Longest(norm, tokens, t - 1, t) is null;
                if (other) return true;
            }
        }
        return false;
    }

    /// <summary>A name of two or more capitalised words (titles, honorifics and a possessor left out) that is no listed
    /// name or alias.</summary>
    private bool IsUnlistedFullName(string canonical)
    {
        var parts = canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int start = 0;
        // Titles and a possessor before the name are no part of it ("Mr. Vance", "Ohio's Vance").
        for (int i = 0; i < parts.Length - 1; i++)
        {
            var word = LexiconText.Normalise(parts[i]);
            if (GrammarWords.Honorifics.Contains(word) || word.EndsWith("'s", StringComparison.Ordinal)) start = i + 1;
        }
        parts = [.. parts[..start], .. parts[start..].Where((part, i) => i == 0 || i == parts.Length - start - 1 || !MiddleInitials.IsInitial(part))];
        if (parts.Length - start < 2) return false;
        var last = parts[^1];
        if (last.EndsWith("'s", StringComparison.Ordinal) || last.EndsWith("’s", StringComparison.Ordinal)) parts[^1] = last[..^2];
        for (int i = start; i < parts.Length; i++)
        {
            if (parts[i].Length == 0 || !char.IsUpper(parts[i][0])) return false;
        }
        return !figures.IsListedName(string.Join(' ', parts[start..]));
    }

    private static string Surname(DocumentText text, int t)
    {
        var word = Word(text, t);
        if (word.EndsWith("'s", StringComparison.Ordinal)) word = word[..^2];
        return word.ToString();
    }

    private static bool IsCapitalisedWord(DocumentText text, int t)
    {
        var token = text.Document.Tokens[t];
        return token.Kind == TokenKind.Word && char.IsUpper(text.Document.Text[token.Start]);
    }

    private static ReadOnlySpan<char> Word(DocumentText text, int t)
    {
        var token = text.Document.Tokens[t];
        return text.Normalised.AsSpan(token.Start, token.Length);
    }
}
