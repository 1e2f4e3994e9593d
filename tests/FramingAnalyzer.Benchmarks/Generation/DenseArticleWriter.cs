using System.Globalization;
using System.Text;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Benchmarks.Generation;

/// <summary>
/// Writes one article in the density of wire copy (<see cref="CorpusStyle.Dense"/>): section label, headline, lede and
/// byline (the four opening lines the page-layout stage expects), then about 31 more sentences in paragraphs of one or
/// two sentences. About 85% of the sentences are attributed, in the constructions news copy mixes: quote-led
/// (<c>"…," Name said.</c>, <c>"…," said Name, the title of Org.</c>), verb-led with a that-clause, <c>Name said: "…"</c>,
/// a quote continued over two sentences, <c>According to Org, …</c>, <c>…, Name told reporters on Tuesday.</c>,
/// <c>Org officials said …</c>, anonymous sources, statements and partial quotes inside clauses; the rest are
/// background sentences in the outlet's own voice with numbers and dates.
/// </summary>
/// <remarks>
/// Everything comes from <see cref="DensePools"/> and two seeded streams: the story's (headline, place, organisation and
/// two speakers, shared by every outlet's article on the story) and the article's own. A speaker is introduced with
/// full name and description at first mention and by surname afterwards.
/// </remarks>
public sealed class DenseArticleWriter
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>Relative weights of the constructions; a continued quote is two sentences, the rest one.</summary>
    private static readonly (Construction Kind, int Weight)[] Mix =
    [
        (Construction.QuoteLed, 14), (Construction.QuoteLedInverted, 8), (Construction.VerbLedThat, 12),
        (Construction.AccordingTo, 7), (Construction.ClauseThenVenue, 8), (Construction.Colon, 5),
        (Construction.ContinuedQuote, 7), (Construction.Officials, 7), (Construction.Anonymous, 5),
        (Construction.PartialQuote, 6), (Construction.Statement, 5), (Construction.Background, 14),
    ];
    private static readonly int TotalWeight = Mix.Sum(m => m.Weight);

    private enum Construction
    {
        QuoteLed, QuoteLedInverted, VerbLedThat, AccordingTo, ClauseThenVenue, Colon, ContinuedQuote, Officials,
        Anonymous, PartialQuote, Statement, Background,
    }

    private sealed class Person(string first, string last, bool female, string description)
    {
        public string Full => $"{first} {last}";
        public string Last => last;
        public bool Female => female;
        public string Description => description;
        public bool Introduced { get; set; }
    }

    private readonly DensePools _pools;
    private readonly SeededRandom _random;
    private readonly string _place;
    private readonly string _org;
    private readonly List<Person> _cast = [];
    private readonly Dictionary<string, HashSet<int>> _used = new(StringComparer.Ordinal);
    private Person? _lastSpeaker;

    private DenseArticleWriter(DensePools pools, SeededRandom story, SeededRandom random)
    {
        _pools = pools;
        _random = random;
        _place = Pick(story, "place");
        _org = Pick(story, "org");
        // Two speakers shared by the story's articles in every outlet, then three to five of the article's own.
        _cast.Add(NewPerson(story, official: true));
        _cast.Add(NewPerson(story, official: story.Next(2) == 0));
        int own = 3 + random.Next(3);
        for (int k = 0; k < own; k++) _cast.Add(NewPerson(random, official: random.Next(3) != 0));
        var opening = Pick(story, "story").Split(" | ", 2);
        Headline = Fill(opening[0], story);
        Lede = Fill(opening[1], story);
    }

    public string Headline { get; }
    public string Lede { get; }

    /// <summary>
    /// Composes an article: returns its headline (for the front matter) and appends the body (opening lines, blank
    /// line, paragraphs separated by blank lines, no trailing newline) to <paramref name="body"/>.
    /// </summary>
    public static string Write(DensePools pools, SeededRandom story, SeededRandom random, string outlet, string section,
        DateOnly date, StringBuilder body)
    {
        var writer = new DenseArticleWriter(pools, story, random);
        writer.WriteBody(outlet, section, date, body);
        return writer.Headline;
    }

    private void WriteBody(string outlet, string section, DateOnly date, StringBuilder body)
    {
        var reporter = $"{Pick(_random.Next(2) == 0 ? "female" : "male")} {Pick("surname")}";
        body.Append(section).Append('\n')
            .Append(Headline).Append('\n')
            .Append(Lede).Append('\n')
            .Append("By ").Append(reporter).Append(_random.Next(2) == 0 ? ", " + outlet : "").Append("\n\n");

        int target = 29 + _random.Next(5); // body sentences after headline and lede: 29–33, mean 31
        var paragraph = new List<string>(2);
        bool dateline = _random.Next(2) == 0;
        void Flush()
        {
            if (paragraph.Count == 0) return;
            if (dateline)
            {
                body.Append(_place.ToUpperInvariant()).Append(", ")
                    .Append(date.ToString("MMMM d", CultureInfo.InvariantCulture)).Append(" (").Append(outlet).Append(") - ");
                dateline = false;
            }
            body.AppendJoin(' ', paragraph).Append("\n\n");
            paragraph.Clear();
        }
        for (int sentences = 0; sentences < target;)
        {
            var written = Sentence(PickConstruction());
            sentences += written.Count;
            if (written.Count > 1)
            {
                // A quote continued over two sentences is a paragraph of its own.
                Flush();
                paragraph.AddRange(written);
                Flush();
                continue;
            }
            paragraph.Add(written[0]);
            if (paragraph.Count == 2 || _random.Next(10) >= 4 || sentences >= target) Flush();
        }
        Flush();
        body.Length -= 2;
    }

    private Construction PickConstruction()
    {
        int r = _random.Next(TotalWeight);
        foreach (var (kind, weight) in Mix)
        {
            if (r < weight) return kind;
            r -= weight;
        }
        return Construction.Background;
    }

    private List<string> Sentence(Construction kind)
    {
        switch (kind)
        {
            case Construction.QuoteLed:
            {
                var (quote, speaker) = (Quote(), Speaker());
                var who = Pronoun(speaker) ?? Mention(speaker, subject: true);
                var verb = Pick("verb");
                return [_random.Next(2) == 0 && verb != "added"
                    ? $"\"{QuoteAsLead(quote)}\" {who} {verb}, adding that {Clause(reported: true)}."
                    : $"\"{QuoteAsLead(quote)}\" {who} {verb}."];
            }
            case Construction.QuoteLedInverted:
            {
                var (quote, speaker) = (Quote(), Speaker());
                return [$"\"{QuoteAsLead(quote)}\" said {Mention(speaker, subject: false)}."];
            }
            case Construction.VerbLedThat:
            {
                var speaker = Speaker();
                var verb = Pick("thatverb");
                var that = verb == "said" && _random.Next(3) == 0 ? "" : "that ";
                if (verb == "said" && _random.Next(3) == 0) that = $"on {Slot("day", _random)} that ";
                var lead = $"{Mention(speaker, subject: true)} {verb} {that}{Clause(reported: true)}";
                return [_random.Next(10) < 3 ? $"{lead} and that {Clause()}." : $"{lead}."];
            }
            case Construction.AccordingTo:
                return [_random.Next(4) switch
                {
                    0 => $"{Capital(Clause())}, according to {Org()}.",
                    1 => $"According to figures from {Org()}, {Clause()}.",
                    2 => $"According to {Mention(Speaker(), subject: false)}, {Clause()}.",
                    _ => $"According to {Org()}, {Clause()}.",
                }];
            case Construction.ClauseThenVenue:
                return [$"{Capital(Clause())}, {Mention(Speaker(), subject: true)} {Fill(Pick("venue"))}."];
            case Construction.Colon:
                return [$"{Mention(Speaker(), subject: true)} said: \"{Quote()}\""];
            case Construction.ContinuedQuote:
            {
                var speaker = Speaker();
                var who = Pronoun(speaker) ?? Mention(speaker, subject: true);
                return [$"\"{QuoteAsLead(Quote())}\" {who} said.", $"\"{Pick("continued")}\""];
            }
            case Construction.Officials:
                return [_random.Next(3) == 0
                    ? $"Officials at {Org()} said {Clause(reported: true)}."
                    : $"{Pick("group")} officials said {(_random.Next(2) == 0 ? $"on {Slot("day", _random)} that " : "")}{Clause(reported: true)}."];
            case Construction.Anonymous:
            {
                var source = Pick("anonymous");
                return [_random.Next(3) switch
                {
                    0 => $"{Capital(Clause())}, {source} said.",
                    1 => $"According to {source}, {Clause()}.",
                    _ => $"{Capital(source)} said {Clause(reported: true)}.",
                }];
            }
            case Construction.PartialQuote:
            {
                var speaker = Speaker();
                var partial = Pick("partial");
                if (_random.Next(3) == 0)
                {
                    return [$"{Mention(speaker, subject: true)} said the plan was \"{partial}\" and that {Clause()}."];
                }
                var frame = Pick("partialframe").Replace("{speaker}", Mention(speaker, subject: true), StringComparison.Ordinal)
                    .Replace("{partial}", partial, StringComparison.Ordinal);
                return [_random.Next(2) == 0 ? $"{frame}, saying {Clause()}." : $"{frame}."];
            }
            case Construction.Statement:
                return [_random.Next(2) == 0
                    ? $"In a statement, {Org()} said {Clause(reported: true)}."
                    : $"{Capital(Org())} {Fill(Pick("statementverb"))} that {Clause(reported: true)}."];
            default:
                return [Fill(PickUnused("background"))];
        }
    }

    /// <summary>A speaker: the last one again a quarter of the time (so pronouns and continued quotes occur), else any of the cast.</summary>
    private Person Speaker()
    {
        var speaker = _lastSpeaker is not null && _random.Next(4) == 0 ? _lastSpeaker : _cast[_random.Next(_cast.Count)];
        return speaker;
    }

    /// <summary>"she"/"he" when the speaker spoke in the previous attributed sentence (half the time), else null.</summary>
    private string? Pronoun(Person speaker)
    {
        if (!ReferenceEquals(speaker, _lastSpeaker) || _random.Next(2) == 0) return null;
        return speaker.Female ? "she" : "he";
    }

    /// <summary>
    /// Full name with its description at first mention (<c>Name, the title of Org</c>, with a closing comma when the
    /// mention is the subject of a following verb), surname afterwards.
    /// </summary>
    private string Mention(Person speaker, bool subject)
    {
        _lastSpeaker = speaker;
        if (speaker.Introduced) return speaker.Last;
        speaker.Introduced = true;
        return subject ? $"{speaker.Full}, {speaker.Description}," : $"{speaker.Full}, {speaker.Description}";
    }

    private Person NewPerson(SeededRandom random, bool official)
    {
        bool female = random.Next(2) == 0;
        var first = Pick(random, female ? "female" : "male");
        var last = Pick(random, "surname");
        string description;
        if (official)
        {
            var title = Pick(random, "title");
            if (title == "spokesman" && female) title = "spokeswoman";
            if (title == "spokeswoman" && !female) title = "spokesman";
            var org = Pick(random, "org");
            description = title.StartsWith("spokes", StringComparison.Ordinal) ? $"a {title} for {org}" : $"the {title} of {org}";
        }
        else
        {
            description = Pick(random, "role");
        }
        return new Person(first, last, female, description);
    }

    /// <summary>A quote, three times in four lengthened by a tail before its final stop.</summary>
    private string Quote()
    {
        var quote = PickUnused("quote");
        return quote.EndsWith('.') && _random.Next(4) != 0 ? quote[..^1] + Pick("quotetail") + "." : quote;
    }

    /// <summary>
    /// A clause, 85% of the time lengthened by a tail; tails that continue a report (<c>and that …</c>) only where the
    /// clause is itself reported (<paramref name="reported"/>).
    /// </summary>
    private string Clause(bool reported = false)
    {
        var clause = Fill(PickUnused("clause"));
        if (_random.Next(20) >= 17) return clause;
        var tail = Pick("tail");
        while (!reported && (tail.StartsWith("and that", StringComparison.Ordinal) || tail.StartsWith("but that", StringComparison.Ordinal)))
        {
            tail = Pick("tail");
        }
        return $"{clause}, {Fill(tail)}";
    }

    private string Org() => _random.Next(3) == 0 ? _org : Pick("org");

    private static string QuoteAsLead(string quote) => quote.EndsWith('.') ? quote[..^1] + "," : quote;

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private string Pick(string section) => Pick(_random, section);

    private string Pick(SeededRandom random, string section)
    {
        var pool = _pools[section];
        return pool[random.Next(pool.Length)];
    }

    /// <summary>An entry not yet used in this article (a few tries, then any).</summary>
    private string PickUnused(string section)
    {
        var pool = _pools[section];
        if (!_used.TryGetValue(section, out var used)) _used[section] = used = [];
        int pick = _random.Next(pool.Length);
        for (int tries = 0; tries < 8 && used.Contains(pick); tries++) pick = _random.Next(pool.Length);
        used.Add(pick);
        return pool[pick];
    }

    private string Fill(string template) => Fill(template, _random);

    /// <summary>Replaces the <c>{slot}</c>s of a pool entry; a template that starts with a slot is capitalised.</summary>
    private string Fill(string template, SeededRandom random)
    {
        if (!template.Contains('{', StringComparison.Ordinal)) return template;
        var text = new StringBuilder(template.Length + 32);
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            if (open < 0) { text.Append(template, i, template.Length - i); break; }
            int close = template.IndexOf('}', open);
            text.Append(template, i, open - i);
            text.Append(Slot(template[(open + 1)..close], random));
            i = close + 1;
        }
        return template[0] == '{' ? Capital(text.ToString()) : text.ToString();
    }

    private string Slot(string slot, SeededRandom random) => slot switch
    {
        "place" => _place,
        "place2" => Pick(random, "place"),
        "org" => _org,
        "org2" => Pick(random, "org"),
        "group" => Pick(random, "group"),
        "n" => (2 + random.Next(59)).ToString(CultureInfo.InvariantCulture),
        "big" => ((10 + random.Next(941)) * 100).ToString("N0", CultureInfo.InvariantCulture),
        "pct" => ((15 + random.Next(366)) / 10.0).ToString("F1", CultureInfo.InvariantCulture),
        "money" => random.Next(3) == 0
            ? "$" + ((11 + random.Next(89)) / 10.0).ToString("F1", CultureInfo.InvariantCulture) + " billion"
            : "$" + (12 + random.Next(939)).ToString(CultureInfo.InvariantCulture) + " million",
        "year" => (2009 + random.Next(16)).ToString(CultureInfo.InvariantCulture),
        "month" => Months[random.Next(Months.Length)],
        "day" => Days[random.Next(Days.Length)],
        _ => throw new InvalidDataException($"dense-pools.txt: unknown slot {{{slot}}}."),
    };
}
