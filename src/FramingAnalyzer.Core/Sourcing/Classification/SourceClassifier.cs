using FramingAnalyzer.Learning;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Classifies each distinct source. Every mention of the source in the article (its first full mention, then the
/// other attributions resolved to it) is read by <see cref="MentionReader"/>; the strongest evidence of any mention
/// decides the type, and separately the affiliation, so "Reid" said later is typed by "Senate Minority Leader Harry
/// Reid" and "Husted" by "Secretary of State Jon Husted". Sources the rules cannot type go to the source-type model
/// (one batched call per article: the first full mention's phrase as text, its sentence as context); a prediction
/// below <see cref="MinModelProbability"/> leaves the type unknown (<see cref="TypeEvidence.ModelUnsure"/>): a
/// confident wrong type is worse than an honest unknown. The model's probabilities are weighed with the types the rules
/// gave the article's other sources (<see cref="ArticleTypePrior"/>): a bare surname among politicians is likelier a
/// politician than the name and its sentence alone say. Anonymous as <see cref="AnonymityRule"/> says, read on the
/// first full mention.
/// </summary>
public sealed class SourceClassifier
{
    /// <summary>The least probability at which the model's type is taken (chosen on the project's gold set; docs/models.md).</summary>
    public const double MinModelProbability = 0.40;

    private readonly ITextClassifier? _model;
    private readonly SourceResolver _resolver;
    private readonly AnonymityRule _anonymity;
    private readonly MentionReader _reader;
    private readonly PublicFigureMatcher _figures;
    private readonly double _minModelProbability;
    private readonly ArticleTypePrior _prior;

    /// <param name="prior">How the article's rule-typed sources weigh on a model-typed one; <see cref="ArticleTypePrior.Default"/> when null.
    /// Used only with a model that gives every class's probability (<see cref="IClassDistributions"/>).</param>
    public SourceClassifier(SourcingResources resources, ITextClassifier? sourceTypeModel, double minModelProbability = MinModelProbability,
        ArticleTypePrior? prior = null)
    {
        _prior = prior ?? ArticleTypePrior.Default;
        _model = sourceTypeModel;
        _resolver = new SourceResolver(resources.Actors, resources.Anonymous, resources.Roles, resources.Clues.Nationalities, resources.Resolution, resources.Clues.Institutions);
        _anonymity = new AnonymityRule(resources.Anonymous);
        _reader = new MentionReader(resources, _resolver);
        _figures = new PublicFigureMatcher(resources.PublicFigures, resources);
        _minModelProbability = minModelProbability;
    }

    /// <param name="attributions">The extracted attributions, in the order of <see cref="SourceResolution.EntityOf"/>.</param>
    public IReadOnlyList<SourceClass> Classify(DocumentText text, SourceResolution resolution, IReadOnlyList<Attribution> attributions)
    {
        var entities = resolution.Entities;
        var mentions = MentionsByEntity(resolution, attributions);
        var signedOnly = SignedOnly(resolution, attributions);
        var interviewers = Interviewers(text, resolution, attributions);
        var result = new SourceClass[entities.Count];
        var pending = new List<int>();
        var principals = new string?[entities.Count];
        var fallbacks = new string?[entities.Count];
        var figures = _figures.For(text);
        for (int i = 0; i < entities.Count; i++)
        {
            var first = MentionParts.Of(text, entities[i].Representative);
            bool anonymous = _anonymity.IsAnonymous(text, first);
            var reading = _reader.Read(text, first, entities[i].Actor);
            // "Donald Trump ... The billionaire said": an epithet of a listed person says what they were, not the capacity
            // they speak in; their role on the article's date decides.
            bool? isFigure = null;
            bool EpithetOfFigure(MentionParts parts) => IsEpithet(text, parts)
                && (isFigure ??= FigureOf(text, figures, first, mentions[i], entities[i]) is not null);
            MentionReading type = EpithetOfFigure(first) ? reading with { Type = null, TypeEvidence = TypeEvidence.None } : reading;
            MentionReading affiliation = reading;
            principals[i] = reading.UntypedPrincipal;
            fallbacks[i] = reading.PrincipalFallback;
            foreach (var mention in mentions[i])
            {
                var parts = MentionParts.Of(text, mention);
                var other = _reader.Read(text, parts, entities[i].Actor, findActors: false);
                if (principals[i] is null && other.UntypedPrincipal is not null) (principals[i], fallbacks[i]) = (other.UntypedPrincipal, other.PrincipalFallback);
                if ((other.TypeRank < type.TypeRank || NowPolitical(type, other.Type)) && !EpithetOfFigure(parts)) type = other;
                if (other.AffiliationRank < affiliation.AffiliationRank) affiliation = other;
            }
            foreach (var later in entities[i].LaterFullerMentions)
            {
                if (type.Type is not null && affiliation.Affiliation is not null) break;
                var other = _reader.Read(text, MentionParts.Of(text, later), null);
                if (type.Type is null && other.Type is not null) type = other;
                if (affiliation.Affiliation is null && other.Affiliation is not null) affiliation = other;
            }
            if (type.Type is null && ReadConjuncts(text, entities[i], figures) is { } group)
            {
                type = group;
                if (affiliation.Affiliation is null) affiliation = group;
            }
            // An office-holder who campaigns in this article ("Gov. Ada Lind, who is campaigning for the nominee", "Attorney
            // General Ada Lind, the Democrats' candidate for governor") speaks as a politician.
            if (OfficeByWords(type) && AllMentions(text, first, mentions[i], entities[i]).Any(m => _reader.Campaigns(text, m)))
            {
                type = type with { Type = SourceTypes.Political, TypeEvidence = TypeEvidence.Campaign, PastOffice = false };
            }
            // A former office-holder quoted for what they know ("Retired Air Force Gen. Norman Ham") whom the article shows
            // backing a candidate ("Ham explained why he backs Trump") speaks as a surrogate.
            else if (type.PastOffice && type.Type == SourceTypes.Expert && Surname(text, first) is { } surname && BacksCandidate(text, surname, figures))
            {
                type = type with { Type = SourceTypes.Political, TypeEvidence = TypeEvidence.Campaign, PastOffice = false };
            }
            // A well-known person the article names but does not describe ("Pence told ..."): the role on the article's date.
            // Its party or country fills a missing affiliation unless the article describes the source as something else
            // ("Ada Brisk, a doctor": perhaps a namesake).
            // A listed person described by kinship ("Trump's daughter Ivanka") speaks in their listed role: the
            // candidates' families campaigned.
            bool kin = type.Type == SourceTypes.Citizen && type.TypeEvidence is TypeEvidence.Role or TypeEvidence.Apposition
                && AllMentions(text, first, mentions[i], entities[i]).Any(m => _reader.DescribesFamily(text, m));
            if ((type.Type is null || type.PastOffice || type.CourtesyTitle || affiliation.Affiliation is null || OfficeByWords(type) || kin) && FigureOf(text, figures, first, mentions[i], entities[i]) is { } figure)
            {
                if (kin) type = type with { Type = null, TypeEvidence = TypeEvidence.None };
                if (NowPolitical(type, figure.SourceType)) type = new MentionReading(null, TypeEvidence.None, null, AffiliationEvidence.None);
                // "Dr. Anthony Fauci predicted ...": a courtesy title says less than the listed role (the institute's director).
                if (type.CourtesyTitle && figure.SourceType != type.Type) type = type with { Type = null, TypeEvidence = TypeEvidence.None, CourtesyTitle = false };
                // A sitting office-holder whom the list has as a candidate on the article's date ("Gov. Mike Pence" as the
                // running mate): the candidacy is the capacity in which political news quotes them.
                if (OfficeByWords(type) && figure.SourceType == SourceTypes.Political) type = type with { Type = null, TypeEvidence = TypeEvidence.None };
                bool sameKind = type.Type is null || type.Type == figure.SourceType;
                if (type.Type is null) type = type with { Type = figure.SourceType, TypeEvidence = TypeEvidence.PublicFigure };
                if (affiliation.Affiliation is null && sameKind && figure.Affiliation != SourceClass.UnknownAffiliation)
                {
                    affiliation = affiliation with { Affiliation = figure.Affiliation, AffiliationEvidence = AffiliationEvidence.PublicFigure };
                }
            }
            // A person the article describes only in passing, after quoting them ("since Mr. Verlund, a constitutional scholar, once
            // taught ..."): that description.
            foreach (var later in entities[i].LaterDescribedMentions)
            {
                if (type.Type is not null) break;
                var other = _reader.Read(text, MentionParts.Of(text, later), null);
                if (other.Type is not null) type = other;
                if (affiliation.Affiliation is null && other.Affiliation is not null) affiliation = other;
            }
            if (type.Type is null && PredicateType(text, entities[i], mentions[i]) is { } does) type = type with { Type = does, TypeEvidence = TypeEvidence.Predicate };
            // "The Clintons said", "the Bushes": a listed family by its surname in the plural, the role its members share that day.
            if (type.Type is null && FamilySurname(text, first) is { } family && _figures.RoleOfSurname(figures, family) is { } shared)
            {
                type = type with { Type = shared.SourceType, TypeEvidence = TypeEvidence.PublicFigure };
            }
            // "\"The debate changed my mind.\" ― Luis Ortega": a quotation signed with a bare name is a member of the public's
            // (readers' comments, voices from a rally); officials, experts and politicians are introduced by their role.
            if (type.Type is null && signedOnly[i] && _reader.IsBareName(text, first)) type = type with { Type = SourceTypes.Citizen, TypeEvidence = TypeEvidence.SignedQuote };
            if (type.Type is null && (_reader.IsAgedName(text, first) || mentions[i].Exists(m => _reader.IsAgedName(text, MentionParts.Of(text, m)))))
            {
                type = type with { Type = SourceTypes.Citizen, TypeEvidence = TypeEvidence.Apposition };
            }
            if (type.Type is null && _reader.DescriptionBeforeType(text, first) is { } described) type = type with { Type = described, TypeEvidence = TypeEvidence.Apposition };
            if (type.Type is null && _reader.IsHandle(text, first)) type = type with { Type = SourceTypes.Citizen, TypeEvidence = TypeEvidence.Handle };
            if (type.Type is null && SignedLetter(text, entities[i].Representative)) type = type with { Type = SourceTypes.Citizen, TypeEvidence = TypeEvidence.SignedQuote };
            if (type.Type is null && WritersVoice(text, entities[i].Representative, mentions[i])) type = type with { Type = SourceTypes.Media, TypeEvidence = TypeEvidence.Author };
            if (type.Type is null && interviewers[i]) type = type with { Type = SourceTypes.Media, TypeEvidence = TypeEvidence.Interviewer };
            // "said Darla", "Tamika, 24,": a given name alone is how news names members of the public.
            if (type.Type is null && _reader.IsGivenNameOnly(text, first)) type = type with { Type = SourceTypes.Citizen, TypeEvidence = TypeEvidence.GivenName };
            // "people from Paris to Seoul demand ...", "People seem to think ...": the public, unless unnamed insiders.
            if (type.Type is null && !anonymous && MentionReader.IsPeopleAtLarge(text, first)) type = type with { Type = SourceTypes.Citizen, TypeEvidence = TypeEvidence.Role };
            if (type.Type is not null) principals[i] = null; // typed by a rule: the principal is not needed
            else if (principals[i] is null) pending.Add(i);
            result[i] = new SourceClass(type.Type ?? SourceTypes.Unknown, affiliation.Affiliation ?? SourceClass.UnknownAffiliation, anonymous,
                type.TypeEvidence, affiliation.AffiliationEvidence);
        }
        TypeByPossessor(text, entities, result, pending);
        TypeByPossessingBody(text, entities, result);
        TypeByPrincipal(entities, principals, fallbacks, result, pending, name => _figures.RoleOfSurname(figures, name),
            i => _reader.LeftRole(text, MentionParts.Of(text, entities[i].Representative)));
        if (pending.Count > 0 && _model is not null) TypeByModel(text, entities, mentions, pending, result);
        return result;
    }

    /// <summary>
    /// A role that only speaks for someone, owned by a possessive pronoun ("his advisers", "her spokeswoman"), takes the
    /// type of whom the pronoun refers to (resolved like he, she or they): a president's advisers are officials, a
    /// candidate's spokeswoman political. That person's type as a source of the article, else what their mention in the
    /// narrative says; the role's own type when neither types.
    /// </summary>
    private void TypeByPossessor(DocumentText text, IReadOnlyList<SourceEntity> entities, SourceClass[] result, List<int> pending)
    {
        for (int i = 0; i < entities.Count; i++)
        {
            if (result[i].Type != SourceTypes.Unknown || !pending.Contains(i)) continue;
            if (_reader.SpeaksForPossessor(text, MentionParts.Of(text, entities[i].Representative)) is not { } ownType) continue;
            int p = entities[i].PossessorEntity;
            string? type = null;
            if (p >= 0 && p != i && result[p].Type != SourceTypes.Unknown) type = result[p].Type;
            else if (entities[i].PossessorMention is { } owner && p != i) type = _reader.Read(text, MentionParts.Of(text, owner), null).Type;
            result[i] = result[i] with { Type = type ?? ownType, TypeEvidence = type is null ? TypeEvidence.Role : TypeEvidence.Principal };
            pending.Remove(i);
        }
    }

    /// <summary>"The group's president", "the company's lawyer": a role acting for the body that source resolution found
    /// for "the group" takes that body's type, when the body is typed.</summary>
    private void TypeByPossessingBody(DocumentText text, IReadOnlyList<SourceEntity> entities, SourceClass[] result)
    {
        for (int i = 0; i < entities.Count; i++)
        {
            int p = entities[i].PossessorEntity;
            if (p < 0 || p == i || result[p].Type == SourceTypes.Unknown) continue;
            // Only over the role's own type or the model: the actor lexicon or a public figure says more.
            if (result[i].TypeEvidence is not (TypeEvidence.Role or TypeEvidence.Apposition or TypeEvidence.Phrase or TypeEvidence.Model or TypeEvidence.ModelUnsure
                or TypeEvidence.None)) continue;
            if (!_reader.ActsForPossessingBody(text, MentionParts.Of(text, entities[i].Representative))) continue;
            bool takeSide = result[i].Affiliation == SourceClass.UnknownAffiliation;
            result[i] = result[i] with
            {
                Type = result[p].Type,
                TypeEvidence = TypeEvidence.Principal,
                Affiliation = takeSide ? result[p].Affiliation : result[i].Affiliation,
                AffiliationEvidence = takeSide ? result[p].AffiliationEvidence : result[i].AffiliationEvidence,
            };
        }
    }

    /// <summary>
    /// A source that speaks for someone the lexicons do not know ("Clinton's communications director, Jennifer
    /// Palmieri", "a former Clinton aide") takes the type and affiliation the rules gave that someone as a source of the
    /// same article ("Democratic nominee Hillary Clinton": political), when every source of that name agrees; otherwise
    /// it goes to the model like any untyped source.
    /// </summary>
    private static void TypeByPrincipal(IReadOnlyList<SourceEntity> entities, string?[] principals, string?[] fallbacks, SourceClass[] result, List<int> pending,
        Func<string, PublicFigureRole?> figure, Func<int, bool> left)
    {
        // "Trump's former homeland security adviser": who left an official's service no longer speaks for the state.
        string Now(int i, string type) => type == SourceTypes.Official && left(i) ? SourceTypes.Expert : type;
        for (int i = 0; i < entities.Count; i++)
        {
            if (principals[i] is not { } name) continue;
            SourceClass? found = null;
            bool agree = true;
            for (int j = 0; j < entities.Count && agree; j++)
            {
                if (j == i || principals[j] is not null || result[j].Type == SourceTypes.Unknown || LastWord(entities[j].Canonical) != name) continue;
                if (found is { } f && f.Type != result[j].Type) agree = false;
                found ??= result[j];
            }
            if (agree && found is { } principal)
            {
                result[i] = result[i] with
                {
                    Type = Now(i, principal.Type),
                    TypeEvidence = TypeEvidence.Principal,
                    Affiliation = result[i].Affiliation == SourceClass.UnknownAffiliation ? principal.Affiliation : result[i].Affiliation,
                    AffiliationEvidence = result[i].Affiliation == SourceClass.UnknownAffiliation ? principal.AffiliationEvidence : result[i].AffiliationEvidence,
                };
            }
            else if (agree && figure(name) is { } known)
            {
                // Nobody of that name is a typed source here, but the list of public figures knows the name ("a Pence aide").
                result[i] = result[i] with
                {
                    Type = Now(i, known.SourceType),
                    TypeEvidence = TypeEvidence.Principal,
                    Affiliation = result[i].Affiliation == SourceClass.UnknownAffiliation ? known.Affiliation : result[i].Affiliation,
                    AffiliationEvidence = result[i].Affiliation == SourceClass.UnknownAffiliation && known.Affiliation != SourceClass.UnknownAffiliation
                        ? AffiliationEvidence.PublicFigure : result[i].AffiliationEvidence,
                };
            }
            else if (fallbacks[i] is { } own)
            {
                result[i] = result[i] with { Type = own, TypeEvidence = TypeEvidence.Role }; // a lawyer for an unknown client
            }
            else
            {
                pending.Add(i);
            }
        }
        pending.Sort();
    }

    /// <summary>The last word of a mention's head when it is a capitalised name ("Ham" of "Retired Gen. Norman Ham"), or null.</summary>
    private static string? Surname(DocumentText text, MentionParts parts)
    {
        if (parts.HeadNounEnd <= parts.HeadStart) return null;
        // "Former Secretary of the Navy Richard Vell": the name after an office's of-phrase ends the head.
        var last = text.Document.Tokens[parts.HeadEnd - 1];
        if (parts.HeadEnd > parts.HeadNounEnd && last.Kind == TokenKind.Word && char.IsUpper(text.Document.Text[last.Start])
            && parts.HeadEnd - 2 >= parts.HeadStart && char.IsUpper(text.Document.Text[text.Document.Tokens[parts.HeadEnd - 2].Start]))
        {
            return text.Document.Text.Substring(last.Start, last.Length);
        }
        var token = text.Document.Tokens[parts.HeadNounEnd - 1];
        if (token.Kind != TokenKind.Word || !char.IsUpper(text.Document.Text[token.Start])) return null;
        return text.Document.Text.Substring(token.Start, token.Length);
    }

    /// <summary>Verbs of backing a candidate ("backs Trump", "has endorsed the nominee").</summary>
    private static readonly WordSet BackingVerbs = new("backs", "backed", "backing", "endorses", "endorsed", "endorsing", "supports", "supported", "supporting");

    /// <summary>Words that make the object of a backing verb a candidacy ("the Republican nominee", "her campaign").</summary>
    private static readonly WordSet CandidacyWords = new("nominee", "candidate", "campaign", "ticket", "candidacy");

    /// <summary>Outside quotation marks, the surname then, within six words, a backing verb ("Ham explained why he backs"),
    /// and within four words after it a candidacy word or the surname of someone the list has as a politician on the
    /// article's date ("Trump", "Clinton").</summary>
    private bool BacksCandidate(DocumentText text, string surname, PublicFigureMatcher.ArticleFigures figures)
    {
        var document = text.Document;
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            int end = sentence.FirstToken + sentence.TokenCount;
            for (int t = sentence.FirstToken; t < end; t++)
            {
                if (tokens[t].InQuote || !document.Text.AsSpan(tokens[t].Start, tokens[t].Length).SequenceEqual(surname)) continue;
                for (int v = t + 1; v < Math.Min(end, t + 7); v++)
                {
                    if (tokens[v].InQuote || !BackingVerbs.Contains(text.Normalised.AsSpan(tokens[v].Start, tokens[v].Length))) continue;
                    for (int o = v + 1; o < Math.Min(end, v + 5); o++)
                    {
                        if (tokens[o].Kind != TokenKind.Word) continue;
                        var word = text.Normalised.AsSpan(tokens[o].Start, tokens[o].Length);
                        if (CandidacyWords.Contains(word)) return true;
                        if (char.IsUpper(document.Text[tokens[o].Start]) && _figures.RoleOfSurname(figures, word.ToString()) is { SourceType: SourceTypes.Political }) return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>A former official typed an expert for the office they left ("Retired Lt. Gen. Michael Flynn") whom another
    /// mention or the list of public figures names in a political role ("Flynn, a top Trump surrogate"): a former official
    /// speaking for a side is political.</summary>
    private static bool NowPolitical(MentionReading type, string? other) => type.PastOffice && other == SourceTypes.Political;

    /// <summary>An official type the article's words about a person gave (a role, an apposition or a phrase; not an actor
    /// the lexicon knows, a seat of government or an institution).</summary>
    private static bool OfficeByWords(MentionReading type) =>
        type.Type == SourceTypes.Official && type.TypeEvidence is TypeEvidence.Role or TypeEvidence.Apposition or TypeEvidence.Phrase;

    /// <summary>Every mention of a source: its first full mention, the other attributions' and the later fuller ones.</summary>
    private static IEnumerable<MentionParts> AllMentions(DocumentText text, MentionParts first, List<SourceMention> mentions, SourceEntity entity)
    {
        yield return first;
        foreach (var mention in mentions) yield return MentionParts.Of(text, mention);
        foreach (var later in entity.LaterFullerMentions) yield return MentionParts.Of(text, later);
    }

    /// <summary>A nameless description: "the" and a lower-case head noun, without apposition ("the billionaire", "the former
    /// secretary of state", "the Manhattan businessman").</summary>
    private static bool IsEpithet(DocumentText text, MentionParts parts)
    {
        if (parts.HasApposition || parts.HeadNounEnd <= parts.HeadStart) return false;
        var tokens = text.Document.Tokens;
        if (!text.Normalised.AsSpan(tokens[parts.HeadStart].Start, tokens[parts.HeadStart].Length).SequenceEqual("the")) return false;
        return char.IsLower(text.Document.Text[tokens[parts.HeadNounEnd - 1].Start]);
    }

    /// <summary>The role on the article's date of the public figure the source is, read from all its mentions.</summary>
    private PublicFigureRole? FigureOf(DocumentText text, PublicFigureMatcher.ArticleFigures figures, MentionParts first, List<SourceMention> mentions, SourceEntity entity) =>
        _figures.Find(figures, AllMentions(text, first, mentions, entity), entity.Gender, entity.Canonical)?.Role;

    private static string LastWord(string name)
    {
        int space = name.LastIndexOf(' ');
        var word = (space < 0 ? name : name[(space + 1)..]).ToLowerInvariant();
        return word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
    }

    /// <summary>How many sentences of a source's mentions the model reads: the first full mention's and up to three more.</summary>
    private const int MaxModelSentences = 4;

    /// <summary>
    /// The model types what no rule typed. It reads the source's first full mention in its sentence, and the source's
    /// other mentions in up to three other sentences ("Ada Brisk said ..." and later "She said she had voted in every
    /// election since 1980"); the reading it is surest of decides, and below the threshold the type stays unknown. With a
    /// model that gives every class's probability (<see cref="IClassDistributions"/>), that reading's probabilities are
    /// weighed with the types the rules gave the article's other sources (<see cref="ArticleTypePrior"/>).
    /// </summary>
    private void TypeByModel(DocumentText text, IReadOnlyList<SourceEntity> entities, List<SourceMention>[] mentions, List<int> pending, SourceClass[] result)
    {
        var document = text.Document;
        var inputs = new List<ClassifierInput>();
        var owner = new List<int>();
        for (int k = 0; k < pending.Count; k++)
        {
            var entity = entities[pending[k]];
            var sentences = new HashSet<int> { entity.Representative.SentenceIndex };
            inputs.Add(Input(document, entity.Representative));
            owner.Add(k);
            foreach (var mention in mentions[pending[k]])
            {
                if (sentences.Count >= MaxModelSentences || !sentences.Add(mention.SentenceIndex)) continue;
                inputs.Add(Input(document, mention));
                owner.Add(k);
            }
        }
        var withDistributions = _model as IClassDistributions;
        var distributions = withDistributions is null ? null : new float[inputs.Count][];
        var predictions = withDistributions is null ? _model!.Predict(inputs) : withDistributions.Predict(inputs, distributions!);
        var surest = new int[pending.Count];
        Array.Fill(surest, -1);
        for (int n = 0; n < predictions.Length && n < owner.Count; n++)
        {
            var prediction = predictions[n];
            if (!SourceTypes.IsKnown(prediction.Label)) continue;
            if (surest[owner[n]] < 0 || prediction.Probability > predictions[surest[owner[n]]].Probability) surest[owner[n]] = n;
        }
        // The article's mix of types as the rules gave them: every source but those the model is to type.
        var counts = withDistributions is null ? null : ArticleTypePrior.Count(result.Where((_, i) => !pending.Contains(i)).Select(r => r.Type));
        for (int k = 0; k < pending.Count; k++)
        {
            if (surest[k] is not (>= 0 and var n)) continue;
            var chosen = predictions[n];
            var decision = withDistributions is null
                ? new ArticleTypePrior.Decision(chosen.Label, chosen.Probability >= _minModelProbability)
                : _prior.Decide(withDistributions.ClassLabels, distributions![n], counts!, _minModelProbability);
            result[pending[k]] = decision.Sure
                ? result[pending[k]] with { Type = decision.Type, TypeEvidence = TypeEvidence.Model }
                : result[pending[k]] with { TypeEvidence = TypeEvidence.ModelUnsure };
        }
    }

    private static ClassifierInput Input(Model.Document document, SourceMention mention) =>
        new(document.Slice(mention.Phrase), document.Slice(document.Sentences[mention.SentenceIndex].Span));

    /// <summary>Names joined by "and" take the type their fuller mentions agree on (and the affiliation, when they agree on
    /// that too): "Orlov and Aydin" after "Russian President Pavel Orlov" and "Turkish President Kemal Aydin" are official.
    /// A fuller mention the rules cannot type is read in the list of public figures ("McConnell and Ryan" after "Mitch
    /// McConnell" and "Paul Ryan" in 2016: political).</summary>
    private MentionReading? ReadConjuncts(DocumentText text, SourceEntity entity, PublicFigureMatcher.ArticleFigures figures)
    {
        if (entity.Conjuncts.Count == 0) return ReadListedConjuncts(text, entity, figures);
        var readings = entity.Conjuncts.Select(m =>
        {
            var parts = MentionParts.Of(text, m);
            var reading = _reader.Read(text, parts, null);
            if (reading.Type is not null || _figures.Find(figures, [parts])?.Role is not { } role) return reading;
            return new MentionReading(role.SourceType, TypeEvidence.PublicFigure,
                role.Affiliation == SourceClass.UnknownAffiliation ? null : role.Affiliation, AffiliationEvidence.PublicFigure);
        }).ToList();
        var first = readings[0];
        if (first.Type is null || readings.Any(r => r.Type != first.Type)) return null;
        bool sameSide = readings.All(r => r.Affiliation == first.Affiliation);
        return first with
        {
            TypeEvidence = TypeEvidence.Conjuncts,
            Affiliation = sameSide ? first.Affiliation : null,
            AffiliationEvidence = sameSide ? first.AffiliationEvidence : AffiliationEvidence.None,
        };
    }

    /// <summary>Names joined by "and" with no fuller mention of their own as sources, each a listed person ("Mr. King and
    /// Mr. Schultz say" after "Larry King and Ed Schultz" in the narrative): the type their roles agree on.</summary>
    private MentionReading? ReadListedConjuncts(DocumentText text, SourceEntity entity, PublicFigureMatcher.ArticleFigures figures)
    {
        if (_figures.ConjunctRoles(figures, MentionParts.Of(text, entity.Representative)) is not { } roles) return null;
        var first = roles[0];
        if (roles.Exists(r => r.SourceType != first.SourceType)) return null;
        bool sameSide = first.Affiliation != SourceClass.UnknownAffiliation && roles.TrueForAll(r => r.Affiliation == first.Affiliation);
        return new MentionReading(first.SourceType, TypeEvidence.Conjuncts, sameSide ? first.Affiliation : null,
            sameSide ? AffiliationEvidence.PublicFigure : AffiliationEvidence.None);
    }

    /// <summary>The surname of "the Clintons", "the Bushes" (the head is "the" and one capitalised plural word), or null.</summary>
    private static string? FamilySurname(DocumentText text, MentionParts parts)
    {
        var tokens = text.Document.Tokens;
        if (parts.HeadNounEnd - parts.HeadStart != 2 || text.Normalised.AsSpan(tokens[parts.HeadStart].Start, tokens[parts.HeadStart].Length) is not "the") return null;
        var token = tokens[parts.HeadStart + 1];
        if (token.Kind != TokenKind.Word || !char.IsUpper(text.Document.Text[token.Start])) return null;
        var word = text.Normalised.AsSpan(token.Start, token.Length);
        if (word.Length < 4 || word[^1] != 's' || word.EndsWith("ss")) return null;
        // "Bushes", "Joneses": -es after a sibilant; "Clintons", "Obamas": -s.
        return word.EndsWith("shes") || word.EndsWith("ches") || word.EndsWith("ses") || word.EndsWith("xes") || word.EndsWith("zes")
            ? word[..^2].ToString() : word[..^1].ToString();
    }

    /// <summary>How many paragraphs after its own a letter's signature may come (<see cref="SignedLetter"/>).</summary>
    private const int MaxLetterParagraphs = 3;

    /// <summary>
    /// "I" in a letter to the editor: a paragraph in which "I" speaks, followed within <see cref="MaxLetterParagraphs"/>
    /// paragraphs by a signature, a paragraph that is only a person's name ("Ada Brisk."). The letters page prints its
    /// writers so; they are members of the public (an official or an expert writing would be introduced by a role).
    /// </summary>
    private bool SignedLetter(DocumentText text, SourceMention mention)
    {
        var document = text.Document;
        if (mention.Head.Length != 1 || document.Text[mention.Head.Start] != 'I') return false;
        int paragraph = document.Sentences[mention.SentenceIndex].ParagraphIndex;
        for (int s = mention.SentenceIndex + 1; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            if (sentence.ParagraphIndex == paragraph) continue;
            if (sentence.ParagraphIndex > paragraph + MaxLetterParagraphs) return false;
            bool whole = (s == 0 || document.Sentences[s - 1].ParagraphIndex != sentence.ParagraphIndex)
                && (s + 1 == document.Sentences.Count || document.Sentences[s + 1].ParagraphIndex != sentence.ParagraphIndex);
            if (whole && IsSignature(text, sentence)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a source is the writer speaking in their own voice: "I" outside quotation marks in every mention ("I tell
    /// myself that ...", "I believe in the good sense of the American people" in a column), in an article that is no
    /// transcript (whose speakers say "I" without quotation marks) and no signed letter (see <see cref="SignedLetter"/>,
    /// tried first). A columnist writing in the outlet is media.
    /// </summary>
    private static bool WritersVoice(DocumentText text, SourceMention representative, List<SourceMention> mentions)
    {
        if (!FirstPersonOutsideQuotes(text, representative)) return false;
        foreach (var mention in mentions)
        {
            if (!FirstPersonOutsideQuotes(text, mention)) return false;
        }
        return TranscriptSpeakers.Find(text).Count == 0;
    }

    private static bool FirstPersonOutsideQuotes(DocumentText text, SourceMention mention)
    {
        var document = text.Document;
        if (mention.Head.Length != 1 || document.Text[mention.Head.Start] != 'I') return false;
        var (start, end) = text.TokenRange(mention.Head, mention.SentenceIndex);
        return end == start + 1 && !document.Tokens[start].InQuote;
    }

    /// <summary>What any mention of the entity says the person does ("Linda Marsh has lived in Flint for 30 years"), the
    /// first that <c>person_predicates.csv</c> types.</summary>
    private string? PredicateType(DocumentText text, SourceEntity entity, List<SourceMention> mentions)
    {
        if (_reader.PredicateType(text, MentionParts.Of(text, entity.Representative)) is { } type) return type;
        foreach (var mention in mentions.Concat(entity.LaterFullerMentions).Concat(entity.LaterDescribedMentions))
        {
            if (_reader.PredicateType(text, MentionParts.Of(text, mention)) is { } other) return other;
        }
        return null;
    }

    /// <summary>A sentence that is a person's name alone, with a closing period or none ("Ada Brisk.").</summary>
    private bool IsSignature(DocumentText text, Sentence sentence)
    {
        var document = text.Document;
        int start = sentence.FirstToken, end = start + sentence.TokenCount;
        if (end > start && document.Tokens[end - 1].Kind == TokenKind.Punctuation && document.Text[document.Tokens[end - 1].Start] == '.') end--;
        return _reader.IsPersonNameAt(text, start, end);
    }

    /// <summary>The least number of questions an interviewer asks in a transcript (<see cref="Interviewers"/>).</summary>
    private const int MinInterviewerQuestions = 2;

    /// <summary>
    /// Per entity, whether it is the interviewer of a transcript in capitals ("WALLACE: ... Why would he do that?" between
    /// the guest's lines): a speaker label (<see cref="TranscriptSpeakers"/>) whose lines hold at least
    /// <see cref="MinInterviewerQuestions"/> questions and a larger share of questions than every other speaker's of the
    /// transcript. The host asks, the guest answers; a host the article does not introduce is typed by that (media) when
    /// no other evidence types the label. A transcript of one speaker has no interviewer.
    /// </summary>
    private static bool[] Interviewers(DocumentText text, SourceResolution resolution, IReadOnlyList<Attribution> attributions)
    {
        var result = new bool[resolution.Entities.Count];
        var labels = TranscriptSpeakers.Find(text);
        if (labels.Count < 2) return result;
        var document = text.Document;
        var speaker = new bool[result.Length];
        var lines = new HashSet<int>[result.Length];
        var questions = new int[result.Length];
        for (int a = 0; a < attributions.Count && a < resolution.EntityOf.Count; a++)
        {
            var attribution = attributions[a];
            if (attribution.CueLemma != PunctuationRule.ColonLemma) continue;
            int entity = resolution.EntityOf[a];
            var sentence = document.Sentences[attribution.SentenceIndex];
            if (attribution.ContinuesFrom is null && TranscriptSpeakers.LabelOf(text, sentence) is { } label && labels.Contains(label)) speaker[entity] = true;
            lines[entity] ??= [];
            if (lines[entity].Add(attribution.SentenceIndex) && document.Slice(sentence.Span).Contains('?')) questions[entity]++;
        }
        double Share(int e) => questions[e] / (double)lines[e].Count;
        for (int e = 0; e < result.Length; e++)
        {
            if (!speaker[e] || questions[e] < MinInterviewerQuestions) continue;
            bool others = false, most = true;
            for (int o = 0; o < result.Length && most; o++)
            {
                if (o == e || !speaker[o]) continue;
                others = true;
                most = Share(e) > Share(o);
            }
            result[e] = others && most;
        }
        return result;
    }

    /// <summary>Per entity, whether every one of its attributions is a quotation signed with a dash.</summary>
    private static bool[] SignedOnly(SourceResolution resolution, IReadOnlyList<Attribution> attributions)
    {
        var signed = new bool[resolution.Entities.Count];
        var other = new bool[resolution.Entities.Count];
        for (int a = 0; a < attributions.Count && a < resolution.EntityOf.Count; a++)
        {
            int entity = resolution.EntityOf[a];
            if (attributions[a].CueLemma == PunctuationRule.DashLemma) signed[entity] = true;
            else other[entity] = true;
        }
        for (int e = 0; e < signed.Length; e++) signed[e] &= !other[e];
        return signed;
    }

    /// <summary>Per entity, the mentions of its attributions other than the first full mention (continued quotations reuse their opener's).</summary>
    private static List<SourceMention>[] MentionsByEntity(SourceResolution resolution, IReadOnlyList<Attribution> attributions)
    {
        var mentions = new List<SourceMention>[resolution.Entities.Count];
        for (int i = 0; i < mentions.Length; i++) mentions[i] = [];
        for (int a = 0; a < attributions.Count && a < resolution.EntityOf.Count; a++)
        {
            var attribution = attributions[a];
            if (attribution.ContinuesFrom is not null) continue;
            int entity = resolution.EntityOf[a];
            if (attribution.SourceHead == resolution.Entities[entity].Representative.Head) continue;
            mentions[entity].Add(new SourceMention(attribution.SourceHead, attribution.Source, attribution.Qualifier, attribution.SentenceIndex, attribution.SourceApposition));
        }
        return mentions;
    }
}
