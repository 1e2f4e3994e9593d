using FramingAnalyzer.Lexicons;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Words that make an unattributed sentence a claim of the outlet's own rather than background (<c>claim_markers.csv</c>:
/// pattern,marker), read by <see cref="SentenceFunctionRule"/> when no function model is available. Markers:
/// <c>evaluative</c> ("heroic", "so-called"), <c>causal</c> ("because", and two-word markers such as "led to" or
/// "responsible for"), <c>contested</c> ("propaganda", "allegedly") and <c>casualty</c> ("killed", "wounded": a claim only
/// with a number near it).
/// </summary>
public sealed class ClaimMarkers
{
    public static readonly string[] Markers = ["evaluative", "causal", "contested", "casualty"];

    internal const byte Claim = 1, Casualty = 2, PairEnd = 4;

    private readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _flags;
    private readonly Dictionary<string, WordSet>.AlternateLookup<ReadOnlySpan<char>> _pairFirsts;

    private ClaimMarkers(string path, Dictionary<string, byte> flags, Dictionary<string, WordSet> pairFirsts)
    {
        Path = path;
        _flags = flags.GetAlternateLookup<ReadOnlySpan<char>>();
        _pairFirsts = pairFirsts.GetAlternateLookup<ReadOnlySpan<char>>();
        PatternCount = flags.Count;
    }

    public string Path { get; }
    public int PatternCount { get; }

    public static ClaimMarkers Load(string path)
    {
        var flags = new Dictionary<string, byte>(StringComparer.Ordinal);
        var pairs = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (line, field) in LexiconFileReader.Rows(path, "pattern", "marker"))
        {
            var tokens = LexiconText.PatternTokens(LexiconRows.Required(path, line, field, "pattern"));
            var markerText = LexiconRows.Required(path, line, field, "marker");
            var marker = LexiconText.Normalise(markerText);
            if (!Markers.Contains(marker)) throw new LexiconException($"{path}:{line}: the marker '{markerText}' must be one of {string.Join(", ", Markers)}.");
            if (tokens.Length == 2 && marker == "causal")
            {
                if (!pairs.TryGetValue(tokens[1], out var firsts)) pairs[tokens[1]] = firsts = [];
                firsts.Add(tokens[0]);
                flags[tokens[1]] = (byte)(flags.GetValueOrDefault(tokens[1]) | PairEnd);
                continue;
            }
            if (tokens.Length != 1) throw new LexiconException($"{path}:{line}: a marker is one word (or two for a causal marker such as 'led to').");
            byte flag = marker == "casualty" ? Casualty : Claim;
            flags[tokens[0]] = (byte)(flags.GetValueOrDefault(tokens[0]) | flag);
        }
        if (flags.Count == 0) throw new LexiconException($"{path}: no claim markers (the file has only a header).");
        return new ClaimMarkers(path, flags, pairs.ToDictionary(p => p.Key, p => new WordSet([.. p.Value]), StringComparer.Ordinal));
    }

    /// <summary>The marker flags of a normalised word (<see cref="Claim"/>, <see cref="Casualty"/>, <see cref="PairEnd"/>), 0 when none.</summary>
    internal byte FlagsOf(ReadOnlySpan<char> word) => _flags.TryGetValue(word, out var flags) ? flags : (byte)0;

    /// <summary>True when <paramref name="first"/> <paramref name="second"/> is a two-word causal marker ("led to").</summary>
    internal bool IsPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        _pairFirsts.TryGetValue(second, out var firsts) && firsts.Contains(first);
}
