namespace FramingAnalyzer.Stories;

/// <summary>
/// The settings of automatic story matching. The defaults were chosen by measurement on corpora/stories (the labelled
/// story corpus) and corpora/sample without its story keys; docs/stories.md has the figures.
/// </summary>
public sealed record StoryMatchingOptions
{
    /// <summary>Two articles are candidates only when their dates are at most this many days apart (when both have one).</summary>
    public int WindowDays { get; init; } = 2;

    /// <summary>Clusters merge when the similarity of their centroids reaches this.</summary>
    public double Threshold { get; init; } = 0.15;

    /// <summary>Clusters that both hold an article of the same outlet merge only at this similarity (an update or follow-up).</summary>
    public double SameOutletThreshold { get; init; } = 0.6;

    /// <summary>How two clusters are compared before they merge (centroid by default; single linkage kept for comparison).</summary>
    public StoryLinkage Linkage { get; init; } = StoryLinkage.Centroid;

    /// <summary>Weight of the encoder's cosine in the similarity; the rest is the cosine of TF-IDF term vectors.</summary>
    public double VectorWeight { get; init; } = 0.3;

    /// <summary>
    /// A term is used to find candidates for an article only while it occurs in at most this many articles within the
    /// article's date window: terms that common say little about which event an article covers and would make
    /// candidate search quadratic.
    /// </summary>
    public int BlockingTermLimit { get; init; } = 64;

    /// <summary>At most this many candidates per article are scored (those sharing the most weight of rare terms).</summary>
    public int CandidatesPerArticle { get; init; } = 40;
}
