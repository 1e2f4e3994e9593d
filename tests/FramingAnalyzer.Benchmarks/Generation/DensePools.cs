using System.Reflection;

namespace FramingAnalyzer.Benchmarks.Generation;

/// <summary>
/// The word and phrase pools of the dense style, read once from the embedded <c>dense-pools.txt</c>: one entry per
/// line under <c>[section]</c> headers. The pools are read-only, so article writers share them across threads.
/// </summary>
public sealed class DensePools
{
    private const string ResourceName = "FramingAnalyzer.Benchmarks.Generation.dense-pools.txt";
    private static readonly Lazy<DensePools> Embedded = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    private readonly Dictionary<string, string[]> _sections;

    private DensePools(Dictionary<string, string[]> sections) => _sections = sections;

    /// <summary>The pools shipped with the harness.</summary>
    public static DensePools Default => Embedded.Value;

    /// <summary>The entries of one pool; throws when the pool is missing or empty.</summary>
    public string[] this[string section] =>
        _sections.TryGetValue(section, out var entries) && entries.Length > 0
            ? entries
            : throw new InvalidDataException($"dense-pools.txt: no entries under [{section}].");

    public static DensePools Parse(string text)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                var name = line[1..^1];
                if (!sections.TryGetValue(name, out current)) sections[name] = current = [];
                continue;
            }
            if (current is null) throw new InvalidDataException($"dense-pools.txt: entry before any [section]: {line}");
            current.Add(line);
        }
        return new DensePools(sections.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
    }
}
