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

    private const int Attributions = 0, DistinctSources = 1, NamedShare = 2, AnonymousShare = 3, DistinctAffiliations = 4,
        AffiliationEntropy = 5, AttributedSentenceShare = 6, UnattributedClaimShare = 7, FirstTypeShare = 8;

    private readonly int _firstStance;
    private readonly int _firstAffiliation;
    private readonly Dictionary<string, int> _typeIndex;
    private readonly Dictionary<string, int> _stanceIndex;
    private readonly Dictionary<string, int> _affiliationIndex;

    public SourcingMetrics(IReadOnlyList<string> stances, IReadOnlyList<string> affiliations)
    {
        var definitions = new List<MetricDefinition>
        {
            new("attributions", "Attribution relations (a source, a reporting cue and what is attributed), with each further sentence of a continued quotation counted for its speaker.") { Unit = "attributions" },
            new("distinct_sources", "Distinct sources quoted or cited, after merging pronouns and short names with their full mention.") { Unit = "sources" },
            new("named_share", "Share of distinct sources that are named (not anonymous).", MetricKind.Ratio) { Unit = ShareOfSources },
            new("anonymous_share", "Share of distinct sources that are unnamed, such as \"officials said\" or a source speaking on condition of anonymity.", MetricKind.Ratio)
            {
                Unit = ShareOfSources,
                Label = "Anonymous sources", Headline = true,
            },
            new("distinct_affiliations", "Distinct known sides (affiliations from the actor list) among the attributed sources.") { Unit = "affiliations" },
            new("affiliation_entropy", "Shannon entropy of the attributions' known affiliations: 0 when every source is on one side, higher when sides are mixed.")
            {
                Unit = "bits",
            },
            new("attributed_sentence_share", "Share of sentences that carry an attribution.", MetricKind.Ratio) { Unit = ShareOfSentences, Label = "Sentences with an attribution", Headline = true },
            new("unattributed_claim_share", "Share of sentences that make a contested, evaluative or causal claim, or give a casualty count, without a source.", MetricKind.Ratio)
            {
                Unit = ShareOfSentences,
                Label = "Unattributed claims in the outlet's voice", Headline = true,
            },
        };
        _typeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var type in SourceTypes.All)
        {
            _typeIndex[type] = definitions.Count;
            definitions.Add(new MetricDefinition($"source_{type}_share", $"Share of attributions whose source is {TypeDescription(type)}.", MetricKind.Ratio)
            {
                Unit = ShareOfAttributions,
                Group = "source_type",
                Category = type,
                Headline = type == SourceTypes.Official,
                Label = type == SourceTypes.Official ? "Attributions to official sources" : null,
            });
        }
        _firstStance = definitions.Count;
        _stanceIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stance in stances)
        {
            _stanceIndex[stance] = definitions.Count;
            definitions.Add(new MetricDefinition($"stance_{stance}_share", $"Share of attributions whose reporting verb is {StanceDescription(stance)}.", MetricKind.Ratio)
            {
                Unit = ShareOfAttributions,
                Group = "verb_stance",
                Category = stance,
                Headline = stance == "distancing",
                Label = stance == "distancing" ? "Distancing reporting verbs (claimed, alleged, insisted)" : null,
            });
        }
        _firstAffiliation = definitions.Count;
        _affiliationIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var affiliation in affiliations.Append(SourceClass.UnknownAffiliation).Distinct(StringComparer.Ordinal))
        {
            _affiliationIndex[affiliation] = definitions.Count;
            var who = affiliation == SourceClass.UnknownAffiliation ? "not on a known side" : $"on the side '{affiliation}' in the actor list";
            definitions.Add(new MetricDefinition($"affiliation_{affiliation}_share", $"Share of attributions whose source is {who}.", MetricKind.Ratio)
            {
                Unit = ShareOfAttributions,
                Group = "affiliation",
                Category = affiliation,
                InArticlesTable = false,
            });
        }
        Definitions = definitions;
    }

    public IReadOnlyList<MetricDefinition> Definitions { get; }

    /// <param name="distinctSources">The classes of the distinct sources the attributions cite.</param>
    public void Write(MetricWriter metrics, IReadOnlyList<Model.Attribution> attributions, IReadOnlyCollection<SourceClass> distinctSources, int scoredSentences, int attributedSentences, int claimSentences)
    {
        int n = attributions.Count;
        metrics.Set(Attributions, n);
        metrics.Set(DistinctSources, distinctSources.Count);
        int anonymous = distinctSources.Count(c => c.Anonymous);
        metrics.SetRatio(NamedShare, distinctSources.Count - anonymous, distinctSources.Count);
        metrics.SetRatio(AnonymousShare, anonymous, distinctSources.Count);
        metrics.SetRatio(AttributedSentenceShare, attributedSentences, scoredSentences);
        metrics.SetRatio(UnattributedClaimShare, claimSentences, scoredSentences);

        var typeCounts = new int[SourceTypes.All.Count];
        var stanceCounts = new int[_firstAffiliation - _firstStance];
        var affiliationCounts = new int[Definitions.Count - _firstAffiliation];
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var attribution in attributions)
        {
            if (_typeIndex.TryGetValue(attribution.SourceType, out int t)) typeCounts[t - FirstTypeShare]++;
            if (_stanceIndex.TryGetValue(attribution.VerbStance, out int s)) stanceCounts[s - _firstStance]++;
            if (_affiliationIndex.TryGetValue(attribution.Affiliation, out int a)) affiliationCounts[a - _firstAffiliation]++;
            if (attribution.Affiliation != SourceClass.UnknownAffiliation) known[attribution.Affiliation] = known.GetValueOrDefault(attribution.Affiliation) + 1;
        }
        for (int i = 0; i < typeCounts.Length; i++) metrics.SetRatio(FirstTypeShare + i, typeCounts[i], n);
        for (int i = 0; i < stanceCounts.Length; i++) metrics.SetRatio(_firstStance + i, stanceCounts[i], n);
        for (int i = 0; i < affiliationCounts.Length; i++) metrics.SetRatio(_firstAffiliation + i, affiliationCounts[i], n);

        metrics.Set(DistinctAffiliations, known.Count);
        int knownTotal = known.Values.Sum();
        if (knownTotal > 0)
        {
            double entropy = 0;
            foreach (int count in known.Values)
            {
                double p = (double)count / knownTotal;
                entropy -= p * Math.Log2(p);
            }
            metrics.Set(AffiliationEntropy, entropy);
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
