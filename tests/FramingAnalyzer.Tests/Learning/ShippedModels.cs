using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Learning;
using FramingAnalyzer.Loaded;
using FramingAnalyzer.Resources;

namespace FramingAnalyzer.Tests.Learning;

/// <summary>The shipped models and the data they were trained on, as listed in corpora/models/manifest.csv.</summary>
public static class ShippedModels
{
    public static string Corpora => ToolData.DataDirectory;

    public static (IReadOnlyList<string> Data, string Gold) Files(ClassifierTask task)
    {
        foreach (var (_, field) in LexiconFileReader.Rows(Path.Combine(Corpora, "models", "manifest.csv"), "task", "data", "gold"))
        {
            if (field("task") != task.Name) continue;
            return (field("data").Split(';').Select(f => Path.Combine(Corpora, f)).ToArray(), Path.Combine(Corpora, field("gold")));
        }
        throw new InvalidOperationException($"Task {task.Name} is not in corpora/models/manifest.csv.");
    }

    public static string ModelPath(ClassifierTask task) => Path.Combine(Corpora, "models", task.ModelFile);

    public static TheoryData<string> Tasks() => new(ClassifierTask.All.Select(t => t.Name));
}
