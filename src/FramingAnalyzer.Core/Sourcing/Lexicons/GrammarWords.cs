using FramingAnalyzer.Lexicons;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// The closed-class English words the attribution rules use to find phrase boundaries (determiners, prepositions,
/// auxiliaries, subordinators) and the few open-class words that tell people from bodies and men from women.
/// These are grammar, not lexicon: the replaceable word lists live in the lexicon files.
/// </summary>
internal static class GrammarWords
{
    public static readonly WordSet Determiners = new(0, "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
        "our", "my", "your", "no", "any", "each", "every", "some", "another", "such", "both", "all", "either", "neither");

    public static readonly WordSet NounGuards = new(1, "the", "a", "an", "this", "these", "those", "his", "her", "its", "their",
        "our", "my", "your", "no", "any", "each", "every", "some", "another", "such", "of", "for", "in", "on", "at", "with",
        "from", "about", "into", "against", "over", "under", "without", "after", "before", "to", "by", "than", "as", "whose",
        "new", "initial", "latest", "false", "unconfirmed", "own");

    public static readonly WordSet Prepositions = new(2, "upon", "in", "on", "at", "after", "before", "during", "by", "from", "with", "for",
        "since", "over", "under", "within", "following", "despite", "amid", "throughout", "until", "via", "through", "across", "near", "outside", "inside");

    public static readonly WordSet Subordinators = new(3, "that", "which", "who", "whom", "whose", "because", "but", "or", "nor", "while",
        "when", "whereas", "as", "if", "although", "though", "since", "so", "than", "where", "whether", "until", "unless", "once", "what", "how", "why");

    public static readonly WordSet BeForms = new(4, "is", "are", "was", "were", "be", "been", "being", "'s", "am", "isn't", "aren't", "wasn't", "weren't");

    public static readonly WordSet Auxiliaries = new(5, "has", "have", "had", "will", "would", "could", "can", "may", "might", "should",
        "must", "shall", "did", "does", "do", "didn't", "doesn't", "don't", "has't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "not", "never", "having",
        "cannot", "can't", "couldn't", "shouldn't", "mustn't");

    /// <summary>
    /// Words that may stand between a subject and its reporting verb ("also said", "has since told", "himself said",
    /// "last night said"): adverbs, auxiliaries and negation, emphatic reflexives, and the time words of "last night",
    /// "this week", "tonight".
    /// </summary>
    /// <summary>Nouns of people that take their principal with "to": "an aide to the mayor", "a senior adviser to the governor".</summary>
    public static readonly WordSet NounsBeforeTo = new("aide", "aides", "adviser", "advisers", "advisor", "advisors", "counsel", "counselor",
        "counsellor", "assistant", "assistants", "envoy", "envoys", "ambassador", "ambassadors", "spokesman", "spokeswoman", "spokesperson",
        "consultant", "consultants", "secretary", "deputy", "deputies", "staff", "successor", "heir", "confidant", "confidante", "lawyer", "lawyers",
        // documents addressed to someone: "Barr's four-page letter to lawmakers said"
        "letter", "letters", "memo", "memos", "message", "messages", "email", "emails", "note", "notes", "report",
        // "One caller to the radio show claimed"
        "caller", "callers");

    /// <summary>Pronouns contracted with "is", "has" or "are" (normalised apostrophes): "He's claiming", "who's called for".</summary>
    public static readonly WordSet ContractedSubjects = new("he's", "she's", "it's", "who's", "they're", "we're", "they've", "we've", "i've", "i'm", "that's");

    public static readonly WordSet Adverbs = new(6, [.. PlainAdverbs(), .. VerbGroupAuxiliaries(), .. EmphaticReflexives(), .. TimeFillers()]);

    /// <summary>The plain adverbs of <see cref="Adverbs"/>, without auxiliaries, reflexives and time words ("also", "quietly" is an -ly word).</summary>
    public static readonly WordSet PlainAdverbWords = new(PlainAdverbs());

    private static string[] PlainAdverbs() => ["also", "later", "then", "again", "previously", "earlier", "further", "still", "once",
        "first", "recently", "reportedly", "repeatedly", "publicly", "privately", "separately", "similarly", "subsequently", "immediately",
        "quickly", "flatly", "strongly", "angrily", "initially", "already", "now", "just", "even", "only", "simply", "openly", "often",
        "usually", "always", "sometimes", "generally", "perhaps", "together", "allegedly", "however", "too", "ever"];

    private static string[] VerbGroupAuxiliaries() => ["has", "have", "had", "will", "would", "could", "can", "may", "might", "should",
        "did", "does", "do", "not", "never", "cannot", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "won't", "wouldn't",
        "can't", "couldn't", "shouldn't"];

    private static string[] EmphaticReflexives() => ["himself", "herself", "itself", "themselves"];

    private static string[] TimeFillers() => ["today", "yesterday", "tonight", "last", "night", "week"];

    /// <summary>Words ending in -ly that are not adverbs.</summary>
    public static readonly WordSet LyNouns = new(7, "family", "ally", "rally", "assembly", "supply", "anomaly", "monopoly", "reply", "italy",
        "july", "bully", "belly", "homily", "folly", "lily", "daily", "weekly", "monthly", "quarterly", "fly");

    public static readonly WordSet SubjectPronouns = new(8, "he", "she", "they", "it", "we", "i", "you");

    public static readonly WordSet ObjectPronouns = new(9, "him", "her", "them", "us", "me", "it", "you");

    public static readonly WordSet NotSources = new(10, "this", "that", "these", "those", "which", "what", "there", "here", "who", "whom",
        "him", "them", "us", "me", "everything", "nothing", "something", "anything", "one", "so", "as", "such");

    /// <summary>Words that open a sentence without being part of its subject.</summary>
    public static readonly WordSet Discourse = new(11, "but", "and", "however", "meanwhile", "yet", "so", "still", "also", "instead", "now",
        "then", "earlier", "later", "separately", "additionally", "moreover", "too", "nonetheless", "nevertheless", "indeed", "thus", "or",
        "both", "perhaps", "as");

    public static readonly WordSet Weekdays = new(12, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    public static readonly WordSet TimeWords = new(13, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "day", "earlier",
        "later", "last", "this", "late", "early", "again", "also", "repeatedly", "previously", "recently", "then", "once", "twice",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");

    /// <summary>Nouns of the medium or occasion of a statement ("in a statement", "at a news conference").</summary>
    public static readonly WordSet MediumWords = new(14, "statement", "statements", "interview", "message", "conference", "news", "press",
        "briefing", "televised", "address", "speech", "post", "posts", "video", "telephone", "phone", "email", "e-mail", "social",
        "media", "television", "radio", "tweet", "letter", "written", "joint", "brief", "short", "separate", "emailed", "online", "channel",
        "channels", "broadcast", "call", "text", "session", "hearing", "meeting", "rally", "parliament", "debate", "appearance", "remarks",
        "comments", "reply", "response", "podcast", "op-ed", "column", "blog", "tv", "state", "national", "official", "later", "earlier", "floor",
        "its", "his", "her", "their", "an", "a", "the", "also", "emailed", "recorded", "posted", "released", "issued", "sent", "late",
        "opening", "closing", "keynote", "weekly", "public", "first", "final", "victory", "acceptance", "inaugural", "prepared", "own", "phone",
        "video", "televised", "evening", "morning", "nightly", "regular", "brief", "emergency", "special", "rare", "new", "lengthy",
        // written media: "wrote in a note", "found in its latest survey", "said in a court filing"
        "note", "notes", "memo", "report", "survey", "poll", "analysis", "study", "filing", "court", "book", "essay", "article",
        "editorial", "newsletter", "testimony", "latest", "recent", "annual", "research",
        // programmes and pages: "put it on his show Monday night", "wrote on the campaign's website"
        "show", "program", "programme", "website", "open", "page", "account", "feed",
        // a court's writing: "wrote in a 45-page ruling that"
        "ruling", "decision",
        // a judge's writing: "wrote in a concurring opinion that"
        "opinion", "concurring", "dissenting", "dissent", "majority",
        // "wrote in an op-ed published Thursday that"
        "published", "aired", "delivered");

    public static readonly WordSet OrgNouns = new(15, "ministry", "army", "group", "government", "front", "union", "party", "agency", "council",
        "police", "network", "monitor", "consortium", "company", "office", "department", "committee", "movement", "alliance", "coalition",
        "militia", "delegation", "institute", "university", "organisation", "organization", "administration", "presidency", "forces",
        "force", "military", "command", "authorities", "authority", "nations", "commission", "court", "service", "campaign", "bank",
        "corporation", "firm", "embassy", "parliament", "assembly", "senate", "congress", "cabinet", "kremlin", "palace", "board",
        "centre", "center", "foundation", "association", "federation", "league", "club", "team", "group's", "channel", "newspaper",
        "broadcaster", "station", "magazine", "press", "times", "post", "journal", "wire", "voice", "today", "flash", "house", "agency's", "bureau",
        "directorate", "secretariat", "mission", "regime", "state", "republic", "county", "city", "province", "municipality", "hospital",
        "school", "fund", "programme", "program", "industry", "inc.", "ltd", "corp.", "co.", "tv", "radio", "watch", "international", "pharma",
        "pharmaceuticals", "airlines", "airways", "motors", "holdings", "industries", "laboratories", "llc", "inc", "corp", "lp");

    public static readonly WordSet Honorifics = new(16, "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.",
        "professor", "sir", "dame", "lord", "lady", "madam", "mme", "sen.", "rep.", "del.", "gov.", "gen.", "col.", "lt.", "sgt.", "capt.",
        "maj.", "adm.", "cmdr.", "general", "colonel", "major", "captain", "lieutenant", "sergeant", "commander", "president", "minister",
        "governor", "senator", "judge", "mayor", "ambassador", "chancellor", "secretary", "premier", "king", "queen", "prince", "princess",
        "pope", "bishop", "rabbi", "imam", "father", "sheikh", "chief", "deputy", "prime", "foreign", "defence", "defense", "interior",
        "finance", "health", "justice", "spokesman", "spokeswoman", "spokesperson", "leader", "chairman", "chairwoman", "envoy", "special",
        "opposition", "army", "police", "state", "former", "acting", "vice", "senior", "the", "a", "an");

    public static readonly WordSet MaleWords = new(17, "mr", "mr.", "he", "him", "his", "himself", "spokesman", "chairman", "businessman",
        "man", "father", "son", "brother", "husband", "king", "prince", "sir", "lord", "uncle", "grandfather", "boy", "congressman", "sheikh", "widower");

    public static readonly WordSet FemaleWords = new(18, "ms", "ms.", "mrs", "mrs.", "miss", "she", "her", "hers", "herself", "spokeswoman",
        "chairwoman", "businesswoman", "woman", "mother", "daughter", "sister", "wife", "queen", "princess", "dame", "lady", "madam",
        "aunt", "grandmother", "girl", "congresswoman", "mme", "widow");

    /// <summary>Head nouns that name a person (so "he" or "she" can refer to the source).</summary>
    public static readonly WordSet PersonNouns = new(19, "spokesman", "spokeswoman", "spokesperson", "official", "minister", "commander",
        "analyst", "expert", "professor", "worker", "resident", "witness", "doctor", "nurse", "teacher", "schoolteacher", "student", "farmer",
        "director", "leader", "president", "governor", "mayor", "general", "colonel", "envoy", "diplomat", "source", "mother", "father",
        "woman", "man", "lawmaker", "senator", "mp", "activist", "researcher", "economist", "correspondent", "reporter", "journalist",
        "chief", "head", "secretary", "ambassador", "negotiator", "member", "lawyer", "judge", "officer", "soldier", "fighter",
        "survivor", "villager", "trader", "owner", "executive", "chairman", "chairwoman", "aide", "adviser", "advisor", "prosecutor",
        "stallholder", "shopkeeper", "vendor", "driver", "engineer", "volunteer", "priest", "resident", "medic", "surgeon", "dad", "mum",
        "son", "daughter", "brother", "sister", "husband", "wife", "neighbour", "neighbor", "insider", "organiser", "organizer", "candidate",
        "nominee", "hopeful", "frontrunner", "front-runner", "contender", "challenger", "incumbent", "congressman", "congresswoman",
        "billionaire", "mogul", "tycoon", "magnate", "businessman", "businesswoman", "developer", "entrepreneur", "star", "strategist", "lady");

    /// <summary>Plural nouns that do not end in -s.</summary>
    public static readonly WordSet PluralNouns = new(20, "people", "police", "staff", "children", "men", "women", "personnel", "media", "crew");

    private static readonly Dictionary<string, ulong> Masks = BuildMasks();
    private static readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> MaskLookup = Masks.GetAlternateLookup<ReadOnlySpan<char>>();

    // Every word of every sentence is looked up once, and most content words are in no set: the prefilter rules them out
    // without hashing them.
    private static readonly KeyPrefilter MaskPrefilter = new(Masks.Keys, StringComparison.Ordinal);

    /// <summary>The grammar mask of a normalised word: the bits of every set above that holds it.</summary>
    public static ulong MaskOf(ReadOnlySpan<char> word) => MaskPrefilter.MayContain(word) && MaskLookup.TryGetValue(word, out var mask) ? mask : 0;

    /// <summary>The bits of several registered sets together, for <see cref="SentenceView.InAny"/>.</summary>
    public static ulong Bits(params WordSet[] sets)
    {
        ulong bits = 0;
        foreach (var set in sets)
        {
            if (set.Mask == 0) throw new ArgumentException("The set has no grammar bit.", nameof(sets));
            bits |= set.Mask;
        }
        return bits;
    }

    private static Dictionary<string, ulong> BuildMasks()
    {
        var masks = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var set in new[] { Determiners, NounGuards, Prepositions, Subordinators, BeForms, Auxiliaries, Adverbs, LyNouns, SubjectPronouns, ObjectPronouns, NotSources, Discourse, Weekdays, TimeWords, MediumWords, OrgNouns, Honorifics, MaleWords, FemaleWords, PersonNouns, PluralNouns })
        {
            foreach (var word in set.Words) masks[word] = masks.GetValueOrDefault(word) | set.Mask;
        }
        return masks;
    }
}
