using System.Text.RegularExpressions;
using FramingAnalyzer.Resources;

namespace FramingAnalyzer.Tests.Architecture;

/// <summary>
/// The rooms of the core library (its top-level folders, one namespace each) depend on each other without cycles, so
/// each can be read and changed from the rooms below it. Dependencies are read from the source: <c>using</c> directives
/// and qualified names (<c>FramingAnalyzer.Loaded.X</c> or <c>Loaded.X</c> inside the library).
/// </summary>
public class NamespaceDependencyTests
{
    private static readonly string CoreFolder = Path.Combine(ToolData.RepositoryRoot!, "src", "FramingAnalyzer.Core");

    internal static SortedDictionary<string, SortedSet<string>> RoomDependencies()
    {
        var rooms = Directory.GetDirectories(CoreFolder).Select(Path.GetFileName).Where(n => n is not ("bin" or "obj")).Cast<string>().ToHashSet();
        // A qualified name counts when it names a type the room declares ("Loaded.TermMatcher"), not a property that
        // happens to share a room's name ("document.Text.Length").
        var declared = rooms.ToDictionary(r => r, r => Directory.EnumerateFiles(Path.Combine(CoreFolder, r), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"\b(?:class|record|struct|interface|enum)\s+(\w+)").Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal));
        var qualified = new Regex(@"(?<![\w.])(?:FramingAnalyzer\.)?(" + string.Join("|", rooms) + @")\.([A-Z]\w*)", RegexOptions.Compiled);
        var graph = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var room in rooms) graph[room] = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var room in rooms)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(CoreFolder, room), "*.cs", SearchOption.AllDirectories))
            {
                foreach (var line in File.ReadLines(file))
                {
                    var trimmed = line.TrimStart();
                    if (trimmed.StartsWith("///", StringComparison.Ordinal) || trimmed.StartsWith("//", StringComparison.Ordinal)) continue;
                    if (trimmed.StartsWith("namespace ", StringComparison.Ordinal)) continue;
                    var usingMatch = Regex.Match(trimmed, @"^using (?:static )?FramingAnalyzer\.(\w+)");
                    if (usingMatch.Success && rooms.Contains(usingMatch.Groups[1].Value))
                    {
                        graph[room].Add(usingMatch.Groups[1].Value);
                        continue;
                    }
                    foreach (Match m in qualified.Matches(trimmed))
                    {
                        if (declared[m.Groups[1].Value].Contains(m.Groups[2].Value)) graph[room].Add(m.Groups[1].Value);
                    }
                }
            }
            graph[room].Remove(room);
        }
        return graph;
    }

    [Fact]
    public void Core_rooms_depend_on_each_other_without_cycles()
    {
        var graph = RoomDependencies();
        var cycles = StronglyConnected(graph).Where(c => c.Count > 1).Select(c => string.Join(" <-> ", c)).ToList();
        Assert.True(cycles.Count == 0, "namespace cycles among Core's folders: " + string.Join("; ", cycles));
    }

    [Fact]
    public void The_dependency_reader_sees_known_edges()
    {
        var graph = RoomDependencies();
        Assert.Contains("Learning", graph["Loaded"]);  // the loaded analyzer scores with a classifier
        Assert.Contains("Lexicons", graph["Sourcing"]); // the sourcing lexicons are read with the shared reader
        Assert.Contains("Model", graph["Pipeline"]);
    }

    [Fact]
    public void A_cycle_is_reported()
    {
        var graph = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal)
        {
            ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A"], ["D"] = ["A"],
        };
        var cycles = StronglyConnected(graph).Where(c => c.Count > 1).ToList();
        Assert.Single(cycles);
        Assert.Equal(["A", "B", "C"], cycles[0]);
    }

    /// <summary>Tarjan's strongly connected components; each component sorted by name.</summary>
    private static List<List<string>> StronglyConnected(SortedDictionary<string, SortedSet<string>> graph)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var result = new List<List<string>>();
        int next = 0;
        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in graph.GetValueOrDefault(v) ?? [])
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
            }
            if (low[v] != index[v]) return;
            var component = new List<string>();
            string x;
            do
            {
                x = stack.Pop();
                onStack.Remove(x);
                component.Add(x);
            } while (x != v);
            component.Sort(StringComparer.Ordinal);
            result.Add(component);
        }
        foreach (var v in graph.Keys) if (!index.ContainsKey(v)) Visit(v);
        return result;
    }
}
