using System.Collections;

namespace FramingAnalyzer.Analysis;

/// <summary>An analyzer's sentence columns in table order; each <see cref="Add"/> returns the handle to write that column.</summary>
public sealed class SentenceColumnList : IReadOnlyList<string>
{
    private readonly List<string> _names = [];

    public SentenceColumn Add(string name)
    {
        if (_names.Contains(name)) throw new ArgumentException($"The sentence column '{name}' is declared twice.", nameof(name));
        _names.Add(name);
        return new SentenceColumn(_names.Count - 1);
    }

    public string this[int index] => _names[index];
    public int Count => _names.Count;
    public IEnumerator<string> GetEnumerator() => _names.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
