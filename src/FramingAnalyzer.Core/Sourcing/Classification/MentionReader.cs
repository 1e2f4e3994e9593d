using System.Text.RegularExpressions;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Reads one source mention for its type and affiliation by the rules, strongest evidence first (see
/// <see cref="TypeEvidence"/> and <see cref="AffiliationEvidence"/>). Role words are looked for in the head noun (after a
/// possessive when there is one: "Gary Lane's doctor" is a doctor), then the apposition's first segment, then anywhere
/// in the head phrase and the apposition with its relative clause.
/// </summary>
internal sealed partial class MentionReader(SourcingResources resources, SourceResolver resolver)
{
    /// <param name="resolvedActor">The actor resolution found for the source, if any.</param>
    /// <param name="findActors">Whether to look the phrase up in the actor lexicon: false for the later mentions of a
    /// source, which resolution has already tied to it ("Brandt" after "Stefan Brandt" is not the lexicon's Felix Brandt).</param>
    public MentionReading Read(DocumentText text, MentionParts parts, Actor? resolvedActor, bool findActors = true)
    {
        var (type, typeEvidence, decidingActor) = ReadType(text, parts, resolvedActor, findActors);
        var (affiliation, affiliationEvidence) = ReadAffiliation(text, parts, decidingActor, findActors);
        return new MentionReading(type, typeEvidence, affiliation, affiliationEvidence);
    }

    private (string? Type, string Evidence, Actor? Actor) ReadType(DocumentText text, MentionParts parts, Actor? resolvedActor, bool findActors)
    {
        var tokens = text.Document.Tokens;
        var norm = text.Normalised;
        var actor = resolvedActor ?? (findActors ? resolver.ActorOf(text, parts.HeadStart, parts.HeadNounEnd, parts.HeadEnd) : null);
        if (actor is not null) return (actor.SourceType, TypeEvidence.Actor, actor);

        int nounStart = AfterLastPossessive(text, parts.HeadStart, parts.HeadNounEnd);
        var role = resources.Roles.Head(norm, tokens, nounStart, parts.HeadNounEnd, parts.HeadEnd)
            ?? (nounStart > parts.HeadStart ? resources.Roles.Head(norm, tokens, parts.HeadStart, parts.HeadNounEnd, parts.HeadEnd) : null);
        if (role is { } r && TypeOfRole(text, r, parts.HeadStart, parts.HeadEnd) is { } roleType) return (roleType.Type, TypeEvidence.Role, roleType.Actor);
        if (parts.HasApposition)
        {
            var appositionActor = findActors ? resolver.ActorOf(text, parts.AppositionStart, parts.AppositionNounEnd, parts.AppositionFirstEnd) : null;
            if (appositionActor is not null) return (appositionActor.SourceType, TypeEvidence.Apposition, appositionActor);
            int appositionStart = AfterPartitive(text, parts.AppositionStart, parts.AppositionFirstEnd);
            int appositionNounEnd = appositionStart == parts.AppositionStart ? parts.AppositionNounEnd : MentionParts.NounEnd(text, appositionStart, parts.AppositionFirstEnd);
            var appositionRole = resources.Roles.Head(norm, tokens, appositionStart, appositionNounEnd, parts.AppositionFirstEnd);
            if (appositionRole is { } ar && TypeOfRole(text, ar, parts.AppositionStart, parts.AppositionFirstEnd) is { } appositionType)
            {
                return (appositionType.Type, TypeEvidence.Apposition, appositionType.Actor);
            }
            // "Johnnie Wilson, of Springfield, Va.": a person placed by home town alone is a member of the public.
            if (Word(text, parts.AppositionStart) is "of" && parts.AppositionFirstEnd - parts.AppositionStart <= 3
                && IsCapitalised(text, parts.AppositionStart + 1) && IsPersonName(text, parts.HeadStart, parts.HeadEnd))
            {
                return (SourceTypes.Citizen, TypeEvidence.Apposition, null);
            }
        }
        if (SeatOf(text, parts) is not null) return (SourceTypes.Official, TypeEvidence.SeatOfGovernment, null);
        if (InstitutionType(text, parts.HeadStart, parts.HeadEnd) is { } institution) return (institution, TypeEvidence.Institution, null);
        // "Lena Borg, head of the Tax Policy Center": the institution the apposition names.
        if (parts.HasApposition && InstitutionType(text, parts.AppositionStart, parts.AppositionEnd) is { } named) return (named, TypeEvidence.Institution, null);

        var anywhere = findActors ? ActorInPhrase(text, parts) : null;
        if (anywhere is not null) return (anywhere.SourceType, TypeEvidence.Phrase, anywhere);
        var anyRole = resources.Roles.Longest(norm, tokens, parts.HeadStart, parts.HeadEnd)
            ?? (parts.HasApposition ? resources.Roles.Longest(norm, tokens, parts.AppositionStart, parts.AppositionEnd) : null);
        if (anyRole is { } any)
        {
            var (start, end) = any.Start >= parts.HeadStart && any.End <= parts.HeadEnd ? (parts.HeadStart, parts.HeadEnd) : (parts.AppositionStart, parts.AppositionEnd);
            return TypeOfRole(text, any, start, end) is { } anyType ? (anyType.Type, TypeEvidence.Phrase, anyType.Actor) : (null, TypeEvidence.None, null);
        }
        if (PartyTag(text, parts) is not null) return (SourceTypes.Political, TypeEvidence.PartyTag, null);
        return (null, TypeEvidence.None, null);
    }

    private (string? Affiliation, string Evidence) ReadAffiliation(DocumentText text, MentionParts parts, Actor? decidingActor, bool findActors)
    {
        var tokens = text.Document.Tokens;
        var norm = text.Normalised;
        var actor = decidingActor
            ?? (findActors ? ActorInPhrase(text, parts) : null);
        if (actor is not null) return (actor.Affiliation, AffiliationEvidence.Actor);
        if (SeatOf(text, parts) is { } country) return (country, AffiliationEvidence.SeatOfGovernment);
        var (start, end) = Whole(parts);
        if (resources.Clues.Seats.Longest(norm, tokens, start, end) is { } seat && IsCapitalised(text, seat.Start)) return (seat.Value, AffiliationEvidence.SeatOfGovernment);
        if (PartyTag(text, parts) is { } tagged) return (tagged, AffiliationEvidence.PartyTag);
        if (resources.Clues.Parties.Longest(norm, tokens, start, end) is { } party) return (party.Value, AffiliationEvidence.Party);
        if (resources.Clues.Nationalities.Longest(norm, tokens, start, end) is { } nation) return (nation.Value, AffiliationEvidence.Nationality);
        return (null, AffiliationEvidence.None);
    }

    private static readonly WordSet Determiners = new("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "whose");
    private static readonly WordSet PrincipalPrepositions = new("of", "for", "at", "with", "to");

    /// <summary>
    /// The type a role gives within [start, end): its own, or for a role that acts for a principal, the principal's when the
    /// phrase names one that the lexicons can type: a possessor ("the president's aides"), a modifier before the role
    /// ("campaign aides") or an of/for/at phrase after it ("chief executive of the National Urban League"). For a role that
    /// only speaks for its principal, a named principal the lexicons cannot type ("Clinton spokesman") leaves the type to
    /// the later evidence and the model (null); other roles, and a nationality or plain words ("Russian President",
    /// "senior aides"), keep the role's own type ("Wells Fargo CEO" business).
    /// </summary>
    private (string Type, Actor? Actor)? TypeOfRole(DocumentText text, PhraseMatch<SourceRole> role, int start, int end)
    {
        if (!role.Value.ForPrincipal) return (role.Value.Type, null);
        var tokens = text.Document.Tokens;
        int before = start;
        if (before < role.Start && Determiners.Contains(Word(text, before))) before++;
        (int Start, int End)? principal = null;
        for (int t = role.Start - 1; t >= before; t--)
        {
            if (Word(text, t).EndsWith("'s", StringComparison.Ordinal))
            {
                principal = (before, t + 1);
                break;
            }
        }
        if (principal is null && before < role.Start && tokens[role.Start - 1].Kind == TokenKind.Word) principal = (before, role.Start);
        if (principal is null && role.End < end - 1 && PrincipalPrepositions.Contains(Word(text, role.End))) principal = (role.End + 1, end);
        if (principal is not { } p) return (role.Value.Type, null);
        var norm = text.Normalised;
        if (resolver.ActorWithin(text, p.Start, p.End) is { } actor) return (actor.SourceType, actor);
        int seatStart = p.Start < p.End && Word(text, p.Start) is "the" ? p.Start + 1 : p.Start;
        if (resources.Clues.Seats.Exactly(norm, tokens, seatStart, p.End) is not null) return (SourceTypes.Official, null);
        if (InstitutionType(text, p.Start, p.End) is { } institution) return (institution, null);
        if (resources.Roles.Longest(norm, tokens, p.Start, p.End) is { } principalRole) return (principalRole.Value.Type, null);
        if (resources.Clues.Parties.Longest(norm, tokens, p.Start, p.End) is not null) return (SourceTypes.Political, null);
        // A nationality ("Russian President") or plain words ("senior aides") are no principal; an unknown name is.
        bool named = false;
        for (int t = p.Start; t < p.End; t++) named |= tokens[t].Kind == TokenKind.Word && char.IsUpper(text.Document.Text[tokens[t].Start]);
        return role.Value.SpeaksForPrincipal && named && resources.Clues.Nationalities.Longest(norm, tokens, p.Start, p.End) is null ? null : (role.Value.Type, null);
    }

    private Actor? ActorInPhrase(DocumentText text, MentionParts parts) =>
        resolver.ActorWithin(text, parts.HeadStart, parts.HeadEnd)
        ?? (parts.HasApposition ? resolver.ActorWithin(text, parts.AppositionStart, parts.AppositionEnd) : null);

    /// <summary>The head phrase and its apposition as one token range.</summary>
    private static (int Start, int End) Whole(MentionParts parts) => parts.HasApposition
        ? (Math.Min(parts.HeadStart, parts.AppositionStart), Math.Max(parts.HeadEnd, parts.AppositionEnd))
        : (parts.HeadStart, parts.HeadEnd);

    /// <summary>The country when the whole head (without "the") is a capital or seat of government.</summary>
    private string? SeatOf(DocumentText text, MentionParts parts)
    {
        var tokens = text.Document.Tokens;
        int start = parts.HeadStart, end = parts.HeadNounEnd;
        while (end > start && tokens[end - 1].Kind == TokenKind.Punctuation) end--;
        return resources.Clues.Seats.Exactly(text.Normalised, tokens, start, end)
            ?? (end - start > 1 && Word(text, start) is "the" ? resources.Clues.Seats.Exactly(text.Normalised, tokens, start + 1, end) : null);
    }

    /// <summary>The type given by the rightmost capitalised institution word of [start, end): "the Tax Foundation", "the
    /// Ministry of Defence", "Fox News". Lower-case words do not count ("a foundation").</summary>
    private string? InstitutionType(DocumentText text, int start, int end)
    {
        var tokens = text.Document.Tokens;
        string? found = null;
        for (int t = start; t < end; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(text.Document.Text[tokens[t].Start])) continue;
            int length = Math.Min(end - t, 2);
            for (int n = length; n >= 1; n--)
            {
                if (resources.Clues.Institutions.Exactly(text.Normalised, tokens, t, t + n) is { } type)
                {
                    found = type;
                    break;
                }
            }
        }
        return found;
    }

    /// <summary>The party of a tag such as "(D-Mo.)" or ", R-Ky." in the phrase.</summary>
    private string? PartyTag(DocumentText text, MentionParts parts)
    {
        var tokens = text.Document.Tokens;
        var (start, end) = Whole(parts);
        for (int t = Math.Max(start, 1); t < end; t++)
        {
            var word = Word(text, t);
            if (!PartyTagShape().IsMatch(word)) continue;
            var before = text.Document.Text[tokens[t - 1].Start];
            if (before is not ('(' or ',')) continue;
            if (resources.Clues.PartyTags.OfWord(word[..1].ToString()) is { } party) return party;
        }
        return null;
    }

    [GeneratedRegex(@"^[a-z][-–][a-z][a-z.]*$")]
    private static partial Regex PartyTagShape();

    private static readonly WordSet Partitives = new("one", "some", "many", "most", "several", "each", "any", "all", "two", "three", "none");

    /// <summary>Where the noun phrase inside a partitive starts ("one of the president's closest aides" → "the president's ...").</summary>
    private static int AfterPartitive(DocumentText text, int start, int end)
    {
        int t = start;
        if (t < end && Word(text, t) is "a" or "an" or "the") t++;
        return t + 1 < end && Partitives.Contains(Word(text, t)) && Word(text, t + 1) is "of" ? t + 2 : start;
    }

    private static bool IsCapitalised(DocumentText text, int t)
    {
        var token = text.Document.Tokens[t];
        return char.IsUpper(text.Document.Text[token.Start]) || (Word(text, t) is "the" && t + 1 < text.Document.Tokens.Length && char.IsUpper(text.Document.Text[text.Document.Tokens[t + 1].Start]));
    }

    /// <summary>Two to four capitalised words without a role word: a person's name ("Johnnie Wilson").</summary>
    private bool IsPersonName(DocumentText text, int start, int end)
    {
        if (end - start is < 2 or > 4) return false;
        for (int t = start; t < end; t++)
        {
            if (text.Document.Tokens[t].Kind != TokenKind.Word || !char.IsUpper(text.Document.Text[text.Document.Tokens[t].Start])) return false;
        }
        return resources.Roles.Longest(text.Normalised, text.Document.Tokens, start, end) is null
            && InstitutionType(text, start, end) is null && resources.Clues.Seats.Longest(text.Normalised, text.Document.Tokens, start, end) is null;
    }

    private static int AfterLastPossessive(DocumentText text, int start, int end)
    {
        for (int t = end - 2; t >= start; t--)
        {
            if (Word(text, t).EndsWith("'s", StringComparison.Ordinal)) return t + 1;
        }
        return start;
    }

    /// <summary>A token's normalised text, read in place.</summary>
    private static ReadOnlySpan<char> Word(DocumentText text, int t)
    {
        var token = text.Document.Tokens[t];
        return text.Normalised.AsSpan(token.Start, token.Length);
    }
}
