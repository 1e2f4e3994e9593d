using System.Runtime.InteropServices;
using System.Text;

namespace FramingAnalyzer.Aggregation;

/// <summary>
/// One <see cref="StoryTally"/> per (outlet, story), for story-matched comparisons. A real archive has a story for every
/// few dozen articles, so the tallies are held in memory only up to <see cref="MemoryLimit"/> and then spilled to
/// temporary files, one per bucket of stories (by a hash of the story key); <see cref="Stories"/> reads one bucket at a
/// time. The order of <see cref="Stories"/> (bucket, then story) and every tally depend only on the articles added, not
/// on their order, on the limit or on how the corpus was sharded.
/// </summary>
public sealed class StoryLedger(int metricCount, int memoryLimit = StoryLedger.DefaultMemoryLimit) : IDisposable
{
    public const int DefaultMemoryLimit = 4096;
    public const int Buckets = 64;

    private readonly Dictionary<(string Outlet, string Story), StoryTally> _inMemory = [];
    private SpillFile[]? _spill;

    public int MetricCount { get; } = metricCount;
    public int MemoryLimit { get; } = memoryLimit;
    /// <summary>Whether tallies have been written to temporary files.</summary>
    public bool HasSpilled => _spill is not null;

    /// <param name="values">All of the article's metric values.</param>
    /// <param name="metrics">Which of them the tallies keep (schema indexes), in order.</param>
    public void Add(string outlet, string story, double[] values, int[] metrics)
    {
        ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(_inMemory, (outlet, story), out _);
        tally ??= new StoryTally(MetricCount);
        tally.Add(values, metrics);
        if (_inMemory.Count > MemoryLimit) Spill();
    }

    /// <summary>Adds a copy of <paramref name="tally"/> (never shares it).</summary>
    public void Add(string outlet, string story, StoryTally tally)
    {
        ref var mine = ref CollectionsMarshal.GetValueRefOrAddDefault(_inMemory, (outlet, story), out _);
        mine ??= new StoryTally(MetricCount);
        mine.Merge(tally);
        if (_inMemory.Count > MemoryLimit) Spill();
    }

    public void Merge(StoryLedger other)
    {
        foreach (var story in other.Stories())
        {
            foreach (var (outlet, tally) in story.Outlets) Add(outlet, story.Story, tally);
        }
    }

    /// <summary>Every story with the tallies of the outlets that covered it (in ordinal order of outlet), bucket by bucket.</summary>
    public IEnumerable<StoryCoverage> Stories()
    {
        var inMemory = new List<KeyValuePair<(string Outlet, string Story), StoryTally>>[Buckets];
        foreach (var entry in _inMemory) (inMemory[BucketOf(entry.Key.Story)] ??= []).Add(entry);
        for (int b = 0; b < Buckets; b++)
        {
            var stories = new Dictionary<string, SortedDictionary<string, StoryTally>>(StringComparer.Ordinal);
            if (_spill is not null)
            {
                foreach (var (outlet, story, tally) in _spill[b].ReadAll(MetricCount))
                {
                    var outlets = Of(stories, story);
                    if (outlets.TryGetValue(outlet, out var existing)) existing.Merge(tally);
                    else outlets[outlet] = tally;
                }
            }
            foreach (var ((outlet, story), tally) in inMemory[b] ?? [])
            {
                var outlets = Of(stories, story);
                if (outlets.TryGetValue(outlet, out var spilled)) spilled.Merge(tally); // a tally read from disk: ours to change
                else outlets[outlet] = tally;
            }
            foreach (var story in stories.Keys.Order(StringComparer.Ordinal))
            {
                yield return new StoryCoverage(story, [.. stories[story]]);
            }
        }
    }

    private static SortedDictionary<string, StoryTally> Of(Dictionary<string, SortedDictionary<string, StoryTally>> stories, string story)
    {
        if (!stories.TryGetValue(story, out var outlets)) stories[story] = outlets = new SortedDictionary<string, StoryTally>(StringComparer.Ordinal);
        return outlets;
    }

    private static int BucketOf(string story) => (int)(PoissonWeights.Hash(story) % Buckets);

    private void Spill()
    {
        if (_spill is null)
        {
            var spill = new SpillFile[Buckets];
            for (int b = 0; b < Buckets; b++) spill[b] = new SpillFile();
            _spill = spill;
        }
        foreach (var ((outlet, story), tally) in _inMemory) _spill[BucketOf(story)].Write(outlet, story, tally);
        _inMemory.Clear();
    }

    public void Dispose()
    {
        if (_spill is null) return;
        foreach (var file in _spill) file.Dispose();
        _spill = null;
    }

    /// <summary>A temporary file of tally records, removed from the file system as soon as it is open.</summary>
    private sealed class SpillFile : IDisposable
    {
        private readonly FileStream _stream;
        private readonly BinaryWriter _writer;

        public SpillFile()
        {
            var path = Path.Combine(Path.GetTempPath(), $"framing-stories-{Guid.NewGuid():N}.tmp");
            _stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete, 16 * 1024, FileOptions.DeleteOnClose);
            try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { } // removed at close instead
            _writer = new BinaryWriter(_stream, Encoding.UTF8, leaveOpen: true);
        }

        public void Write(string outlet, string story, StoryTally tally)
        {
            _writer.Write(outlet);
            _writer.Write(story);
            for (int m = 0; m < tally.Counts.Length; m++)
            {
                _writer.Write7BitEncodedInt64(tally.Counts[m]);
                _writer.Write7BitEncodedInt64(tally.Sums[m]);
            }
        }

        public IEnumerable<(string Outlet, string Story, StoryTally Tally)> ReadAll(int metricCount)
        {
            _writer.Flush();
            long end = _stream.Position;
            _stream.Position = 0;
            try
            {
                using var reader = new BinaryReader(_stream, Encoding.UTF8, leaveOpen: true);
                while (_stream.Position < end)
                {
                    string outlet = reader.ReadString(), story = reader.ReadString();
                    var tally = new StoryTally(metricCount);
                    for (int m = 0; m < metricCount; m++)
                    {
                        tally.Counts[m] = reader.Read7BitEncodedInt64();
                        tally.Sums[m] = reader.Read7BitEncodedInt64();
                    }
                    yield return (outlet, story, tally);
                }
            }
            finally
            {
                _stream.Position = end;
            }
        }

        public void Dispose()
        {
            _writer.Dispose();
            _stream.Dispose();
        }
    }
}

/// <summary>One story and the tallies of the outlets that covered it, in ordinal order of outlet.</summary>
public sealed record StoryCoverage(string Story, KeyValuePair<string, StoryTally>[] Outlets);
