namespace FramingAnalyzer.Loaded;

/// <summary>A word of a sentence and how much it raises the classifier's log-odds that the sentence is loaded
/// (the log-odds with the word minus the log-odds without it).</summary>
public readonly record struct WordContribution(string Word, double Weight);
