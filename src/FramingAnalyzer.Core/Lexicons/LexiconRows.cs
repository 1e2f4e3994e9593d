
namespace FramingAnalyzer.Lexicons;

/// <summary>Checks on the rows the shared <see cref="LexiconFileReader"/> yields for the sourcing lexicons.</summary>
internal static class LexiconRows
{
    /// <summary>The trimmed value of a column, or a <see cref="LexiconException"/> naming file, line and column when it is empty.</summary>
    public static string Required(string path, int line, Func<string, string> field, string column)
    {
        var value = field(column);
        if (value.Length == 0) throw new LexiconException($"{path}:{line}: the column '{column}' is empty.");
        return value;
    }
}
