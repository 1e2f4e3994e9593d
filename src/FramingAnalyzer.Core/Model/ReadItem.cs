namespace FramingAnalyzer.Model;

/// <summary>What a reader yields: an article, or a problem with one input record. Exactly one is set.</summary>
public readonly record struct ReadItem(Article? Article, InputProblem? Problem)
{
    public static ReadItem Of(Article article) => new(article, null);
    public static ReadItem Skip(string origin, string reason, string detail) => new(null, new InputProblem(origin, reason, detail));
}
