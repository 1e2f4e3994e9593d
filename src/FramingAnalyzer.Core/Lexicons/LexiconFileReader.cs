using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace FramingAnalyzer.Lexicons;

/// <summary>Reads a lexicon CSV with a header; every malformed row is an error naming the file and line.</summary>
public static class LexiconFileReader
{
    public static IEnumerable<(int Line, Func<string, string> Field)> Rows(string path, params string[] requiredColumns)
    {
        if (!File.Exists(path)) throw new LexiconException($"{path}: lexicon file not found.");
        using var reader = new StreamReader(path);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader()) throw new LexiconException($"{path}: empty lexicon; expected columns {string.Join(", ", requiredColumns)}.");
        var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        foreach (var column in requiredColumns)
        {
            if (!header.Contains(column)) throw new LexiconException($"{path}:1: missing column '{column}' (expected {string.Join(", ", requiredColumns)}).");
        }
        while (csv.Read())
        {
            int line = csv.Parser.RawRow;
            var values = csv.Parser.Record ?? [];
            string Field(string name)
            {
                int i = Array.IndexOf(header, name);
                return i >= 0 && i < values.Length ? values[i].Trim() : "";
            }
            yield return (line, Field);
        }
    }
}

/// <summary>A lexicon file that cannot be used: a usage error naming file and line.</summary>
public sealed class LexiconException(string message) : Exception(message);
