namespace FramingAnalyzer.Benchmarks.Generation;

/// <summary>How generated articles are written.</summary>
public enum CorpusStyle
{
    /// <summary>The sample corpus's own paragraphs recombined (300–1,200 words, the sample's sourcing density).</summary>
    Sample,

    /// <summary>
    /// Wire-copy density (<see cref="DenseArticleWriter"/>): about 770 words and 33 sentences per article, about
    /// 85% of them attributed, written from the phrase pools in <c>dense-pools.txt</c>.
    /// </summary>
    Dense,
}
