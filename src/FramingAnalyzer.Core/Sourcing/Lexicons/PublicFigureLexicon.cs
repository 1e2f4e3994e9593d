using System.Globalization;
using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Model;
using FramingAnalyzer.Resources;

namespace FramingAnalyzer.Sourcing;

/// <summary>One period of a public figure's public life: the type and side a source of that name has from
/// <see cref="From"/> to <see cref="To"/> (both days included; null for open).</summary>
public sealed record PublicFigureRole(string SourceType, string Affiliation, DateOnly? From, DateOnly? To)
{
    public bool Covers(DateOnly day) => (From is null || From.Value <= day) && (To is null || day <= To.Value);
}

/// <summary>The days at which public figures' roles are read: an article's own day (<see cref="From"/> = <see cref="To"/>), or
/// the period an undated corpus covers (<c>--undated-as 2017-01-01..2020-12-31</c>).</summary>
public readonly record struct DayRange(DateOnly From, DateOnly To)
{
    public static DayRange Of(DateOnly day) => new(day, day);

    /// <summary>"2018-07-01" or "2017-01-01..2020-12-31"; null when the text is neither or the period ends before it starts.</summary>
    public static DayRange? Parse(string text)
    {
        var parts = text.Split("..");
        if (parts.Length is not (1 or 2)) return null;
        if (!TryDay(parts[0], out var from)) return null;
        if (parts.Length == 1) return Of(from);
        return TryDay(parts[1], out var to) && to >= from ? new DayRange(from, to) : null;
    }

    private static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public override string ToString() => From == To
        ? From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : $"{From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}

/// <summary>A well-known person of the public-figures list with the periods of their public life, sorted by start.</summary>
public sealed class PublicFigure
{
    internal PublicFigure(string name, string? surname)
    {
        Name = name;
        Surname = surname;
    }

    /// <summary>The name as the list writes it ("Angela Merkel").</summary>
    public string Name { get; }
    /// <summary>The word a short mention uses, normalised: the last word of the name ("merkel") unless the row says
    /// otherwise ("xi" for Xi Jinping), or null when a surname alone must not name the person ("Kim Jong Un").</summary>
    internal string? Surname { get; }
    internal List<PublicFigureRole> Roles { get; } = [];

    /// <summary>
    /// The role the person has on <paramref name="day"/>: of the rows that cover the day, the one that started last (a
    /// governor who becomes a vice-presidential nominee is typed as the nominee). For an undated article (null), the
    /// type every row agrees on, with the affiliation when they agree on that too (else unknown); null when the rows
    /// disagree on the type, so that an undated "Trump said" is not typed by one of several offices.
    /// </summary>
    public PublicFigureRole? RoleAt(DateOnly? day) => RoleAt(day is { } d ? DayRange.Of(d) : null);

    /// <summary>
    /// As <see cref="RoleAt(DateOnly?)"/>, over a period: the role that the day rule gives on more of its days than any
    /// other (ties to the later role), among the days the list gives the person a role at all: from 2017 to 2020, Trump is
    /// a president and Biden a candidate; a mayor who took office in 2019 is a mayor. Null when no role overlaps the period.
    /// </summary>
    public PublicFigureRole? RoleAt(DayRange? days) => RoleAt(days, null);

    /// <summary>
    /// As <see cref="RoleAt(DayRange?)"/>; over a period, a role of <paramref name="titledType"/> (the type of a title
    /// the article gives the person: "Interior Minister Matteo Salvini") that the person held on some of its days wins
    /// over the role held longest: the title says which of them the undated article was written in.
    /// </summary>
    public PublicFigureRole? RoleAt(DayRange? days, string? titledType)
    {
        if (days is { } range && range.From != range.To)
        {
            // The days where the rows start or end cut the period into stretches with one role each.
            var cuts = new SortedSet<DateOnly> { range.From };
            foreach (var role in Roles)
            {
                if (role.From is { } f && f > range.From && f <= range.To) cuts.Add(f);
                if (role.To is { } t && t >= range.From && t < range.To) cuts.Add(t.AddDays(1));
            }
            var bounds = cuts.ToList();
            var daysOf = new Dictionary<PublicFigureRole, int>();
            for (int i = 0; i < bounds.Count; i++)
            {
                int length = (i + 1 < bounds.Count ? bounds[i + 1].DayNumber : range.To.DayNumber + 1) - bounds[i].DayNumber;
                if (RoleAt(DayRange.Of(bounds[i])) is { } held) daysOf[held] = daysOf.GetValueOrDefault(held) + length;
            }
            PublicFigureRole? longest = null;
            foreach (var role in Roles)
            {
                if (daysOf.TryGetValue(role, out int n) && (longest is null || n >= daysOf[longest])) longest = role;
            }
            if (titledType is not null && longest is not null && longest.SourceType != titledType)
            {
                PublicFigureRole? titled = null;
                foreach (var role in Roles)
                {
                    if (role.SourceType == titledType && daysOf.TryGetValue(role, out int n) && (titled is null || n >= daysOf[titled])) titled = role;
                }
                return titled ?? longest;
            }
            return longest;
        }
        if (days is { From: var d })
        {
            PublicFigureRole? found = null;
            foreach (var role in Roles)
            {
                if (role.Covers(d) && (found is null || (role.From ?? DateOnly.MinValue) >= (found.From ?? DateOnly.MinValue))) found = role;
            }
            return found;
        }
        var first = Roles[0];
        if (Roles.Any(r => r.SourceType != first.SourceType)) return null;
        var affiliation = Roles.All(r => r.Affiliation == first.Affiliation) ? first.Affiliation : SourceClass.UnknownAffiliation;
        return new PublicFigureRole(first.SourceType, affiliation, null, null);
    }
}

/// <summary>
/// Well-known public people with their roles over time (<c>public_figures.csv</c>:
/// name,aliases,source_type,affiliation,from,to, optional surname; one row per person and period). Full names and the
/// aliases (separated by |: "hillary rodham clinton|hillary clinton") are matched as whole tokens through a token trie;
/// the surname (the last word of the name unless the surname column gives another word, or "-" for none) and one-word
/// aliases ("assad") form the surname index the classifier reads when an article names a person by one word only. A corpus's own file (<c>.framing/public_figures.csv</c>) is read first and its people replace
/// the shipped rows of the same name; <c>--figures</c> replaces the shipped file.
/// </summary>
public sealed class PublicFigureLexicon
{
    public const string FileName = "public_figures.csv";

    private static readonly Lazy<PublicFigureLexicon> ShippedValue = new(() => Load([ToolData.Lexicon(FileName)]));

    private readonly PhraseTrie<PublicFigure> _names;
    private readonly HashSet<string> _fullNames;
    private readonly Dictionary<string, PublicFigure[]> _surnames;
    private readonly Dictionary<string, PublicFigure[]>.AlternateLookup<ReadOnlySpan<char>> _surnameLookup;

    private PublicFigureLexicon(IReadOnlyList<string> paths, PhraseTrie<PublicFigure> names, HashSet<string> fullNames,
        Dictionary<string, PublicFigure[]> surnames, int people, IReadOnlyList<string> affiliations)
    {
        Paths = paths;
        _names = names;
        _fullNames = fullNames;
        _surnames = surnames;
        _surnameLookup = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        PeopleCount = people;
        Affiliations = affiliations;
    }

    /// <summary>The shipped list (corpora/lexicons/public_figures.csv).</summary>
    public static PublicFigureLexicon Shipped => ShippedValue.Value;

    /// <summary>A list with nobody in it.</summary>
    public static PublicFigureLexicon Empty { get; } = new([], new PhraseTrie<PublicFigure>(), [], new Dictionary<string, PublicFigure[]>(StringComparer.Ordinal), 0, []);

    public IReadOnlyList<string> Paths { get; }
    public int PeopleCount { get; }
    /// <summary>The distinct affiliations of the rows, sorted (ordinal).</summary>
    public IReadOnlyList<string> Affiliations { get; }

    /// <summary>Several files as one list; a person (by name) in an earlier file keeps only that file's rows.</summary>
    public static PublicFigureLexicon Load(IReadOnlyList<string> paths)
    {
        var people = new Dictionary<string, PublicFigure>(StringComparer.OrdinalIgnoreCase);
        var names = new PhraseTrie<PublicFigure>();
        var fullNames = new HashSet<string>(StringComparer.Ordinal);
        var surnames = new Dictionary<string, List<PublicFigure>>(StringComparer.Ordinal);
        var affiliations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var ownedHere = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (line, field) in LexiconFileReader.Rows(path, "name", "aliases", "source_type", "affiliation", "from", "to"))
            {
                var name = LexiconRows.Required(path, line, field, "name");
                var typeText = LexiconRows.Required(path, line, field, "source_type");
                var affiliationText = LexiconRows.Required(path, line, field, "affiliation");
                var type = LexiconText.Normalise(typeText);
                var affiliation = LexiconText.Normalise(affiliationText);
                if (!SourceTypes.IsKnown(type) || type == SourceTypes.Unknown)
                {
                    throw new LexiconException($"{path}:{line}: unknown source_type '{typeText}'; expected one of {string.Join(", ", SourceTypes.All.Where(t => t != SourceTypes.Unknown))}.");
                }
                if (!ReportingVerbLexicon.IsIdentifier(affiliation))
                {
                    throw new LexiconException($"{path}:{line}: the affiliation '{affiliationText}' must be a lowercase word (letters, digits, _), e.g. democratic_party or france.");
                }
                var from = Day(path, line, field, "from");
                var to = Day(path, line, field, "to");
                if (from is { } f && to is { } t && t < f) throw new LexiconException($"{path}:{line}: 'to' ({field("to")}) is before 'from' ({field("from")}).");
                var nameTokens = LexiconText.PatternTokens(name);
                if (nameTokens.Length == 0) throw new LexiconException($"{path}:{line}: the name has no words.");

                if (!people.TryGetValue(name, out var person))
                {
                    var surnameText = field("surname");
                    var surname = surnameText.Length == 0 ? nameTokens[^1] : surnameText == "-" ? null : LexiconText.PatternTokens(surnameText) switch
                    {
                        [var one] => one,
                        _ => throw new LexiconException($"{path}:{line}: the surname '{surnameText}' must be one word, or '-' for none."),
                    };
                    person = new PublicFigure(name, surname);
                    people[name] = person;
                    ownedHere.Add(name);
                    if (nameTokens.Length > 1)
                    {
                        names.Add(nameTokens, person);
                        fullNames.Add(string.Join(' ', nameTokens));
                    }
                    if (surname is not null) Index(surnames, surname, person);
                }
                else if (!ownedHere.Contains(name))
                {
                    continue; // an earlier (corpus) file has this person: the later rows are not read
                }
                foreach (var alias in field("aliases").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var aliasTokens = LexiconText.PatternTokens(alias);
                    if (aliasTokens.Length == 0) throw new LexiconException($"{path}:{line}: the alias '{alias}' has no words.");
                    if (aliasTokens.Length == 1) Index(surnames, aliasTokens[0], person);
                    else
                    {
                        names.Add(aliasTokens, person);
                        fullNames.Add(string.Join(' ', aliasTokens));
                    }
                }
                person.Roles.Add(new PublicFigureRole(type, affiliation, from, to));
                affiliations.Add(affiliation);
            }
        }
        foreach (var person in people.Values) person.Roles.Sort((a, b) => (a.From ?? DateOnly.MinValue).CompareTo(b.From ?? DateOnly.MinValue));
        var index = surnames.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        return new PublicFigureLexicon(paths, names, fullNames, index, people.Count, affiliations.ToArray());
    }

    private static void Index(Dictionary<string, List<PublicFigure>> surnames, string key, PublicFigure person)
    {
        if (!surnames.TryGetValue(key, out var list)) surnames[key] = list = [];
        if (!list.Contains(person)) list.Add(person);
    }

    private static DateOnly? Day(string path, int line, Func<string, string> field, string column)
    {
        var text = field(column);
        if (text.Length == 0) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        throw new LexiconException($"{path}:{line}: the column '{column}' is '{text}', not a date written YYYY-MM-DD (or empty for open).");
    }

    /// <summary>The longest full name or multi-word alias starting at token <paramref name="start"/> (length in tokens, 0 when none).</summary>
    internal int Match(string normalisedText, Token[] tokens, int start, int limit, out PublicFigure person) =>
        _names.Match(normalisedText, tokens, start, limit, out person);

    /// <summary>Whether a name (any case) is a listed full name or multi-word alias.</summary>
    internal bool IsListedName(string name)
    {
        var tokens = LexiconText.PatternTokens(name);
        return tokens.Length > 1 && _fullNames.Contains(string.Join(' ', tokens));
    }

    /// <summary>The people whose surname (or one-word alias) is the word, or empty.</summary>
    internal PublicFigure[] WithSurname(ReadOnlySpan<char> word) => _surnameLookup.TryGetValue(word, out var found) ? found : [];
}
