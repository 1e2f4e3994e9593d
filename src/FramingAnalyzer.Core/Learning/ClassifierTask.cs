namespace FramingAnalyzer.Learning;

/// <summary>
/// One of the tool's classifiers: its name, the labels it predicts, the CSV columns its data has, and the shipped model
/// file. Data format: a header row; <see cref="TextColumn"/> and <c>label</c> always; <see cref="ContextColumn"/> when set.
/// </summary>
public sealed record ClassifierTask(string Name, string Description, IReadOnlyList<string> Labels, string TextColumn, string? ContextColumn, string ModelFile)
{
    public const string LabelColumn = "label";

    /// <summary>Loaded/biased sentence vs neutral (binary): columns text,label.</summary>
    public static readonly ClassifierTask Loaded = new("loaded",
        "Is a sentence's own wording loaded (one-sided, emotive, judgemental) or neutral?",
        ["loaded", "neutral"], "text", null, "loaded.zip");

    /// <summary>Sentence function: columns text,label.</summary>
    public static readonly ClassifierTask Function = new("function",
        "Does a sentence report a source (attributed), assert a contested claim in the outlet's own voice (unattributed_claim), or give background?",
        ["attributed", "background", "unattributed_claim"], "text", null, "function.zip");

    /// <summary>Source type: columns source,sentence,label (the source phrase and the sentence it appears in).</summary>
    public static readonly ClassifierTask SourceType = new("source_type",
        "What kind of source is quoted: official, political, armed_group, expert, ngo_intl, citizen, media, document, business or unknown?",
        ["armed_group", "business", "citizen", "document", "expert", "media", "ngo_intl", "official", "political", "unknown"],
        "source", "sentence", "source_type.zip");

    public static IReadOnlyList<ClassifierTask> All { get; } = [Loaded, Function, SourceType];

    public static ClassifierTask? Find(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(t.Name.Replace("_", "-"), name, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<string> RequiredColumns => ContextColumn is null ? [TextColumn, LabelColumn] : [TextColumn, ContextColumn, LabelColumn];
}
