using FramingAnalyzer.Analysis;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// The sourcing analyzer's per-article metrics: their definitions (fixed by the lexicons: one share per source type,
/// per verb stance and per affiliation) and how an article's attributions and sentence functions fill them.
/// </summary>
internal sealed class SourcingMetrics
{
    private const string ShareOfAttributions = "share of attributions";
    private const string ShareOfSources = "share of sources";
    private const string ShareOfSentences = "share of sentences";

    private readonly MetricList _definitions = [];
    private readonly MetricHandle _attributions, _distinctSources, _namedShare, _anonymousShare, _distinctAffiliations, _affiliationEntropy,
        _attributedSentenceShare, _unattributedClaimShare;
    private readonly ShareMix _typeShares = new();
    private readonly ShareMix _stanceShares = new();
    private readonly ShareMix _affiliationShares = new();

    /// <param name="affiliations">The sides of the actor lexicon.</param>
    /// <param name="namedAffiliations">The countries and parties a source phrase may name (seats of government,
    /// nationality and party words): mix categories left out of the tables when no outlet has any.</param>
    public SourcingMetrics(IReadOnlyList<string> stances, IReadOnlyList<string> affiliations, IReadOnlyList<string>? namedAffiliations = null)
    {
        _attributions = _definitions.Add(new("attributions", "Attribution relations (a source, a reporting cue and what is attributed), with each further sentence of a continued quotation counted for its speaker.") { Unit = "attributions" });
        _distinctSources = _definitions.Add(new("distinct_sources", "Distinct sources quoted or cited, after merging pronouns and short names with their full mention.") { Unit = "sources" });
        _namedShare = _definitions.Add(new("named_share", "Share of distinct sources that are named (not anonymous).", MetricKind.Ratio) { Unit = ShareOfSources });
        _anonymousShare = _definitions.Add(new("anonymous_share", "Share of distinct sources that are unnamed, such as \"officials said\" or a source speaking on condition of anonymity.", MetricKind.Ratio)
        {
            Unit = ShareOfSources,
            Label = "Anonymous sources", Headline = true,
        });
        _distinctAffiliations = _definitions.Add(new("distinct_affiliations", "Distinct known sides among the attributed sources: the actor list's affiliations, and the countries and parties the source phrases name.") { Unit = "affiliations" });
        _affiliationEntropy = _definitions.Add(new("affiliation_entropy", "Shannon entropy of the attributions' known affiliations: 0 when every source is on one side, higher when sides are mixed.")
        {
            Unit = "bits",
        });
        _attributedSentenceShare = _definitions.Add(new("attributed_sentence_share", "Share of sentences that carry an attribution.", MetricKind.Ratio) { Unit = ShareOfSentences, Label = "Sentences with an attribution", Headline = true });
        _unattributedClaimShare = _definitions.Add(new("unattributed_claim_share", "Share of sentences that make a contested, evaluative or causal claim, or give a casualty count, without a source.", MetricKind.Ratio)
        {
            Unit = ShareOfSentences,
            Label = "Unattributed claims in the outlet's voice", Headline = true,
        });
        foreach (var type in SourceTypes.All)
        {
            _typeShares[type] = _definitions.Add(new MetricDefinition($"source_{type}_share", $"Share of attributions whose source is {TypeDescription(type)}.", MetricKind.Ratio)
            {
                Unit = ShareOfAttributions,
                Group = "source_type",
                Category = type,
                Headline = type == SourceTypes.Official,
                Label = type == SourceTypes.Official ? "Attributions to official sources" : null,
            });
        }
        foreach (var stance in stances)
        {
            _stanceShares[stance] = _definitions.Add(new MetricDefinition($"stance_{stance}_share", $"Share of attributions whose reporting verb is {StanceDescription(stance)}.", MetricKind.Ratio)
            {
                Unit = ShareOfAttributions,
                Group = "verb_stance",
                Category = stance,
                Headline = stance == "distancing",
                Label = stance == "distancing" ? "Distancing reporting verbs (claimed, alleged, insisted)" : null,
            });
        }
        foreach (var affiliation in affiliations.Append(SourceClass.UnknownAffiliation).Distinct(StringComparer.Ordinal))
        {
            var who = affiliation == SourceClass.UnknownAffiliation ? "not on a known side" : $"on the side '{affiliation}' in the actor list";
            _affiliationShares[affiliation] = _definitions.Add(new MetricDefinition($"affiliation_{affiliation}_share", $"Share of attributions whose source is {who}.", MetricKind.Ratio)
            {
                Unit = ShareOfAttributions,
                Group = "affiliation",
                Category = affiliation,
                InArticlesTable = false,
            });
        }
        foreach (var affiliation in namedAffiliations ?? [])
        {
            if (_affiliationShares.ContainsKey(affiliation)) continue;
            _affiliationShares[affiliation] = _definitions.Add(new MetricDefinition($"affiliation_{affiliation}_share",
                $"Share of attributions whose source the text places with '{affiliation}' (a seat of government, nationality or party word, or a party tag in the source phrase; or the list of public figures for a well-known person).", MetricKind.Ratio)
            {
                Unit = ShareOfAttributions,
                Group = "affiliation",
                Category = affiliation,
                InArticlesTable = false,
                OmittedWhenAbsent = true,
            });
        }
    }

    public IReadOnlyList<MetricDefinition> Definitions => _definitions;

    /// <param name="distinctSources">The classes of the distinct sources the attributions cite.</param>
    public void Write(MetricWriter metrics, IReadOnlyList<Model.Attribution> attributions, IReadOnlyCollection<SourceClass> distinctSources, int scoredSentences, int attributedSentences, int claimSentences)
    {
        int n = attributions.Count;
        metrics.Set(_attributions, n);
        metrics.Set(_distinctSources, distinctSources.Count);
        int anonymous = distinctSources.Count(c => c.Anonymous);
        metrics.SetRatio(_namedShare, distinctSources.Count - anonymous, distinctSources.Count);
        metrics.SetRatio(_anonymousShare, anonymous, distinctSources.Count);
        metrics.SetRatio(_attributedSentenceShare, attributedSentences, scoredSentences);
        metrics.SetRatio(_unattributedClaimShare, claimSentences, scoredSentences);

        _typeShares.SetShares(metrics, attributions, a => a.SourceType);
        _stanceShares.SetShares(metrics, attributions, a => a.VerbStance);
        _affiliationShares.SetShares(metrics, attributions, a => a.Affiliation);
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var attribution in attributions)
        {
            if (attribution.Affiliation != SourceClass.UnknownAffiliation) known[attribution.Affiliation] = known.GetValueOrDefault(attribution.Affiliation) + 1;
        }
        metrics.Set(_distinctAffiliations, known.Count);
        int knownTotal = known.Values.Sum();
        if (knownTotal > 0)
        {
            double entropy = 0;
            foreach (int count in known.Values)
            {
                double p = (double)count / knownTotal;
                entropy -= p * Math.Log2(p);
            }
            metrics.Set(_affiliationEntropy, entropy);
        }
    }

    private static string TypeDescription(string type) => type switch
    {
        SourceTypes.Official => "official: government, state agencies, military or police and their spokespeople",
        SourceTypes.Political => "political: politicians and parties outside government, the opposition",
        SourceTypes.ArmedGroup => "an armed group",
        SourceTypes.Expert => "an expert: analyst, academic or researcher",
        SourceTypes.NgoInternational => "an NGO or international body",
        SourceTypes.Citizen => "a citizen: residents, witnesses, victims, workers",
        SourceTypes.Media => "the media",
        SourceTypes.Document => "a document speaking for itself: statement, report, data",
        SourceTypes.Business => "a business",
        _ => "of unknown type",
    };

    private static string StanceDescription(string stance) => stance switch
    {
        "neutral" => "neutral (say, tell, add, according to)",
        "endorsing" => "endorsing, presenting the claim as true (note, explain, confirm)",
        "distancing" => "distancing, casting doubt on the claim (claim, allege, insist)",
        "emotive" => "emotive (slam, blast, boast)",
        "concession" => "a concession (admit, concede, acknowledge)",
        "accusation" => "an accusation or denial (accuse, blame, deny, reject)",
        "warning" => "a warning (warn, threaten, caution)",
        _ => $"of the stance '{stance}'",
    };
}
