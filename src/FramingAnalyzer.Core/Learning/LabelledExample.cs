namespace FramingAnalyzer.Learning;

/// <summary>One labelled row of training or gold data, with the line it came from and an optional group key (pair_id: a minimal pair).</summary>
public sealed record LabelledExample(string Text, string Context, string Label, int Line, string Group = "")
{
    public ClassifierInput Input => new(Text, Context);
}
