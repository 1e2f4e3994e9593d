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
        var (type, typeEvidence, decidingActor, past) = ReadType(text, parts, resolvedActor, findActors);
        var (affiliation, affiliationEvidence) = ReadAffiliation(text, parts, decidingActor, findActors);
        var (principal, fallback) = type is null ? UntypedPrincipal(text, parts) : (null, null);
        return new MentionReading(type, typeEvidence, affiliation, affiliationEvidence)
        {
            UntypedPrincipal = principal,
            PrincipalFallback = fallback,
            PastOffice = past,
            CourtesyTitle = typeEvidence == TypeEvidence.Phrase && OpensWithCourtesyTitle(text, parts),
        };
    }

    /// <summary>Whether the head opens with a courtesy title before a capitalised name ("Dr. Anthony Fauci", "Sister Ann
    /// Kerr"), the only words that type such a phrase when it reads as <see cref="TypeEvidence.Phrase"/>.</summary>
    private bool OpensWithCourtesyTitle(DocumentText text, MentionParts parts)
    {
        int start = parts.HeadStart;
        while (start < parts.HeadNounEnd && Determiners.Contains(Word(text, start))) start++;
        return start + 1 < parts.HeadNounEnd && IsCapitalised(text, start) && CourtesyTitles.Contains(Word(text, start)) && IsCapitalised(text, start + 1);
    }

    private (string? Type, string Evidence, Actor? Actor, bool PastOffice) ReadType(DocumentText text, MentionParts parts, Actor? resolvedActor, bool findActors)
    {
        var (type, evidence, actor) = ReadTypeNow(text, parts, resolvedActor, findActors, out bool past);
        // "Oversight Chairman Ada Holm (R-Kan.)": a party tag marks a party's legislator; a committee title or another
        // role word that would make her a business, expert or member of the public does not outrank it. An office of the
        // state ("Gov. ... (R)") and an actor the lexicon knows keep their type.
        if (type is SourceTypes.Business or SourceTypes.Expert or SourceTypes.Citizen && evidence != TypeEvidence.Actor && !IsStanceGroup(text, parts) && PartyTag(text, parts) is not null)
        {
            return (SourceTypes.Political, TypeEvidence.PartyTag, null, false);
        }
        // "Jane Doe, 45, a lawyer from Cleveland", "a 38-year-old physician from Tampa": news gives the age of members of the
        // public; an occupation that would make an expert is what a voter does for a living, not the capacity they speak in;
        // so is a trade of one's own ("Ray Dufresne, 61, a contractor"), not an executive's role for a company.
        if ((type is SourceTypes.Expert || type is SourceTypes.Business && OwnTradeOnly(text, parts)) && !past && evidence is TypeEvidence.Role or TypeEvidence.Apposition or TypeEvidence.Phrase && HasAge(text, parts))
        {
            return (SourceTypes.Citizen, evidence, null, false);
        }
        // "Tom Hale, 54, a Republican", "Ada Brisk, a Democrat who owns a bakery": a person described as nothing but a
        // party's member is one of its voters; "Ada Brisk, a Democrat who represents the 5th District" is not.
        if (type is SourceTypes.Political && evidence is TypeEvidence.Apposition or TypeEvidence.Phrase && IsPartyVoter(text, parts))
        {
            return (SourceTypes.Citizen, evidence, null, false);
        }
        // "Two-thirds of Republicans", "Democrats in the survey", "a Republican who attended the rally": party members a
        // poll counts, or who do what voters do, are the public; "Republicans in the Senate" are the party.
        if (type is SourceTypes.Political && evidence is TypeEvidence.Role or TypeEvidence.Phrase && IsPartyPublic(text, parts))
        {
            return (SourceTypes.Citizen, evidence, null, false);
        }
        // "Tom Hale, a pollster for the Lind campaign", "an economist who works for the Lind campaign": a campaign's staff
        // speak for it, whatever their trade.
        if (type is SourceTypes.Expert or SourceTypes.Business && !past && evidence is TypeEvidence.Role or TypeEvidence.Apposition && WorksForCampaign(text, parts))
        {
            return (SourceTypes.Political, TypeEvidence.Campaign, null, false);
        }
        // "Kai Berg, a lawyer at a small firm, who represents the Port Authority": a lawyer speaks for the client named.
        if (type is SourceTypes.Expert && evidence is TypeEvidence.Role or TypeEvidence.Apposition && ClientType(text, parts) is { } client)
        {
            return (client.Type, evidence, client.Actor, false);
        }
        return (type, evidence, actor, past);
    }

    private static readonly WordSet CampaignEmployers = new("for", "with", "to", "on");

    /// <summary>Whether the apposition (or the phrase after the head noun) puts the person on a campaign's staff: "for",
    /// "with", "to" or "on" and, within five words, "campaign" ("a pollster for the Lind campaign", "a data analyst with
    /// Ada Lind's campaign"); not a past one ("formerly with the campaign").</summary>
    private bool WorksForCampaign(DocumentText text, MentionParts parts)
    {
        var (start, end) = parts.HasApposition ? (parts.AppositionStart, parts.AppositionEnd) : (parts.HeadNounEnd, parts.HeadEnd);
        if (AnyPastMarker(text, start, end)) return false;
        var tokens = text.Document.Tokens;
        for (int t = start + 1; t < end; t++)
        {
            if (Word(text, t) is not "campaign") continue;
            // A campaign, not a subject: "an expert on campaign finance", "a scholar of presidential campaigns".
            if (t + 1 < end && tokens[t + 1].Kind == TokenKind.Word && !IsCapitalised(text, t + 1)) continue;
            var before = Word(text, t - 1);
            if (!(IsCapitalised(text, t - 1) || before.EndsWith("'s") || before.EndsWith("’s") || before is "the" or "his" or "her" or "their" or "its")) continue;
            for (int p = Math.Max(start, t - 5); p < t; p++) if (CampaignEmployers.Contains(Word(text, p))) return true;
        }
        return false;
    }

    private static readonly WordSet GroupNouns = new("group", "groups", "organization", "organizations", "organisation", "organisations",
        "network", "networks", "coalition", "outfit", "committee", "committees");
    private static readonly string[] AlignedSuffixes = ["-aligned", "-allied", "-backed", "-backing", "-supporting", "-affiliated"];
    private static readonly WordSet PartyWords = new("republican", "democratic", "democrat", "gop", "labour", "tory", "libertarian");

    /// <summary>A group named for the politician or party it works for or against ("a Clinton-aligned group", "a pro-Trump
    /// group", "an anti-Trump organization", "a Republican-allied network"): a political operation, not an NGO. The name
    /// must be a party or a person of the public-figures list ("a pro-Israel group" is not one).</summary>
    private bool IsPartisanGroup(DocumentText text, MentionParts parts)
    {
        int nounEnd = parts.HeadNounEnd;
        while (nounEnd > parts.HeadStart && text.Document.Tokens[nounEnd - 1].Kind == TokenKind.Punctuation) nounEnd--;
        if (nounEnd - parts.HeadStart < 2 || !GroupNouns.Contains(Word(text, nounEnd - 1))) return false;
        var raw = text.Document.Text;
        for (int t = parts.HeadStart; t < nounEnd - 1; t++)
        {
            var token = text.Document.Tokens[t];
            var word = raw.AsSpan(token.Start, token.Length);
            ReadOnlySpan<char> name = default;
            if ((word.StartsWith("pro-") || word.StartsWith("anti-")) && word.Length > 5) name = word[(word.IndexOf('-') + 1)..];
            else foreach (var suffix in AlignedSuffixes) if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) name = word[..^suffix.Length];
            if (name.IsEmpty || !char.IsUpper(name[0])) continue;
            var key = name.ToString().ToLowerInvariant();
            if (resources.PublicFigures.WithSurname(key).Length > 0 || PartyWords.Contains(key)) return true;
        }
        return false;
    }

    private static readonly WordSet RepresentingVerbs = new("represents", "represented", "representing");

    /// <summary>The type of the client a lawyer in the phrase represents ("a lawyer ..., who represents the Port
    /// Authority", "... who represents two of the buyers"), when the lexicons can type it, or null.</summary>
    private (string Type, Actor? Actor)? ClientType(DocumentText text, MentionParts parts)
    {
        var tokens = text.Document.Tokens;
        var (start, end) = Whole(parts);
        bool lawyer = false;
        for (int t = start; t < end - 1; t++)
        {
            lawyer |= resources.Roles.Head(text.Normalised, tokens, t, t + 1, end) is { } role && role.Value.Type == SourceTypes.Expert && role.Value.ForPrincipal;
            if (!lawyer) continue;
            if (!RepresentingVerbs.Contains(Word(text, t))) continue;
            int clientEnd = t + 1;
            while (clientEnd < end && !(tokens[clientEnd].Kind == TokenKind.Punctuation && text.Document.Text[tokens[clientEnd].Start] is ',' or ';' or '—' or '–')) clientEnd++;
            return PrincipalType(text, (t + 1, clientEnd));
        }
        return null;
    }

    private (string? Type, string Evidence, Actor? Actor) ReadTypeNow(DocumentText text, MentionParts parts, Actor? resolvedActor, bool findActors, out bool past)
    {
        past = false;
        var tokens = text.Document.Tokens;
        var norm = text.Normalised;
        var actor = resolvedActor ?? (findActors ? resolver.ActorOf(text, parts.HeadStart, parts.HeadNounEnd, parts.HeadEnd) : null);
        if (actor is not null) return (actor.SourceType, TypeEvidence.Actor, actor);
        if (IsPartisanGroup(text, parts)) return (SourceTypes.Political, TypeEvidence.Role, null);

        int nounStart = AfterLastPossessive(text, parts.HeadStart, parts.HeadNounEnd);
        var role = FirstConjunctRole(text, parts)
            ?? resources.Roles.Head(norm, tokens, nounStart, parts.HeadNounEnd, parts.HeadEnd)
            ?? (nounStart > parts.HeadStart ? resources.Roles.Head(norm, tokens, parts.HeadStart, parts.HeadNounEnd, parts.HeadEnd) : null);
        // "fellow actress Dana Morrow": "fellow" before a lower-case word is an adjective, not a research fellow.
        if (role is { } f && IsAdjectiveFellow(text, f, parts.HeadNounEnd)) role = null;
        // "Elizabeth Banks", "Tom Judge": a capitalised role word right after a given name is a surname.
        if (role is { Length: 1 } surname && IsSurnameAfterGivenName(text, surname.Start, parts.HeadStart)) role = null;
        // A capitalised role word may open a two-word head ("The Ohio Bankers Association": an association of bankers).
        if (role is { Length: 1 } opening && opening.End < parts.HeadNounEnd && IsCapitalised(text, opening.Start) && IsCapitalised(text, opening.End)
            && resources.Clues.Institutions.Exactly(text.Normalised, text.Document.Tokens, opening.Start, opening.End + 1) is { } twoWordHead)
        {
            return (twoWordHead, TypeEvidence.Institution, null);
        }
        // "the rally organiser Harbour Alliance", "the broadcaster Delta News": a role word before the capitalised name of
        // an institution describes the institution, which is the source.
        if (role is { } describing && describing.End < parts.HeadNounEnd && IsCapitalised(text, describing.End)
            && InstitutionType(text, describing.End, parts.HeadNounEnd) is { } namedBody)
        {
            if (UnitOfGovernmentBody(text, parts.HeadStart, parts.HeadNounEnd)) return (SourceTypes.Official, TypeEvidence.Institution, null);
            return (PartyBody(text, parts.HeadStart, parts.HeadNounEnd, namedBody), TypeEvidence.Institution, null);
        }
        // "the state's Workers' Compensation Board": a capitalised role word inside an institution's name is part of the name.
        if (role is { } inName && inName.End < parts.HeadNounEnd && IsCapitalised(text, inName.Start) && inName.Start > parts.HeadStart
            && !IsCapitalised(text, inName.Start - 1) && InstitutionType(text, inName.Start, parts.HeadNounEnd) is { } nameBody
            && resources.Roles.Head(norm, tokens, inName.End, parts.HeadNounEnd, parts.HeadEnd) is null)
        {
            return (nameBody, TypeEvidence.Institution, null);
        }
        // "The Harbour Safety Board said": a capitalised role word that ends a capitalised name is the institution's head word.
        if (role is { Length: 1 } last && last.End == parts.HeadNounEnd && last.Start > parts.HeadStart && IsCapitalised(text, last.Start)
            && IsCapitalised(text, last.Start - 1) && resources.Clues.Institutions.Exactly(text.Normalised, text.Document.Tokens, last.Start, last.End) is { } headWord)
        {
            return (headWord, TypeEvidence.Institution, null);
        }
        // "The United Mine Workers of America said": capitalised people in the plural heading a name are an association.
        if (role is { } members && IsCapitalised(text, members.Start) && MembersAssociation(text, parts.HeadStart, parts.HeadEnd) is { } association)
        {
            return (association, TypeEvidence.Institution, null);
        }
        // "Dr. Anthony Fauci, the director of the National Institute of ...", "Sister Ann Kerr, executive director of the
        // lobby Network": a courtesy title before the name; what the apposition says the person is decides, and the title
        // only when it says nothing, as weak evidence of the phrase (so another mention's apposition wins: "Dr. Fauci"
        // after "Dr. Anthony Fauci, the director of ...").
        PhraseMatch<SourceRole>? courtesy = null;
        if (role is { Length: 1 } c && c.End < parts.HeadNounEnd && IsCapitalised(text, c.Start) && CourtesyTitles.Contains(Word(text, c.Start)))
        {
            courtesy = role;
            role = null;
        }
        if (role is { } r && TypeOfRole(text, r, parts.HeadStart, parts.HeadEnd) is { } roleType)
        {
            // Only a title before a name ("nominee Gov. Mike Pence"): "the Congressional Budget Office" is the office.
            if (roleType.Type == SourceTypes.Official && r.End < parts.HeadNounEnd && CandidacyBefore(text, parts.HeadStart, r.Start)) return (SourceTypes.Political, TypeEvidence.Role, null);
            return (HeldInThePast(text, parts, parts.HeadStart, r.Start, roleType.Type, out past), TypeEvidence.Role, roleType.Actor);
        }
        if (parts.HasApposition)
        {
            var appositionActor = findActors ? resolver.ActorOf(text, parts.AppositionStart, parts.AppositionNounEnd, parts.AppositionFirstEnd) : null;
            if (appositionActor is not null) return (appositionActor.SourceType, TypeEvidence.Apposition, appositionActor);
            int appositionStart = AfterPartitive(text, parts.AppositionStart, parts.AppositionFirstEnd);
            int appositionNounEnd = appositionStart == parts.AppositionStart ? parts.AppositionNounEnd : MentionParts.NounEnd(text, appositionStart, parts.AppositionFirstEnd);
            int appositionLimit = parts.AppositionFirstEnd;
            // "a former Democratic tax aide now teaching at Harbor University": what the person is now decides.
            if (NowAfterPast(text, appositionStart, appositionLimit) is int now)
            {
                var current = resources.Roles.Head(norm, tokens, now + 1, appositionLimit, appositionLimit);
                if (current is { } cr && TypeOfRole(text, cr, now + 1, appositionLimit) is { } currentType) return (currentType.Type, TypeEvidence.Apposition, currentType.Actor);
                if (InstitutionType(text, now + 1, parts.AppositionEnd) is { } currentBody) return (currentBody, TypeEvidence.Institution, null);
            }
            // "an adviser to the campaign and a professor at Harbor University": the first description is the capacity.
            else if (SecondDescription(text, appositionStart, appositionLimit) is int and
                && resources.Roles.Head(norm, tokens, appositionStart, Math.Min(appositionNounEnd, and), and) is not null)
            {
                // "a history student and one of the organisers": membership of a body the actor list knows says more.
                if (findActors && MemberOfActor(text, and + 1, appositionLimit) is { } body) return (body.SourceType, TypeEvidence.Apposition, body);
                (appositionNounEnd, appositionLimit) = (Math.Min(appositionNounEnd, and), and);
            }
            // "Janet Yellen, the first woman to lead the Fed": the body the person leads says what they are, not "woman".
            if (LedBody(text, appositionStart, parts.AppositionFirstEnd) is { } led) return (led.Type, TypeEvidence.Apposition, led.Actor);
            var appositionRole = resources.Roles.Head(norm, tokens, appositionStart, appositionNounEnd, appositionLimit);
            if (appositionRole is { } ar && TypeOfRole(text, ar, parts.AppositionStart, appositionLimit) is { } appositionType)
            {
                // "a nurse who chairs the county Democratic Party": a body the person leads says more than a job of their own.
                if (appositionType.Type == SourceTypes.Citizen && findActors && BodyLedAfter(text, ar.End, parts.AppositionEnd) is { } chaired)
                {
                    return (chaired.Type, TypeEvidence.Apposition, chaired.Actor);
                }
                // "a Baptist pastor and Republican state legislator": an office joined to a job of one's own is the capacity.
                if (appositionType.Type == SourceTypes.Citizen && OfficeJoinedAfter(text, ar.End, parts.AppositionFirstEnd) is { } office)
                {
                    return (office, TypeEvidence.Apposition, null);
                }
                return (HeldInThePast(text, parts, parts.AppositionStart, ar.Start, appositionType.Type, out past), TypeEvidence.Apposition, appositionType.Actor);
            }
            // "Johnnie Wilson, of Springfield, Va.": a person placed by home town alone is a member of the public.
            if (courtesy is null && Word(text, parts.AppositionStart) is "of" && parts.AppositionFirstEnd - parts.AppositionStart <= 3
                && IsCapitalised(text, parts.AppositionStart + 1) && IsPersonName(text, parts.HeadStart, parts.HeadEnd))
            {
                return (SourceTypes.Citizen, TypeEvidence.Apposition, null);
            }
        }
        // Weaker than what another mention's apposition says ("Dr. Fauci" after "Dr. Anthony Fauci, the director of ...").
        if (courtesy is { } title && TypeOfRole(text, title, parts.HeadStart, parts.HeadEnd) is { } titleType) return (titleType.Type, TypeEvidence.Phrase, titleType.Actor);
        if (SeatOf(text, parts) is not null) return (SourceTypes.Official, TypeEvidence.SeatOfGovernment, null);
        // "Critics of the administration's housing policy", "Supporters of Rep. Dana Whitfield": what they are for or
        // against is not what they are.
        if (IsStanceGroup(text, parts)) return (null, TypeEvidence.None, null);
        // "A retired Army general": a past marker before the institution's word is a former member, as before a role.
        if (InstitutionType(text, parts.HeadStart, parts.HeadEnd) is { } institution)
        {
            if (institution != SourceTypes.Official && UnitOfGovernmentBody(text, parts.HeadStart, parts.HeadNounEnd)) institution = SourceTypes.Official;
            return (HeldInThePast(text, parts, parts.HeadStart, parts.HeadNounEnd - 1, institution, out past), TypeEvidence.Institution, null);
        }
        // "Jane Doe, who covers the White House for Reuters": what a reporter covers is not whom they work for.
        if (parts.HasApposition && Word(text, parts.AppositionStart) is "who" && PredicateType(text, parts) == SourceTypes.Media)
        {
            return (SourceTypes.Media, TypeEvidence.Predicate, null);
        }
        // "Dana Holm, who heads the Clinton Foundation": the body a relative clause says the person leads, the actor list
        // first (its head word would make the foundation a think tank), then a seat of government or an institution.
        if (findActors && parts.HasApposition && Word(text, parts.AppositionStart) is "who" && parts.AppositionStart + 2 < parts.AppositionEnd
            && LeadingVerbs.Contains(Word(text, parts.AppositionStart + 1))
            && HeadedBody(text, parts.AppositionStart + 2, parts.AppositionEnd) is { } headed)
        {
            return (headed.Type, TypeEvidence.Apposition, headed.Actor);
        }
        // "Lena Borg, head of the Tax Policy Center": the institution the apposition names.
        if (parts.HasApposition && !TiedWithoutCapacity(text, parts.AppositionStart, parts.AppositionEnd) && InstitutionType(text, parts.AppositionStart, parts.AppositionEnd) is { } named)
        {
            return (HeldInThePast(text, parts, parts.AppositionStart, parts.AppositionNounEnd - 1, named, out past), TypeEvidence.Institution, null);
        }

        var anywhere = findActors ? ActorInPhrase(text, parts) : null;
        // "Victor Cha, who served as Asia director for the National Security Council": a body served in the past.
        if (anywhere is not null)
        {
            var (phraseStart, phraseEnd) = Whole(parts);
            return (HeldInThePast(text, parts, phraseStart, phraseEnd, anywhere.SourceType, out past), TypeEvidence.Phrase, anywhere);
        }
        var anyRole = resources.Roles.Longest(norm, tokens, parts.HeadStart, parts.HeadEnd)
            ?? (parts.HasApposition ? resources.Roles.Longest(norm, tokens, parts.AppositionStart, parts.AppositionEnd) : null);
        if (anyRole is { } fellow && IsAdjectiveFellow(text, fellow, parts.HeadEnd)) anyRole = null;
        if (anyRole is { Length: 1 } lastName && IsSurnameAfterGivenName(text, lastName.Start, parts.HeadStart)) anyRole = null;
        // "Mrs. Clinton, who drew support from 50 percent of voters in the poll": a person is not the document the
        // relative clause mentions.
        if (anyRole is { } doc && doc.Value.Type == SourceTypes.Document && doc.Start >= parts.HeadEnd && IsNamedPerson(text, parts)) anyRole = null;
        // "Karen Sturgis, whose son serves in the Army": a body the person is tied to without a capacity.
        if (anyRole is { } tied && TieWithoutCapacity(text, Whole(parts).Start, tied.Start) >= 0) anyRole = null;
        // "Bryan Torvald, who saw the running mate speak": a role in a relative clause is someone else's unless the
        // clause says the person is or was it ("who is a senator", "who served as ambassador", "whose company ...").
        if (anyRole is { } other && other.Start >= parts.HeadEnd && IsNamedPerson(text, parts) && RelativeClausePredicate(text, parts) is var predicate && predicate != parts.AppositionStart)
        {
            anyRole = predicate < 0 ? null : resources.Roles.Longest(norm, tokens, predicate, Math.Min(predicate + MaxWordsBeforeRole + 2, parts.AppositionEnd));
        }
        if (anyRole is { } any)
        {
            var (start, end) = any.Start >= parts.HeadStart && any.End <= parts.HeadEnd ? (parts.HeadStart, parts.HeadEnd) : (parts.AppositionStart, parts.AppositionEnd);
            return TypeOfRole(text, any, start, end) is { } anyType
                ? (HeldInThePast(text, parts, start, any.Start, anyType.Type, out past), TypeEvidence.Phrase, anyType.Actor)
                : (null, TypeEvidence.None, null);
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
        // "the American special envoy for Afghan peace": the nationality of the head noun phrase, before what its
        // prepositional phrase names.
        var nation = resources.Clues.Nationalities.Longest(norm, tokens, parts.HeadStart, parts.HeadNounEnd)
            ?? (parts.HasApposition ? resources.Clues.Nationalities.Longest(norm, tokens, parts.AppositionStart, parts.AppositionNounEnd) : null)
            ?? resources.Clues.Nationalities.Longest(norm, tokens, start, end);
        if (nation is { } found && !GivenNameOfPerson(text, found, parts)) return (found.Value, AffiliationEvidence.Nationality);
        return (null, AffiliationEvidence.None);
    }

    /// <summary>Whether a one-word country is the given name of the person the head ends in ("UFC Middleweight Champion
    /// Israel Adesanya", "Jordan Peterson"): followed right away by the head's last word, capitalised, that is no country,
    /// role or body noun.</summary>
    private bool GivenNameOfPerson(DocumentText text, PhraseMatch<string> country, MentionParts parts)
    {
        if (country.Length != 1 || country.End != parts.HeadNounEnd - 1 || !IsCapitalised(text, country.Start) || !IsCapitalised(text, country.End)) return false;
        var tokens = text.Document.Tokens;
        var next = Word(text, country.End);
        return !GrammarWords.OrgNouns.Contains(next) && resources.Clues.Nationalities.Exactly(text.Normalised, tokens, country.End, country.End + 1) is null
            && resources.Roles.Longest(text.Normalised, tokens, country.End, country.End + 1) is null
            && resources.Clues.Institutions.Exactly(text.Normalised, tokens, country.End, country.End + 1) is null;
    }

    /// <summary>Titles of courtesy before a name, which say less than an apposition ("Dr.", "Sister", "Father", "the Rev.").</summary>
    private static readonly WordSet CourtesyTitles = new("dr", "dr.", "sister", "brother", "father", "rev", "rev.", "reverend");

    private static readonly WordSet Founders = new("founder", "co-founder", "cofounder", "founders", "co-founders");
    private static readonly WordSet Determiners = new("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "whose");
    private static readonly WordSet PrincipalPrepositions = new("of", "for", "at", "with", "to", "in");

    /// <summary>
    /// The type a role gives within [start, end): its own, or for a role that acts for a principal, the principal's when the
    /// phrase names one that the lexicons can type: a possessor ("the president's aides"), a modifier before the role
    /// ("campaign aides") or an of/for/at/in phrase after it ("chief executive of the National Urban League", "officials in the
    /// Democratic Party"; past a
    /// lower-case one: "vice president for policy for the Center for American Progress"), the first of these that types.
    /// For a role that only speaks for its principal, a named principal the lexicons cannot type ("Clinton spokesman")
    /// leaves the type to the later evidence and the model (null); other roles, and a nationality or plain words
    /// ("Russian President", "senior aides"), keep the role's own type ("Wells Fargo CEO" business).
    /// </summary>
    private (string Type, Actor? Actor)? TypeOfRole(DocumentText text, PhraseMatch<SourceRole> role, int start, int end)
    {
        if (!role.Value.ForPrincipal) return ForAnalysisBody(text, role, start, end) ?? ByNewsOutlet(text, role, start, end) ?? (role.Value.Type, null);
        // "head of commodities research at a bank", "director of economic analysis": who heads a field of analysis is an analyst.
        if (HeadsAnalysis(text, role, end)) return (SourceTypes.Expert, null);
        var principals = Principals(text, role, start, end);
        // "the campaign plans to release the records, a spokesman announced": whom the sentence says they speak for.
        // "his advisers", "her spokeswoman": whom the pronoun refers to, which the classifier resolves (TypeByPossessor).
        // "his lawyer", "their attorneys": the client the pronoun refers to, likewise.
        if (principals.Count == 0 && VoiceOfPossessor(role.Value) && PossessedBefore(text, role, start)) return null;
        if (principals.Count == 0 && role.Value.SpeaksForPrincipal)
        {
            return SpokespersonContext.TypeNear(text, role.Start, resources.SpokespersonContexts.Bodies) is { } near ? (near, null)
                : SubjectSpokenFor(text, role.Start) ?? (role.Value.Type, null);
        }
        if (principals.Count == 0) return (role.Value.Type, null);
        foreach (var principal in principals)
        {
            // A lawyer acting for a client takes the client's type, a body's ("a lawyer for the Harbor Defense Fund") or
            // people's named by a role word ("a lawyer for the dock workers", "the family's attorney"): the lawyer is the
            // client's voice in the story.
            // "Democratic pollster Pat Caddell", "Opposition activists": for some roles a party word or a role word says
            // whom they lean to, not whom they speak for (principal = leans or named in source_roles.csv).
            if (PrincipalType(text, principal, byRoleWord: role.Value.ByRoleWord, byParty: role.Value.ByParty) is { } typed)
            {
                // "the chief executive of Delta Media", "the chairman of the Vell Tribune": an executive speaks for the
                // company, a media company too (its journalists are media by their own role words). A founder of an
                // outlet often writes for it, and keeps the outlet's type.
                if (role.Value.Type == SourceTypes.Business && typed.Type == SourceTypes.Media && !Founders.Contains(Word(text, role.End - 1))) return (SourceTypes.Business, null);
                return typed;
            }
        }
        var p = principals[0];
        var tokens = text.Document.Tokens;
        // A nationality ("Russian President") or plain words ("senior aides") are no principal; an unknown name is.
        bool named = Named(text, p);
        // "a vice president at Carrow Biologics": a president or vice president at a body no lexicon knows is a company's
        // officer, not a state's (a state's is "of" it, and countries, seats and parties are typed above).
        if (named && role.Value.Type == SourceTypes.Official && CorporateTitles.Contains(Word(text, role.End - 1)) && p.Start > 0 && Word(text, p.Start - 1) is "at")
        {
            return (SourceTypes.Business, null);
        }
        // "his senior adviser", "her top aide": plain words before the role are no principal; the pronoun is.
        if (!named && VoiceOfPossessor(role.Value) && PossessedBefore(text, role, start)) return null;
        // "Avery lawyer Kai Berg", "Ada Holm's attorney", "a lawyer for Tom Avery": a client named by name alone is
        // looked for among the article's sources and the public figures like a spokesperson's principal.
        return (role.Value.SpeaksForPrincipal || ClientNamed(text, role, p)) && named && resources.Clues.Nationalities.Longest(text.Normalised, tokens, p.Start, p.End) is null
            && resources.Clues.Parties.Longest(text.Normalised, tokens, p.Start, p.End) is null ? null : (role.Value.Type, null);
    }

    /// <summary>
    /// "Acme Motors will cut 2,000 jobs next year, spokesman Tom Hale said": a spokesperson with no principal of their own,
    /// named after what the sentence's subject will do or did, speaks for that subject, a body the lexicons type (an actor,
    /// a seat of government, an institution); null when the sentence opens with anything else.
    /// </summary>
    private (string Type, Actor? Actor)? SubjectSpokenFor(DocumentText text, int roleStart)
    {
        var document = text.Document;
        var tokens = document.Tokens;
        int first = document.Sentences[SentenceOfToken(text, roleStart)].FirstToken;
        int t = first < roleStart && Word(text, first) is "the" ? first + 1 : first;
        int runEnd = t;
        while (runEnd < roleStart && tokens[runEnd].Kind == TokenKind.Word
            && (char.IsUpper(document.Text[tokens[runEnd].Start]) || runEnd > t && runEnd + 1 < roleStart && Word(text, runEnd) is "of" or "for" or "and"
                && char.IsUpper(document.Text[tokens[runEnd + 1].Start]))) runEnd++;
        // What the subject does stands between it and the spokesperson.
        if (runEnd == t || runEnd + 2 > roleStart) return null;
        return PrincipalType(text, (first, runEnd), byRoleWord: false, byParty: false);
    }

    private static readonly WordSet AnalysisFields = new("research", "analysis", "economics", "strategy", "forecasting", "polling");

    /// <summary>A role followed by "of" and lower-case words that name a field of analysis ("head of commodities research",
    /// "director of economic analysis", "chief of polling").</summary>
    private static bool HeadsAnalysis(DocumentText text, PhraseMatch<SourceRole> role, int end)
    {
        if (role.End + 1 >= end || Word(text, role.End) is not "of") return false;
        var tokens = text.Document.Tokens;
        for (int t = role.End + 1; t < end && t <= role.End + 4; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || char.IsUpper(text.Document.Text[tokens[t].Start])) return false;
            if (AnalysisFields.Contains(Word(text, t))) return true;
        }
        return false;
    }

    /// <summary>Whether a principal has a capitalised word: a name ("Clinton spokesman"), not plain words ("senior aides").</summary>
    private static bool Named(DocumentText text, (int Start, int End) p)
    {
        var tokens = text.Document.Tokens;
        for (int t = p.Start; t < p.End; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && char.IsUpper(text.Document.Text[tokens[t].Start])) return true;
        }
        return false;
    }

    /// <summary>A lawyer's client named before the role ("Avery lawyer", "Holm's attorney") or after "for" ("a lawyer for
    /// Tom Avery"); not the firm a lawyer is "at" or "with".</summary>
    private static bool ClientNamed(DocumentText text, PhraseMatch<SourceRole> role, (int Start, int End) p) =>
        IsLawyer(role.Value) && (p.End <= role.Start || p.Start > 0 && Word(text, p.Start - 1) is "for");

    /// <summary>Roles that, owned by a possessive pronoun, are the voice of whom it refers to: a spokesperson or aide ("her
    /// spokeswoman"), and a lawyer, who speaks for the client ("his lawyer").</summary>
    private static bool VoiceOfPossessor(SourceRole role) => role.SpeaksForPrincipal || IsLawyer(role);

    private static bool IsLawyer(SourceRole role) => role.Type == SourceTypes.Expert && role.ForPrincipal && !role.SpeaksForPrincipal;

    /// <summary>
    /// A media role for a body the lexicons type as expert ("Senate editor for the Harbor Election Forecast", "an editor at
    /// a policy institute"): who edits or reports for a pollster, a forecaster or a think tank speaks as its analyst. Only
    /// what the role is of, for or at counts, not a word before it ("Senate editor" is no principal).
    /// </summary>
    private (string Type, Actor? Actor)? ForAnalysisBody(DocumentText text, PhraseMatch<SourceRole> role, int start, int end)
    {
        if (role.Value.Type != SourceTypes.Media) return null;
        foreach (var principal in Principals(text, role, start, end))
        {
            if (principal.Start < role.End) continue;
            if (PrincipalType(text, principal, byRoleWord: false) is { Type: SourceTypes.Expert } typed) return typed;
        }
        return null;
    }

    /// <summary>What a news outlet publishes or airs: reporting, not a document of its own.</summary>
    private static readonly WordSet MediaWorks = new("report", "reports", "analysis", "story", "stories", "article", "articles",
        "investigation", "reporting", "interview", "broadcast", "segment", "documentary", "piece", "fact-check");

    private static readonly WordSet ByOrFrom = new("by", "from", "in");

    /// <summary>
    /// A report, analysis or story of a news outlet ("a New York Times report", "The Post's analysis", "a report in The
    /// New York Times", "an analysis by Fox News") is the outlet's reporting: media, not a document. Polls and surveys
    /// stay documents ("a CNN poll"), and a report of another body stays a document ("a report from the association").
    /// </summary>
    private (string Type, Actor? Actor)? ByNewsOutlet(DocumentText text, PhraseMatch<SourceRole> role, int start, int end)
    {
        if (role.Value.Type != SourceTypes.Document || !MediaWorks.Contains(Word(text, role.End - 1))) return null;
        foreach (var principal in Principals(text, role, start, end))
        {
            if (PrincipalType(text, principal, byRoleWord: false) is { Type: SourceTypes.Media } typed) return typed;
        }
        if (role.End < end - 1 && ByOrFrom.Contains(Word(text, role.End))
            && PrincipalType(text, (role.End + 1, end), byRoleWord: false) is { Type: SourceTypes.Media } outlet)
        {
            return outlet;
        }
        return role.End == end ? OutletAfterPhrase(text, end) : null;
    }

    private const int MaxOutletTokens = 6;

    /// <summary>
    /// The outlet named right after a source phrase that ends in a report or story, past a day or time word, when the
    /// phrase itself stops before it ("according to a report Thursday in the New York Times", "a story by CNN"): the
    /// outlet's name runs to the next punctuation, at most six words. Null when no news outlet follows.
    /// </summary>
    private (string Type, Actor? Actor)? OutletAfterPhrase(DocumentText text, int end)
    {
        var tokens = text.Document.Tokens;
        var sentence = text.Document.Sentences[SentenceOfToken(text, end - 1)];
        int sentenceEnd = sentence.FirstToken + sentence.TokenCount;
        int t = end;
        while (t < sentenceEnd && t - end < 2 && tokens[t].Kind == TokenKind.Word && GrammarWords.TimeWords.Contains(Word(text, t))) t++;
        if (t >= sentenceEnd - 1 || tokens[t].InQuote || !ByOrFrom.Contains(Word(text, t))) return null;
        int outletStart = ++t;
        while (t < sentenceEnd && t - outletStart < MaxOutletTokens && tokens[t].Kind == TokenKind.Word && !tokens[t].InQuote)
        {
            // "the report in the American Journal of Public Health": a scholarly journal's paper is a document.
            if (Word(text, t) is "of" && t > outletStart && Word(text, t - 1) is "journal") return null;
            t++;
        }
        return t > outletStart && PrincipalType(text, (outletStart, t), byRoleWord: false) is { Type: SourceTypes.Media } outlet ? outlet : null;
    }

    private static int SentenceOfToken(DocumentText text, int token)
    {
        var sentences = text.Document.Sentences;
        int low = 0, high = sentences.Count - 1;
        while (low < high)
        {
            int mid = (low + high + 1) / 2;
            if (sentences[mid].FirstToken <= token) low = mid; else high = mid - 1;
        }
        return low;
    }

    private static readonly WordSet PossessivePronouns = new("his", "her", "their");

    /// <summary>A possessive pronoun opens the phrase and only lower-case words stand between it and the role.</summary>
    private static bool PossessedBefore(DocumentText text, PhraseMatch<SourceRole> role, int start)
    {
        if (start >= role.Start || !PossessivePronouns.Contains(Word(text, start))) return false;
        var tokens = text.Document.Tokens;
        for (int t = start + 1; t < role.Start; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || char.IsUpper(text.Document.Text[tokens[t].Start])) return false;
        }
        return true;
    }

    /// <summary>
    /// For a role that only speaks for someone or a lawyer, owned by a possessive pronoun and naming no principal of its
    /// own ("his advisers", "her spokeswoman", "their senior aide", "his lawyers"), the type it has when the pronoun cannot
    /// be resolved (citizen for a lawyer; for the others what the
    /// nearby sentences say it speaks for, else its own); null for any other mention.
    /// </summary>
    public string? SpeaksForPossessor(DocumentText text, MentionParts parts)
    {
        var tokens = text.Document.Tokens;
        if (resources.Roles.Head(text.Normalised, tokens, parts.HeadStart, parts.HeadNounEnd, parts.HeadEnd) is not { } role || !VoiceOfPossessor(role.Value)) return null;
        if (!PossessedBefore(text, role, parts.HeadStart) || Principals(text, role, parts.HeadStart, parts.HeadEnd).Exists(p => Named(text, p))) return null;
        // "his lawyer" whose client is not found: a lawyer speaks as the client, and the clients news does not name
        // again are private people (a defendant, a plaintiff, a victim's family), never the lawyer as an expert.
        if (IsLawyer(role.Value)) return SourceTypes.Citizen;
        return SpokespersonContext.TypeNear(text, role.Start, resources.SpokespersonContexts.Bodies) ?? role.Value.Type;
    }

    /// <summary>
    /// Whether the head, or else the apposition, is a role that acts for a principal owned by "its" or by "the" and a
    /// generic body noun ("the group's president", "its spokeswoman", "Ada Holm, a spokeswoman for the agency"): the body
    /// that pronoun or noun stands for is the principal (source resolution finds it).
    /// </summary>
    public bool ActsForPossessingBody(DocumentText text, MentionParts parts)
    {
        var bodies = resources.Resolution.GenericBodies;
        var owner = RoleOwner.Find(text, parts.HeadStart, parts.HeadEnd, bodies)
            ?? (parts.HasApposition ? RoleOwner.Find(text, parts.AppositionStart, parts.AppositionFirstEnd, bodies) : null);
        if (owner is not { } found || found.Pronoun is not (null or "it")) return false;
        return resources.Roles.Head(text.Normalised, text.Document.Tokens, found.RoleStart, found.RoleEnd, found.RoleEnd) is { } role && role.Value.ForPrincipal;
    }

    /// <summary>Where a role's principal may be named, in order: a possessor or a modifier before the role, then each
    /// of/for/at phrase after it, a lower-case one ("for policy") being passed over when another follows.</summary>
    private List<(int Start, int End)> Principals(DocumentText text, PhraseMatch<SourceRole> role, int start, int end)
    {
        var tokens = text.Document.Tokens;
        var found = new List<(int Start, int End)>(2);
        int before = start;
        if (before < role.Start && Determiners.Contains(Word(text, before))) before++;
        for (int t = role.Start - 1; t >= before && found.Count == 0; t--)
        {
            if (Word(text, t).EndsWith("'s", StringComparison.Ordinal)) found.Add((before, t + 1));
        }
        // "Opposition politicians and lawyers": the words before a conjunction are another group, not the role's modifier.
        // "a staff attorney with the ACLU": "staff" says the role is a post on the body's staff, not whom it acts for.
        if (found.Count == 0 && before < role.Start && tokens[role.Start - 1].Kind == TokenKind.Word && Word(text, role.Start - 1) is not ("and" or "or" or "staff"))
        {
            found.Add((before, role.Start));
        }
        int after = role.End;
        // "founder and CEO of Iraq and Afghanistan Veterans of America": both roles are of what follows the second.
        if (after + 2 < end && Word(text, after) is "and" or "&" && resources.Roles.Longest(text.Normalised, tokens, after + 1, Math.Min(end, after + 4)) is { } second
            && second.Start == after + 1 && second.End < end && PrincipalPrepositions.Contains(Word(text, second.End)))
        {
            after = second.End;
        }
        while (after < end - 1 && PrincipalPrepositions.Contains(Word(text, after)))
        {
            int next = after + 1;
            while (next < end && !PrincipalPrepositions.Contains(Word(text, next))) next++;
            bool lowerCase = true;
            for (int t = after + 1; t < next; t++) lowerCase &= tokens[t].Kind != TokenKind.Word || !char.IsUpper(text.Document.Text[tokens[t].Start]);
            if (!lowerCase || next >= end - 1)
            {
                found.Add((after + 1, end));
                break;
            }
            // "president of a trucking company based in Wichita": a lower-case body the role words name is the principal
            // before any name after it.
            // A lawyer's client may be people ("a lawyer for the family of the man killed by officers": the family).
            var body = resources.Roles.Longest(text.Normalised, tokens, after + 1, end) is { } longest && longest.Start < next ? longest
                : resources.Roles.Longest(text.Normalised, tokens, after + 1, next);
            // "head of commodities research at a bank": a field of work a document word names is no body worked for.
            if (body is { } b && b.Value.Type is not SourceTypes.Document && (b.Value.Type is not SourceTypes.Citizen || IsLawyer(role.Value)))
            {
                found.Add((after + 1, b.End));
                break;
            }
            after = next;
        }
        return found;
    }

    /// <summary>The type the lexicons give a principal: an actor, a seat of government, an institution, a role (unless
    /// <paramref name="byRoleWord"/> is false) or a party.</summary>
    private (string Type, Actor? Actor)? PrincipalType(DocumentText text, (int Start, int End) p, bool byRoleWord = true, bool byParty = true)
    {
        var tokens = text.Document.Tokens;
        var norm = text.Normalised;
        if (resolver.ActorWithin(text, p.Start, p.End) is { } actor) return (actor.SourceType, actor);
        int seatStart = p.Start < p.End && Word(text, p.Start) is "the" ? p.Start + 1 : p.Start;
        if (resources.Clues.Seats.Exactly(norm, tokens, seatStart, p.End) is not null) return (SourceTypes.Official, null);
        // "Senior White House officials", "White House economic adviser": a seat of government among the words before the
        // role (not "... House" as a legislature).
        if (resources.Clues.Seats.Longest(norm, tokens, p.Start, p.End) is { } seat && IsCapitalised(text, seat.Start) && seat.Length > 1) return (SourceTypes.Official, null);
        if (InstitutionType(text, p.Start, p.End) is { } institution) return (institution, null);
        // "the family of the man killed by officers": the principal's own noun, before what its of-phrase names.
        // A party word that is also a role word ("Republican pollster") places the role only when party words may.
        if (byRoleWord && (RoleBeforeOf(text, p) ?? resources.Roles.Longest(norm, tokens, p.Start, p.End)) is { } principalRole
            && (byParty || resources.Clues.Parties.Longest(norm, tokens, principalRole.Start, principalRole.End) is null)) return (principalRole.Value.Type, null);
        if (byParty && resources.Clues.Parties.Longest(norm, tokens, p.Start, p.End) is not null) return (SourceTypes.Political, null);
        return null;
    }

    /// <summary>The type of the body [start, end) names after "who heads": an actor, a seat of government named alone
    /// ("the Pentagon"), or an institution ("the Center of Research for Development in Mexico City" is a research centre,
    /// not the capital).</summary>
    private (string Type, Actor? Actor)? HeadedBody(DocumentText text, int start, int end)
    {
        if (resolver.ActorWithin(text, start, end) is { } actor) return (actor.SourceType, actor);
        int seatStart = start < end && Word(text, start) is "the" ? start + 1 : start;
        if (resources.Clues.Seats.Exactly(text.Normalised, text.Document.Tokens, seatStart, end) is not null) return (SourceTypes.Official, null);
        return InstitutionType(text, start, end) is { } institution ? (institution, null) : null;
    }

    private static readonly WordSet LeadVerbs = new("lead", "head", "run", "chair", "helm", "command");

    /// <summary>The body a relative clause after a role says the person heads ("... who chairs the county Democratic Party"), typed
    /// as after "who heads" (<see cref="HeadedBody"/>); null when there is none or the lexicons cannot type it.</summary>
    private (string Type, Actor? Actor)? BodyLedAfter(DocumentText text, int from, int end)
    {
        for (int t = from; t + 2 < end; t++)
        {
            if (Word(text, t) is "who" && LeadingVerbs.Contains(Word(text, t + 1))) return HeadedBody(text, t + 2, end);
        }
        return null;
    }

    /// <summary>An office (official or political) that "and" joins right after a role, in the same description ("pastor and
    /// Republican state legislator"); null otherwise.</summary>
    private string? OfficeJoinedAfter(DocumentText text, int roleEnd, int end)
    {
        if (roleEnd + 1 >= end || Word(text, roleEnd) is not "and" || Word(text, roleEnd + 1) is "a" or "an" or "the") return null;
        int nounEnd = MentionParts.NounEnd(text, roleEnd + 1, end);
        if (resources.Roles.Head(text.Normalised, text.Document.Tokens, roleEnd + 1, nounEnd, end) is not { } second) return null;
        return TypeOfRole(text, second, roleEnd + 1, end) is { Type: SourceTypes.Official or SourceTypes.Political } typed ? typed.Type : null;
    }

    /// <summary>Titles that are a company's officers when held "at" a body (see <see cref="TypeOfRole"/>).</summary>
    private static readonly WordSet CorporateTitles = new("president", "presidents");
    private static readonly WordSet LeadingVerbs = new("heads", "leads", "runs", "chairs", "directs", "manages", "oversees");

    /// <summary>
    /// For an apposition that describes a person as the first or only one "to lead", "to head", "to run" or "to chair" a
    /// body ("the first woman to lead the Fed", "the only Black man to head the agency"), the body's type when the
    /// lexicons type it; null otherwise.
    /// </summary>
    private (string Type, Actor? Actor)? LedBody(DocumentText text, int start, int end)
    {
        for (int t = start + 1; t + 2 < end; t++)
        {
            if (Word(text, t) is not "to" || !LeadVerbs.Contains(Word(text, t + 1))) continue;
            bool firstOrOnly = false;
            for (int b = start; b < t; b++) firstOrOnly |= Word(text, b) is "first" or "only" or "youngest" or "oldest";
            return firstOrOnly ? PrincipalType(text, (t + 2, end), byParty: false) : null;
        }
        return null;
    }

    /// <summary>The role word before the first "of" of a principal ("the family of the man ..."), or null.</summary>
    private PhraseMatch<SourceRole>? RoleBeforeOf(DocumentText text, (int Start, int End) p)
    {
        for (int t = p.Start + 1; t < p.End; t++)
        {
            if (Word(text, t) is "of") return resources.Roles.Longest(text.Normalised, text.Document.Tokens, p.Start, t);
        }
        return null;
    }

    /// <summary>
    /// For two groups joined by "and" in the head ("Officials and witnesses", "Democratic lawmakers and environmental
    /// groups"), the role of the first, which news names first as the main voice; not when the second is "other ..."
    /// ("nurses and other health experts": the nurses are such experts) or the first has no role word of its own.
    /// </summary>
    private PhraseMatch<SourceRole>? FirstConjunctRole(DocumentText text, MentionParts parts)
    {
        int and = -1;
        for (int t = parts.HeadStart + 1; t < parts.HeadNounEnd - 1; t++)
        {
            if (Word(text, t) is "and") { and = t; break; }
        }
        if (and < 0 || Word(text, and + 1) is "other" or "others") return null;
        var first = resources.Roles.Head(text.Normalised, text.Document.Tokens, parts.HeadStart, and, and);
        return first is { } r && r.End == and ? first : null;
    }

    /// <summary>Whether the capitalised word at <paramref name="t"/> follows a capitalised given name ("Elizabeth Banks").</summary>
    private bool IsSurnameAfterGivenName(DocumentText text, int t, int start) =>
        t > start && IsCapitalised(text, t) && IsCapitalised(text, t - 1) && resources.Resolution.GenderOfGivenName(Word(text, t - 1)) != '?';

    /// <summary>"fellow" before a lower-case word ("fellow actress Dana Morrow", "fellow senators") is an adjective, not
    /// the title of a research fellow ("senior fellow", "a fellow at ...", "Fellow Republican Sen. ..." keeps the title
    /// after it).</summary>
    private static bool IsAdjectiveFellow(DocumentText text, PhraseMatch<SourceRole> role, int end)
    {
        var tokens = text.Document.Tokens;
        return role.Length == 1 && Word(text, role.Start) is "fellow" && role.End < end && tokens[role.End].Kind == TokenKind.Word
            && char.IsLower(text.Document.Text[tokens[role.End].Start]);
    }

    private static readonly WordSet StanceGroups = new(
        "critics", "critic", "opponents", "opponent", "supporters", "supporter", "proponents", "proponent", "defenders",
        "detractors", "skeptics", "sceptics", "backers", "foes", "fans");

    /// <summary>
    /// The head is a group defined by what it is for or against, with that named after "of" ("Critics of the Trump
    /// administration's policy", "Supporters of Sen. Ada Holm (D-Ore.)"): the body or person named there, their role
    /// words and party tag, do not type the group. A role word in the head itself still does ("Trump supporters",
    /// "Supporters of ..." as members of the public).
    /// </summary>
    private static bool IsStanceGroup(DocumentText text, MentionParts parts) =>
        parts.HeadNounEnd < parts.HeadEnd && StanceGroups.Contains(Word(text, parts.HeadNounEnd - 1)) && Word(text, parts.HeadNounEnd) is "of";

    /// <summary>A body the actor lexicon knows in the head or the apposition; not one the apposition ties the person to
    /// without a capacity ("Karen Sturgis, whose son serves in the Army").</summary>
    private Actor? ActorInPhrase(DocumentText text, MentionParts parts)
    {
        var (start, end) = Whole(parts);
        int tie = TieWithoutCapacity(text, start, end);
        if (tie >= 0) end = tie;
        return resolver.ActorWithin(text, parts.HeadStart, Math.Min(parts.HeadEnd, end))
            ?? (parts.HasApposition && parts.AppositionStart < end ? resolver.ActorWithin(text, parts.AppositionStart, Math.Min(parts.AppositionEnd, end)) : null);
    }

    /// <summary>A name that opens with a body of the state the actor lexicon knows and goes on to a unit of it ("The State
    /// Department Refugee Processing Center"), or with a name the institution patterns make official ("State Department"):
    /// the unit is part of the state, whatever its own last word would make it.</summary>
    private bool UnitOfGovernmentBody(DocumentText text, int start, int end)
    {
        if (start < end && Word(text, start) is "the") start++;
        if (resolver.ActorStartingAt(text, start, end) is { } body) return body.Actor.SourceType == SourceTypes.Official && start + body.Length < end;
        for (int k = start + 2; k < end; k++)
        {
            if (InstitutionType(text, start, k) == SourceTypes.Official) return true;
        }
        return false;
    }

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
            ?? (end - start > 1 && Word(text, start) is "the" ? resources.Clues.Seats.Exactly(text.Normalised, tokens, start + 1, end) : null)
            ?? CountryOf(text, start, end);
    }

    /// <summary>The country when the whole head, after "the" or "even", is a country or its people named by a singular
    /// nationality ("China said", "Even China, Pyongyang's only ally, ...", "the Chinese pledged"): its government speaks.
    /// Not a plural people ("Americans say", members of the public) and not a lower-case word; a country whose name ends
    /// in s is a country ("the United States pledged").</summary>
    private string? CountryOf(DocumentText text, int start, int end)
    {
        var tokens = text.Document.Tokens;
        while (end - start > 1 && Word(text, start) is "the" or "even") start++;
        if (end <= start || !IsCapitalised(text, start) || IsPeoplePlural(Word(text, end - 1))) return null;
        return resources.Clues.Nationalities.Exactly(text.Normalised, tokens, start, end);
    }

    /// <summary>A nationality in the plural ("Americans", "South Koreans": its singular is a nationality), not a country
    /// whose name ends in s ("the United States", "the Netherlands").</summary>
    private bool IsPeoplePlural(ReadOnlySpan<char> word) =>
        word.EndsWith("s") && word.Length > 1 && resources.Clues.Nationalities.OfWord(word[..^1].ToString()) is not null;

    /// <summary>The type given by the rightmost capitalised institution word of [start, end), not looking past an of/for
    /// after one: "the Tax Foundation", "the Ministry of Defence", "Fox News", "the Institute of Politics and Public
    /// Service" (an institute, not a service); a two-word head is read as one ("Christian News Service": a news service). Lower-case words do not count ("a foundation").</summary>
    private string? InstitutionType(DocumentText text, int start, int end)
    {
        var tokens = text.Document.Tokens;
        string? found = null;
        for (int t = start; t < end; t++)
        {
            // "Institute of Politics and Public Service", "Center for American Progress": the word before of/for heads the name.
            if (found is not null && Word(text, t) is "of" or "for") break;
            if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(text.Document.Text[tokens[t].Start])) continue;
            int length = Math.Min(end - t, 2);
            for (int n = length; n >= 1; n--)
            {
                if (resources.Clues.Institutions.Exactly(text.Normalised, tokens, t, t + n) is { } type)
                {
                    // "Christian News Service": the two-word head, not its last word alone. A numbered "Post"
                    // ("American Legion Post 176") is a members' chapter, not a newspaper.
                    found = type == SourceTypes.Media && t + n < end && tokens[t + n].Kind == TokenKind.Number ? SourceTypes.NgoInternational : type;
                    t += n - 1;
                    break;
                }
            }
        }
        return found is null ? MembersAssociation(text, start, end) : PartyBody(text, start, end, found);
    }

    /// <summary>People in the plural that a capitalised name of an association is made of ("Iraq and Afghanistan Veterans
    /// of America", "Concerned Women for America", "United Mine Workers of America", "Parents for Safer Schools").</summary>
    private static readonly WordSet AssociationMembers = new("veterans", "workers", "women", "mothers", "moms", "fathers", "dads",
        "parents", "families", "citizens", "taxpayers", "students", "teachers", "nurses", "farmers", "voters", "americans", "scientists",
        "physicians", "doctors", "patriots", "christians", "catholics", "jews", "muslims", "evangelicals");

    /// <summary>A capitalised name whose head is people in the plural followed by "of", "for" or "against" and another
    /// capitalised word ("Veterans of America", "Women for America"): an association of those people, ngo_intl (a union
    /// too, as the project's taxonomy has it); not people for a person ("Doctors for Ada Holm"). Null otherwise.</summary>
    private string? MembersAssociation(DocumentText text, int start, int end)
    {
        var tokens = text.Document.Tokens;
        for (int t = start; t + 2 < end; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(text.Document.Text[tokens[t].Start]) || !AssociationMembers.Contains(Word(text, t))) continue;
            if (Word(text, t + 1) is not ("of" or "for" or "against")) continue;
            if (tokens[t + 2].Kind == TokenKind.Word && char.IsUpper(text.Document.Text[tokens[t + 2].Start])
                && resources.Resolution.GenderOfGivenName(text.Normalised.AsSpan(tokens[t + 2].Start, tokens[t + 2].Length)) == '?') return SourceTypes.NgoInternational;
        }
        return null;
    }

    private string PartyBody(DocumentText text, int start, int end, string type) =>
        type is SourceTypes.NgoInternational or SourceTypes.Business or SourceTypes.Expert && NamesAParty(text, start, end) ? SourceTypes.Political
        : type is SourceTypes.Expert && NamesACause(text, start, end) ? SourceTypes.NgoInternational : type;

    /// <summary>Words of a cause in a body's name: an institute or center named for one is an advocacy group ("the Center
    /// for Reproductive Rights", "the Annenberg Institute for School Reform", "the Brennan Center for Justice").</summary>
    private static readonly WordSet CauseWords = new("rights", "justice", "liberties", "liberty", "freedom", "freedoms", "equality",
        "equity", "reform", "advocacy", "action", "defense", "defence", "empowerment");

    private static bool NamesACause(DocumentText text, int start, int end)
    {
        var tokens = text.Document.Tokens;
        for (int t = start; t < end; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && char.IsUpper(text.Document.Text[tokens[t].Start]) && CauseWords.Contains(Word(text, t))) return true;
        }
        return false;
    }

    /// <summary>A capitalised party word in a body's name makes it a party body ("the Republican Jewish Coalition", "the
    /// Democratic Governors Association", "College Republicans").</summary>
    private bool NamesAParty(DocumentText text, int start, int end)
    {
        var tokens = text.Document.Tokens;
        for (int t = start; t < end; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && char.IsUpper(text.Document.Text[tokens[t].Start])
                && resources.Clues.Parties.Exactly(text.Normalised, tokens, t, t + 1) is not null) return true;
        }
        return false;
    }

    /// <summary>The party of a tag such as "(D-Mo.)" or ", R-Ky." in the phrase.</summary>
    private string? PartyTag(DocumentText text, MentionParts parts)
    {
        var tokens = text.Document.Tokens;
        var (start, end) = Whole(parts);
        for (int t = Math.Max(start, 1); t < end; t++)
        {
            var word = Word(text, t);
            var before = text.Document.Text[tokens[t - 1].Start];
            // "Gov. Jay Pell (R)", "Former Mayor Jon Pike (D)": the party's letter alone in parentheses after a name.
            bool letterAlone = word.Length == 1 && before == '(' && t + 1 < tokens.Length && text.Document.Text[tokens[t + 1].Start] == ')'
                && t >= 2 && tokens[t - 2].Kind == TokenKind.Word && char.IsUpper(text.Document.Text[tokens[t - 2].Start]);
            if (!letterAlone && !PartyTagShape().IsMatch(word)) continue;
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
    /// <summary>
    /// The name of the principal a speaking role serves when the lexicons cannot type it ("clinton" in "Clinton's
    /// communications director, Jennifer Palmieri" or "a former Clinton aide"): the classifier looks for that name among
    /// the article's other sources. The last capitalised word of the principal, normalised, without 's.
    /// </summary>
    private (string? Name, string? Fallback) UntypedPrincipal(DocumentText text, MentionParts parts)
    {
        var tokens = text.Document.Tokens;
        var norm = text.Normalised;
        foreach (var (start, end) in new[] { (parts.HeadStart, parts.HeadEnd), (parts.AppositionStart, parts.AppositionFirstEnd) })
        {
            if (start >= end) continue;
            if (resources.Roles.Longest(norm, tokens, start, end) is not { } role || !(role.Value.SpeaksForPrincipal || IsLawyer(role.Value))) continue;
            var principals = Principals(text, role, start, end);
            if (principals.Count == 0 || PrincipalType(text, principals[0]) is not null) continue;
            if (!role.Value.SpeaksForPrincipal && !ClientNamed(text, role, principals[0])) continue;
            for (int t = principals[0].End - 1; t >= principals[0].Start; t--)
            {
                if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(text.Document.Text[tokens[t].Start])) continue;
                var word = Word(text, t);
                if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) word = word[..^2];
                // A lawyer for a client named in full whom nobody else types ("Defense attorneys for Kyle Morrow, 19") speaks
                // for a private person; for a surname alone ("a lawyer for Mr. Lund") the lawyer stays the legal expert.
                string? fallback = role.Value.SpeaksForPrincipal ? null : ClientNamedInFull(text, principals[0]) ? SourceTypes.Citizen : role.Value.Type;
                return word.Length > 1 ? (word.ToString(), fallback) : (null, null);
            }
        }
        return (null, null);
    }

    /// <summary>Whether a lawyer's client opens with a given name and a surname ("Kyle Morrow, 19"), up to its first comma.</summary>
    private bool ClientNamedInFull(DocumentText text, (int Start, int End) client)
    {
        int end = client.Start;
        while (end < client.End && text.Document.Tokens[end].Kind == TokenKind.Word) end++;
        return IsPersonName(text, client.Start, end) && resources.Resolution.GenderOfGivenName(Word(text, client.Start)) != '?';
    }

    private static readonly WordSet CampaignVerbs = new("campaigned", "campaigning", "campaigns", "stumped", "stumping", "running");
    private static readonly WordSet CampaignObjects = new("for", "against", "alongside", "as");
    private static readonly WordSet Rivals = new("opponent", "opponents", "rival", "rivals");

    /// <summary>
    /// Whether the mention shows the person campaigning now: a relative clause or apposition with a campaign verb before
    /// for/against/as ("who is campaigning for the nominee", "who is running for the Senate"; not "who ran for
    /// mayor in 2008"), or an apposition headed by a candidacy ("the party's candidate for governor", "Lind's opponent in
    /// the race"). Not when the apposition says it is past ("a former nominee"), nor for a role that only speaks for
    /// someone unless that someone is political ("an adviser to President Obama" speaks for the president, "an adviser
    /// to the Clinton campaign" campaigns).
    /// </summary>
    public bool Campaigns(DocumentText text, MentionParts parts)
    {
        if (!parts.HasApposition) return false;
        int start = parts.AppositionStart, end = parts.AppositionEnd;
        if (AnyPastMarker(text, start, end)) return false;
        for (int t = start; t < end - 1; t++)
        {
            if (!CampaignVerbs.Contains(Word(text, t))) continue;
            for (int n = t + 1; n < Math.Min(end, t + 4); n++)
            {
                if (CampaignObjects.Contains(Word(text, n))) return true;
            }
            // "campaigning in Manchester before the primary": on the trail in a place.
            if (t + 2 < end && Word(text, t) is "campaigning" or "stumping" && Word(text, t + 1) is "in" && IsCapitalised(text, t + 2)) return true;
        }
        int head = AfterLastPossessive(text, AfterPartitive(text, start, parts.AppositionFirstEnd), parts.AppositionNounEnd);
        if (head < parts.AppositionNounEnd && Rivals.Contains(Word(text, parts.AppositionNounEnd - 1))) return true;
        if (resources.Roles.Head(text.Normalised, text.Document.Tokens, head, parts.AppositionNounEnd, parts.AppositionFirstEnd) is not { } role
            || role.Value.Type != SourceTypes.Political || resources.Clues.Parties.Longest(text.Normalised, text.Document.Tokens, role.Start, role.End) is not null) return false;
        // "an adviser to the Clinton campaign" campaigns; "an adviser to President Obama" speaks for the president.
        return !role.Value.SpeaksForPrincipal || TypeOfRole(text, role, head, parts.AppositionFirstEnd) is { Type: SourceTypes.Political };
    }

    /// <summary>Ties to an institution that say nothing of the capacity a person speaks in: a graduate or patient of it, a
    /// customer, someone whose child attends it.</summary>
    private static readonly WordSet NoCapacityTies = new("graduate", "graduates", "graduated", "alumnus", "alumna", "alumni", "studied",
        "attended", "attends", "patient", "patients", "customer", "customers");

    /// <summary>Whether the apposition ties the person to the institution it names without making them speak for it ("a
    /// graduate of Ohio State University", "who studied at Georgetown", "whose son attends Lincoln High School").</summary>
    private static bool TiedWithoutCapacity(DocumentText text, int start, int end) => TieWithoutCapacity(text, start, end) >= 0;

    /// <summary>Where in [start, end) a tie without capacity begins ("a graduate of", "whose son"), or -1.</summary>
    private static int TieWithoutCapacity(DocumentText text, int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            if (NoCapacityTies.Contains(Word(text, t))) return t;
            if (Word(text, t) is "whose" && t + 1 < end && FamilyNouns.Contains(Word(text, t + 1))) return t;
        }
        return -1;
    }

    /// <summary>
    /// An official role held in the past ("Retired U.S. Air Force Gen. Norman Ham", "Fred Goldberg, a former Internal
    /// Revenue Service commissioner") no longer speaks for the state: such people are quoted for what they know (expert),
    /// or as party figures when the phrase names a party ("Former Pennsylvania Gov. Ed Rendell, ... chairman of the
    /// Democratic National Committee"). Longer lexicon entries decide first ("former senator" is political). A relative
    /// clause says it with its verb ("Derek Mills, who served as ambassador to Burma until this year"). The expert so made
    /// is marked (<paramref name="pastOffice"/>): a political role in another mention, or on the list of public figures for
    /// the article's date, says what the person is now ("Flynn, a top Trump surrogate").
    /// </summary>
    private string HeldInThePast(DocumentText text, MentionParts parts, int from, int roleStart, string type, out bool pastOffice)
    {
        pastOffice = false;
        if (type != SourceTypes.Official) return type;
        if (!AnyPastMarker(text, from, roleStart)) return type;
        var (start, end) = Whole(parts);
        bool party = PartyTag(text, parts) is not null || resources.Clues.Parties.Longest(text.Normalised, text.Document.Tokens, start, end) is not null;
        // "The former Maryland governor", "Former Pennsylvania Gov. Ed Rendell": an elected office left, as "former
        // governor" alone is in the lexicon, leaves a party figure.
        party |= roleStart < end && (ElectedOffices.Contains(Word(text, roleStart)) || ElectedOfficeJoined(text, roleStart, end));
        pastOffice = !party;
        return party ? SourceTypes.Political : SourceTypes.Expert;
    }

    /// <summary>Whether an elected office is joined by "and" to the role at <paramref name="roleStart"/>, within three words
    /// of the "and" ("The former first lady and U.S. senator"): one of the offices left was a party's.</summary>
    private static bool ElectedOfficeJoined(DocumentText text, int roleStart, int end)
    {
        for (int t = roleStart + 1; t < end - 1; t++)
        {
            var word = Word(text, t);
            if (word is "of" or "for" or "to" or "under" or "with" or "in" or "at") return false;
            if (word is not "and") continue;
            for (int u = t + 1; u < end && u <= t + 3; u++)
            {
                if (ElectedOffices.Contains(Word(text, u)) && Word(text, u) is not ("president" or "vice")) return true; // not "and Harvard president"
            }
        }
        return false;
    }

    private static readonly WordSet ElectedOffices = new("governor", "gov.", "gov", "senator", "sen.", "sen", "mayor", "congressman",
        "congresswoman", "rep.", "rep", "president", "vice");

    /// <summary>
    /// An office title after a political role in the same head ("Republican vice-presidential nominee Gov. Mike Pence",
    /// "Trump campaign adviser Lt. Gen. ..."): the person is quoted as the candidate or the campaign's, not as the office.
    /// A party word is no such role.
    /// </summary>
    private bool CandidacyBefore(DocumentText text, int start, int roleStart) =>
        roleStart > start && resources.Roles.Longest(text.Normalised, text.Document.Tokens, start, roleStart) is { } before
        && before.Value.Type == SourceTypes.Political && !AnyPastMarker(text, start, roleStart)
        && resources.Clues.Parties.Longest(text.Normalised, text.Document.Tokens, before.Start, before.End) is null; // "Republican Secretary of State" is the office

    /// <summary>The actor named by "one of the ...", "(a) member of ..." at <paramref name="start"/> ("one of the organisers",
    /// "a member of the Port Workers' Union"), or null.</summary>
    private Actor? MemberOfActor(DocumentText text, int start, int end)
    {
        int t = start;
        if (t < end && Word(text, t) is "a" or "an") t++;
        if (t + 2 >= end || Word(text, t) is not ("one" or "member" or "members") || Word(text, t + 1) is not "of") return null;
        return resolver.ActorWithin(text, t + 2, end);
    }

    /// <summary>The "now" that follows a past marker in [start, end) ("a former aide now at the institute"), or the "as" of
    /// "who serves as" ("the former banker who serves as the campaign's finance chairman"): the word before what the
    /// person is now; null if none.</summary>
    private static int? NowAfterPast(DocumentText text, int start, int end)
    {
        for (int t = start + 1; t < end - 1; t++)
        {
            if (Word(text, t) is "now" && AnyPastMarker(text, start, t)) return t;
            if (Word(text, t) is "as" && t >= start + 2 && Word(text, t - 1) is "serves" or "works" && Word(text, t - 2) is "who" or "now"
                && AnyPastMarker(text, start, t - 2)) return t;
        }
        return null;
    }

    /// <summary>The "and" that opens a second description in [start, end) ("and a professor ...", "and an author", or
    /// right after a role: "a Sanders supporter and union member"), or null.</summary>
    private int? SecondDescription(DocumentText text, int start, int end)
    {
        for (int t = start + 1; t < end - 1; t++)
        {
            if (Word(text, t) is not "and") continue;
            // "founder and CEO of the group": two roles that both act for someone and share what they are of are one
            // description ("a developer and spokeswoman for the coalition" are two).
            int k = resources.Roles.LengthEndingAt(text.Normalised, text.Document.Tokens, t);
            if (k > 0 && resources.Roles.Longest(text.Normalised, text.Document.Tokens, t - k, t) is { Value.ForPrincipal: true }
                && Word(text, t + 1) is not ("a" or "an") && resources.Roles.Longest(text.Normalised, text.Document.Tokens, t + 1, Math.Min(end, t + 4)) is { } shared
                && shared.Start == t + 1 && shared.End < end && PrincipalPrepositions.Contains(Word(text, shared.End))) continue;
            if (Word(text, t + 1) is "a" or "an" || resources.Roles.LengthEndingAt(text.Normalised, text.Document.Tokens, t) > 0) return t;
        }
        return null;
    }

    /// <summary>Whether the head says its role was left ("Trump's former adviser", "an ex-aide").</summary>
    internal bool LeftRole(DocumentText text, MentionParts parts) => AnyPastMarker(text, parts.HeadStart, parts.HeadNounEnd);

    /// <summary>Whether [start, end) says a role was left: a past-title word (<see cref="PastTitles.IsLeft"/>: "a former
    /// aide", "ex-senator") or, in a relative clause, "served" ("who served as ambassador"). "then-Gov." is not: the
    /// words quoted were spoken in that office.</summary>
    private static bool AnyPastMarker(DocumentText text, int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            var word = Word(text, t);
            if (PastTitles.IsLeft(word) || word is "served") return true;
        }
        return false;
    }

    private const int MaxWordsBeforeRole = 4;

    /// <summary>
    /// Where the words that say what the person is start in a relative clause after the name: after "who is/was/has
    /// been/became/remains", "who serves/served/works/worked as", "who runs/leads/heads/founded/owns ..." (the body run) or
    /// "whose" (and a determiner): the role is looked for there, within four words ("who served as Asia director for
    /// ...", "who runs the campaign's field operation", "whose company ..."). -1 for a relative clause
    /// that says what the person does, not what they are ("who saw the running mate speak", "who has two
    /// children"); the apposition's start when it is no relative clause.
    /// </summary>
    private static int RelativeClausePredicate(DocumentText text, MentionParts parts)
    {
        int t = parts.AppositionStart;
        var opener = Word(text, t);
        if (opener is not ("who" or "whose")) return t;
        int k = t + 1, end = parts.AppositionEnd;
        if (opener is "who")
        {
            var verb = k < end ? Word(text, k) : "";
            if (verb is "is" or "was" or "became" or "remains") k++;
            else if (verb is "has" or "had" && k + 1 < end && Word(text, k + 1) is "been") k += 2;
            else if (verb is "serves" or "served" or "works" or "worked" && k + 1 < end && Word(text, k + 1) is "as") k += 2;
            else if (verb is "runs" or "ran" or "leads" or "led" or "heads" or "headed" or "directs" or "directed" or "manages" or "managed"
                     or "chairs" or "chaired" or "founded" or "oversees" or "oversaw" or "owns" or "owned" or "co-owns" or "operates"
                     or "co-founded") k++; // the body the person runs or owns ("who owns two restaurants in Phoenix")
            else return -1;
        }
        if (k < end && Word(text, k) is "a" or "an" or "the" or "his" or "her" or "their" or "its") k++;
        return k < end ? k : -1;
    }

    /// <summary>The head is a person's name, with or without an honorific ("Hillary Clinton", "Mrs. Clinton").</summary>
    private bool IsNamedPerson(DocumentText text, MentionParts parts)
    {
        int start = parts.HeadStart;
        while (start < parts.HeadEnd && (GrammarWords.Honorifics.Contains(Word(text, start)) || text.Document.Tokens[start].Kind == TokenKind.Punctuation)) start++;
        if (start >= parts.HeadEnd) return false;
        if (parts.HeadEnd - start == 1) return start > parts.HeadStart && IsCapitalised(text, start);
        return IsPersonName(text, start, parts.HeadEnd);
    }

    /// <summary>
    /// The head is a social-media handle: one word written right after an at sign ("@harbor_watch42 pointed out"), or one
    /// lower-case word that joins letters with digits or underscores ("harbor_watch42 said"). Weak evidence, taken only
    /// when nothing else types the source: an account named so is a user, a member of the public (a body or a public
    /// figure is named by the lexicons first).
    /// </summary>
    public bool IsHandle(DocumentText text, MentionParts parts)
    {
        var document = text.Document;
        int start = parts.HeadStart, end = parts.HeadEnd;
        if (end - start == 2 && document.Text[document.Tokens[start].Start] == '@') start++;
        if (end - start != 1) return false;
        var token = document.Tokens[start];
        var word = document.Text.AsSpan(token.Start, token.Length);
        if (word.Length > 1 && word[0] == '@') return word[1..].ContainsAnyExcept('@');
        if (token.Start > 0 && document.Text[token.Start - 1] == '@') return true;
        bool letter = false, joiner = false;
        foreach (char c in word)
        {
            if (char.IsUpper(c)) return false;
            if (char.IsLetter(c)) letter = true;
            else if (char.IsDigit(c) || c == '_') joiner = true;
            else return false;
        }
        return letter && joiner && word.Length >= 4 && char.IsLetter(word[0]);
    }

    /// <summary>
    /// The type of a description that comes before the source's name between commas ("his wife, Ada, said", "the town's
    /// new doctor, Ada Brisk, told ..."): a role of the lexicon ending right before the comma, opened by a determiner or a
    /// possessive at most four words before it, and the name closed by a comma, a full stop or a dash. Weak evidence,
    /// taken only when nothing else types the source. Null when there is no such description.
    /// </summary>
    public string? DescriptionBeforeType(DocumentText text, MentionParts parts)
    {
        var document = text.Document;
        var tokens = document.Tokens;
        int start = parts.HeadStart, end = parts.HeadEnd;
        if (start < 3 || end - start is < 1 or > 3) return null;
        for (int t = start; t < end; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(document.Text[tokens[t].Start])) return null;
        }
        if (!(tokens[start - 1].Kind == TokenKind.Punctuation && document.Text[tokens[start - 1].Start] == ',')) return null;
        if (end >= tokens.Length || !(tokens[end].Kind == TokenKind.Punctuation && document.Text[tokens[end].Start] is ',' or '.' or '—' or '–')) return null;
        int comma = start - 1;
        int k = resources.Roles.LengthEndingAt(text.Normalised, tokens, comma);
        if (k == 0) return null;
        int roleStart = comma - k;
        for (int back = 1; back <= 4 && roleStart - back >= 0; back++)
        {
            int t = roleStart - back;
            if (tokens[t].Kind != TokenKind.Word || tokens[t].InQuote) return null;
            var word = Word(text, t);
            if (!Determiners.Contains(word) && !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("’s", StringComparison.Ordinal)) continue;
            var role = resources.Roles.Head(text.Normalised, tokens, roleStart, comma, comma);
            return role is { } r && TypeOfRole(text, r, t, comma) is { } type ? type.Type : null;
        }
        return null;
    }

    private static readonly WordSet FamilyNouns = new("wife", "husband", "son", "daughter", "mother", "father", "sister", "brother",
        "sons", "daughters", "children", "child", "stepdaughter", "stepson", "son-in-law", "daughter-in-law", "grandson", "granddaughter");

    /// <summary>Whether the phrase describes a person by kinship ("Trump's daughter Ivanka", "the candidate's wife, Melania
    /// Trump", "the 34-year-old mother of three").</summary>
    public bool DescribesFamily(DocumentText text, MentionParts parts)
    {
        var (start, end) = Whole(parts);
        for (int t = start; t < end; t++) if (FamilyNouns.Contains(Word(text, t))) return true;
        return false;
    }

    /// <summary>The mention is a person's name and nothing else: no apposition, no role word ("Luis Ortega").</summary>
    public bool IsBareName(DocumentText text, MentionParts parts) => !parts.HasApposition && IsPersonName(text, parts.HeadStart, parts.HeadEnd);

    /// <summary>
    /// What a person named without a role does, as <c>person_predicates.csv</c> types it: the verb right after the name,
    /// or after "who" opening the apposition, past auxiliaries and a few adverbs ("Ruth Varga teaches law at ...", "Linda
    /// Marsh has lived in Flint for 30 years", "Ana Ruiz, who has covered the campaign for ..."). Null when the head is no
    /// person's name or no listed predicate follows. Weak evidence, taken only when nothing else types the source.
    /// </summary>
    public string? PredicateType(DocumentText text, MentionParts parts)
    {
        if (!IsPersonName(text, parts.HeadStart, parts.HeadEnd)) return null;
        var document = text.Document;
        int sentenceEnd = SentenceEnd(text, parts.HeadEnd);
        int k = parts.HeadEnd;
        if (parts.HasApposition && parts.AppositionStart == parts.HeadEnd + 1 && Word(text, parts.AppositionStart) is "who") k = parts.AppositionStart + 1;
        else if (k < sentenceEnd && document.Tokens[k].Kind != TokenKind.Word) return null;
        while (k < sentenceEnd && PredicateFillers.Contains(Word(text, k))) k++;
        if (k >= sentenceEnd || document.Tokens[k].Kind != TokenKind.Word) return null;
        return resources.Clues.Predicates.Longest(text.Normalised, document.Tokens, k, Math.Min(sentenceEnd, k + 4)) is { } match && match.Start == k ? match.Value : null;
    }

    /// <summary>Auxiliaries and adverbs between a name and what the person does ("has long covered", "now lives").</summary>
    private static readonly WordSet PredicateFillers = new("has", "had", "have", "also", "now", "still", "long", "once", "previously", "currently", "since");

    private static int SentenceEnd(DocumentText text, int token)
    {
        foreach (var sentence in text.Document.Sentences)
        {
            if (token >= sentence.FirstToken && token < sentence.FirstToken + sentence.TokenCount) return sentence.FirstToken + sentence.TokenCount;
        }
        return token;
    }

    /// <summary>
    /// The mention is a person's name with their age and no role ("Quina Holt, 25, said", "Ada Brisk, 59, of Ashton"):
    /// news gives the age of members of the public. Weak evidence, taken only when nothing else types the source (a
    /// public figure's age in a profile says nothing); someone with a role is described by it ("Ada Brisk, 61, a retired
    /// judge" reads as a judge).
    /// </summary>
    public bool IsAgedName(DocumentText text, MentionParts parts) =>
        parts.HasApposition && (AgeOpens(text, parts) || OpensWithYearOld(text, parts.AppositionStart, parts.AppositionFirstEnd))
        && (IsPersonName(text, parts.HeadStart, parts.HeadEnd) || IsGivenNameAlone(text, parts.HeadStart, parts.HeadEnd))
        // A role in a relative clause after the age is someone else's ("Lukas Brenn, 41, who drove south with his wife").
        && (Word(text, parts.AppositionStart) is "who" || resources.Roles.Longest(text.Normalised, text.Document.Tokens, parts.AppositionStart, parts.AppositionEnd) is null);

    /// <summary>
    /// The mention names a person by a given name alone and says nothing else ("said Darla", "Tamika, 24,"): news names
    /// members of the public so (children, voters at a rally, people who asked not to be fully named); officials,
    /// experts and politicians are named in full with their role. Weak evidence, taken only when nothing else types the
    /// source and the list of public figures does not know the name ("Hillary said") nor has it as a surname ("Paul said"
    /// may be Rand Paul).
    /// </summary>
    public bool IsGivenNameOnly(DocumentText text, MentionParts parts) =>
        (!parts.HasApposition || AgeOpens(text, parts)) && IsGivenNameAlone(text, parts.HeadStart, parts.HeadEnd);

    /// <summary>Whether the apposition opens with an age ("Quina Holt, 25,"), or follows one ("Jane Doe, 45, a lawyer":
    /// <see cref="MentionParts"/> starts the apposition after "45,").</summary>
    private static bool AgeOpens(DocumentText text, MentionParts parts) =>
        parts.HasApposition && (IsAge(text, parts.AppositionStart, parts.AppositionFirstEnd)
            || parts.AppositionStart >= 2 && Word(text, parts.AppositionStart - 1) is "," && IsAge(text, parts.AppositionStart - 2, parts.AppositionStart - 1));

    /// <summary>
    /// Whether the head noun is "people" with nothing that places them inside a body or an event ("people", "the Afghan
    /// people", "people from Paris to Seoul", "transgender people who claim"): the public. Not "people familiar with the
    /// talks", "people in the administration", "people involved in the negotiations", "people close to him", nor a
    /// share of people ("some people", "many people").
    /// </summary>
    public static bool IsPeopleAtLarge(DocumentText text, MentionParts parts)
    {
        if (parts.HeadNounEnd <= parts.HeadStart || Word(text, parts.HeadNounEnd - 1) is not "people") return false;
        // "Some people have expressed concern": a share of people nobody is named in is unknown.
        if (parts.HasApposition || Quantifiers.Contains(Word(text, parts.HeadStart))) return false;
        int next = parts.HeadNounEnd;
        return next >= text.Document.Tokens.Length || text.Document.Tokens[next].Kind != TokenKind.Word || !InsidersAfter.Contains(Word(text, next));
    }

    private static readonly WordSet Quantifiers = new("some", "many", "few", "most", "several", "other", "certain", "those");

    private static readonly WordSet InsidersAfter = new("familiar", "involved", "close", "briefed", "knowledgeable", "with", "in", "at", "inside",
        "within", "who've", "working", "around", "near", "on");

    private bool IsGivenNameAlone(DocumentText text, int start, int end) =>
        end - start == 1 && text.Document.Tokens[start].Kind == TokenKind.Word && MentionText.IsCapitalisedName(text.Document.Text.AsSpan(text.Document.Tokens[start].Start, text.Document.Tokens[start].Length))
        && resources.Resolution.GenderOfGivenName(Word(text, start)) != '?'
        && resources.PublicFigures.WithSurname(Word(text, start)).Length == 0
        && resources.Roles.Longest(text.Normalised, text.Document.Tokens, start, end) is null
        && resources.Clues.Seats.Longest(text.Normalised, text.Document.Tokens, start, end) is null;

    /// <summary>Whether [start, end) opens with "a N-year-old" ("a 29-year-old from San Pedro Sula").</summary>
    private static bool OpensWithYearOld(DocumentText text, int start, int end)
    {
        if (end - start < 2 || Word(text, start) is not ("a" or "an")) return false;
        var word = Word(text, start + 1);
        return word.EndsWith("-year-old", StringComparison.Ordinal) && word.Length > 9 && char.IsDigit(word[0]);
    }

    /// <summary>Whether the business role that types the mention acts for no one ("contractor", "entrepreneur"), unlike an
    /// executive's ("chief executive", "owner of ...").</summary>
    private bool OwnTradeOnly(DocumentText text, MentionParts parts)
    {
        var tokens = text.Document.Tokens;
        var role = resources.Roles.Head(text.Normalised, tokens, parts.HeadStart, parts.HeadNounEnd, parts.HeadEnd)
            ?? (parts.HasApposition ? resources.Roles.Head(text.Normalised, tokens, parts.AppositionStart, parts.AppositionNounEnd, parts.AppositionFirstEnd) : null);
        int end = parts.HasApposition ? parts.AppositionEnd : parts.HeadEnd;
        return role is { } r && r.Value.Type == SourceTypes.Business && !r.Value.ForPrincipal && !(r.End < end && Word(text, r.End) is "of" or "for" or "at");
    }

    /// <summary>Whether the mention gives the person's age: an apposition that opens with it ("Jane Doe, 45, a lawyer") or
    /// an "N-year-old" in the head or the apposition ("a 38-year-old physician").</summary>
    private static bool HasAge(DocumentText text, MentionParts parts)
    {
        if (AgeOpens(text, parts)) return true;
        var (start, end) = Whole(parts);
        for (int t = start; t < end; t++)
        {
            var word = Word(text, t);
            if (word.EndsWith("-year-old", StringComparison.Ordinal) && word.Length > 9 && char.IsDigit(word[0])) return true;
        }
        return false;
    }

    private static readonly WordSet OfficeVerbs = new("represents", "represented", "representing", "serves", "served", "serving",
        "running", "ran", "runs", "elected", "chairs", "leads", "heads", "won", "seeking", "sought", "sits", "sat");

    /// <summary>
    /// Whether a named person's description is "a (lifelong, registered ...) Republican/Democrat" and nothing that says
    /// an office or a campaign after it: a voter. The party word stands alone (not "a Republican strategist").
    /// </summary>
    private bool IsPartyVoter(DocumentText text, MentionParts parts)
    {
        if (!parts.HasApposition || !IsPersonName(text, parts.HeadStart, parts.HeadNounEnd)) return false;
        var tokens = text.Document.Tokens;
        var (_, end) = Whole(parts);
        for (int t = parts.AppositionStart; t < end - 1; t++)
        {
            if (Word(text, t) is not ("a" or "an")) continue;
            int p = t + 1;
            while (p < end - 1 && tokens[p].Kind == TokenKind.Word && !IsCapitalised(text, p)
                && resources.Roles.Longest(text.Normalised, tokens, p, p + 1) is null) p++;
            if (!IsCapitalised(text, p) || resources.Clues.Parties.Exactly(text.Normalised, tokens, p, p + 1) is null) return false;
            if (p + 1 < end && tokens[p + 1].Kind == TokenKind.Word && Word(text, p + 1) is not ("who" or "from" or "in" or "and")) return false;
            for (int q = p + 1; q < end; q++)
            {
                if (OfficeVerbs.Contains(Word(text, q))) return false;
                if (resources.Roles.Longest(text.Normalised, tokens, q, q + 1) is { } role && role.Value.Type is SourceTypes.Political or SourceTypes.Official) return false;
            }
            return true;
        }
        return false;
    }

    private static readonly WordSet PartyMemberNouns = new("republican", "republicans", "democrat", "democrats");
    private static readonly WordSet ShareWords = new("percent", "%", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
        "majority", "plurality", "minority", "share", "proportion");
    private static readonly WordSet SurveyWords = new("poll", "polls", "survey", "surveys", "polled", "surveyed", "questioned", "sampled", "respondents");

    private static bool IsShareWord(ReadOnlySpan<char> word)
    {
        if (ShareWords.Contains(word)) return true;
        int hyphen = word.LastIndexOf('-');
        return hyphen > 0 && ShareWords.Contains(word[(hyphen + 1)..]);
    }

    /// <summary>
    /// Whether the phrase's head noun is a bare party member noun ("Republicans", "a Democrat") that a poll counts (a share
    /// before it, "Two-thirds of Republicans", "52 percent of Democrats"; a survey word after it, "Republicans in the
    /// poll") or that a relative clause shows doing what a voter does ("a Republican who attended the rally", as
    /// <c>person_predicates.csv</c> types citizens).
    /// </summary>
    private bool IsPartyPublic(DocumentText text, MentionParts parts)
    {
        int noun = parts.HeadNounEnd - 1;
        if (noun < parts.HeadStart) return false;
        var (_, end) = Whole(parts);
        // "Two-thirds of Republicans": the share is the head noun, the party members follow "of".
        if (IsShareWord(Word(text, noun))) return noun + 2 < end && Word(text, noun + 1) is "of" && PartyMemberNouns.Contains(Word(text, noun + 2));
        if (!PartyMemberNouns.Contains(Word(text, noun))) return false;
        for (int t = parts.HeadStart; t < noun; t++)
        {
            if (IsShareWord(Word(text, t))) return true;
        }
        for (int t = parts.HeadNounEnd; t < end; t++)
        {
            if (SurveyWords.Contains(Word(text, t))) return true;
        }
        int k = parts.HeadNounEnd;
        if (k >= end || Word(text, k) is not "who") return false;
        k++;
        while (k < end && PredicateFillers.Contains(Word(text, k))) k++;
        return k < end && resources.Clues.Predicates.Longest(text.Normalised, text.Document.Tokens, k, Math.Min(end, k + 4)) is { } match
            && match.Start == k && match.Value == SourceTypes.Citizen;
    }

    /// <summary>Whether [start, end) is an age alone: one whole number from 1 to 110.</summary>
    private static bool IsAge(DocumentText text, int start, int end) =>
        end - start == 1 && text.Document.Tokens[start].Kind == TokenKind.Number && int.TryParse(Word(text, start), out int age) && age is >= 1 and <= 110;

    /// <summary>Whether the tokens [start, end) are a person's name: two to four capitalised words, no role, institution or seat.</summary>
    public bool IsPersonNameAt(DocumentText text, int start, int end) => IsPersonName(text, start, end);

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
