namespace FramingAnalyzer.Stories;

/// <summary>How story clustering compares two clusters before merging them.</summary>
public enum StoryLinkage
{
    /// <summary>The similarity of the clusters' centroids (summed vectors and word weights).</summary>
    Centroid,

    /// <summary>The similarity of the pair that joins them (single linkage): measured as good on our corpora, not better (docs/stories.md).</summary>
    Single,
}
