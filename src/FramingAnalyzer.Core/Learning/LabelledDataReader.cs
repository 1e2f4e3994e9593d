using System.Globalization;
using System.Security.Cryptography;
using CsvHelper;
using CsvHelper.Configuration;

namespace FramingAnalyzer.Learning;

/// <summary>
/// Reads labelled CSV for a task and validates it: required columns present, every label known, no empty text,
/// at least two classes. Every problem names the file and line. Also hashes the data (SHA-256 over the normalised rows)
/// so a model can record exactly what it was trained on.
/// </summary>
public static class LabelledDataReader
{
    public static IReadOnlyList<LabelledExample> Read(ClassifierTask task, IReadOnlyList<string> paths, bool requireTwoClasses = true)
    {
        var examples = new List<LabelledExample>();
        foreach (var path in paths) examples.AddRange(ReadFile(task, path));
        if (examples.Count == 0) throw new TrainingDataException($"{string.Join(", ", paths)}: no labelled rows.");
        var classes = examples.Select(e => e.Label).Distinct().ToList();
        if (requireTwoClasses && classes.Count < 2)
        {
            throw new TrainingDataException($"{string.Join(", ", paths)}: every row has the label '{classes[0]}'; a classifier needs at least two classes.");
        }
        return examples;
    }

    private static List<LabelledExample> ReadFile(ClassifierTask task, string path)
    {
        if (!File.Exists(path)) throw new TrainingDataException($"{path}: file not found.");
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            BadDataFound = null,
            MissingFieldFound = null,
            TrimOptions = TrimOptions.None,
        };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader()) throw new TrainingDataException($"{path}: empty file; expected a header with columns {string.Join(", ", task.RequiredColumns)}.");
        var header = csv.HeaderRecord!.Select(h => h.Trim()).ToArray();
        int Column(string name)
        {
            int index = Array.FindIndex(header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw new TrainingDataException($"{path}:1: missing column '{name}' for task {task.Name} (expected {string.Join(", ", task.RequiredColumns)}; found {string.Join(", ", header)}).");
            }
            return index;
        }
        int text = Column(task.TextColumn), label = Column(ClassifierTask.LabelColumn);
        int context = task.ContextColumn is null ? -1 : Column(task.ContextColumn);
        int group = Array.FindIndex(header, h => string.Equals(h, "pair_id", StringComparison.OrdinalIgnoreCase));
        var rows = new List<LabelledExample>();
        while (csv.Read())
        {
            int line = csv.Parser.RawRow;
            var textValue = csv.GetField(text)?.Trim() ?? "";
            var labelValue = csv.GetField(label)?.Trim() ?? "";
            var contextValue = context < 0 ? "" : csv.GetField(context)?.Trim() ?? "";
            if (textValue.Length == 0) throw new TrainingDataException($"{path}:{line}: empty {task.TextColumn}.");
            if (!task.Labels.Contains(labelValue))
            {
                throw new TrainingDataException($"{path}:{line}: unknown label '{labelValue}' for task {task.Name} (allowed: {string.Join(", ", task.Labels)}).");
            }
            var groupValue = group < 0 ? "" : csv.GetField(group)?.Trim() ?? "";
            rows.Add(new LabelledExample(textValue, contextValue, labelValue, line, groupValue));
        }
        return rows;
    }

    /// <summary>SHA-256 (hex) over the rows' text, context and label: independent of file layout, quoting and line endings.</summary>
    public static string Hash(IEnumerable<LabelledExample> examples)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var e in examples)
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(e.Text + "\u001f" + e.Context + "\u001f" + e.Label + "\u001e"));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
