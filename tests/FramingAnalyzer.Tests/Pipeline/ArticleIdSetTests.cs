using FramingAnalyzer.Pipeline;

namespace FramingAnalyzer.Tests.Pipeline;

public class ArticleIdSetTests
{
    [Fact]
    public void A_repeated_id_is_reported_once_seen()
    {
        var ids = new ArticleIdSet();

        Assert.True(ids.Add("nela-2019-000001"));
        Assert.True(ids.Add("nela-2019-000002"));
        Assert.False(ids.Add("nela-2019-000001"));
        Assert.Equal(2, ids.Count);
    }

    [Fact]
    public void Near_identical_ids_stay_distinct()
    {
        var ids = new ArticleIdSet();
        string[] similar = ["a", "A", "a ", " a", "aa", "", "\0", "ab", "ba", "https://x.org/1", "https://x.org/1/", "https://x.org/l"];
        foreach (var id in similar) Assert.True(ids.Add(id), id);

        // 300,000 sequential ids: no two share a fingerprint.
        for (int i = 0; i < 300_000; i++) Assert.True(ids.Add($"doc-{i}"));
    }
}
