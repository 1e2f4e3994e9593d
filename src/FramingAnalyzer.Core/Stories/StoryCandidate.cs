namespace FramingAnalyzer.Stories;

/// <summary>
/// One article as story matching holds it: identity, outlet, day, headline, and two views of its headline and lede —
/// the encoder's vector (centred on the corpus mean, unit length) and TF-IDF weights of its terms (unit length, sorted
/// by term number). About 1.5 KB per article with the 256-dimension static encoder.
/// </summary>
internal sealed class StoryCandidate(int index, string id, string outlet, int? day, string headline)
{
    public int Index { get; } = index;
    public string Id { get; } = id;
    public string Outlet { get; } = outlet;
    /// <summary>Days since 0001-01-01, or null when the article has no readable date.</summary>
    public int? Day { get; } = day;
    public string Headline { get; } = headline;
    public float[] Vector { get; set; } = [];
    public int[] Terms { get; set; } = [];
    public float[] Weights { get; set; } = [];
}
