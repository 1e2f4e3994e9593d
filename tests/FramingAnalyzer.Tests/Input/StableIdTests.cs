using FramingAnalyzer.Input;

namespace FramingAnalyzer.Tests.Input;

public sealed class StableIdTests : IDisposable
{
    private readonly TempCorpus corpus = new();

    public void Dispose() => corpus.Dispose();

    [Fact]
    public void The_derived_id_is_the_same_across_two_reads_and_formats()
    {
        corpus.Write("Outlet A/x.txt", "---\ntitle: Truce agreed\n---\nThe sides agreed a truce.\r\n");
        corpus.Write("data.jsonl", """{"outlet": "Outlet A", "title": "Truce agreed", "text": "The sides agreed a truce."}""");

        var first = corpus.Read().Articles();
        var second = corpus.Read().Articles();

        Assert.Equal(2, first.Count);
        Assert.Equal(first.Select(article => article.Id), second.Select(article => article.Id));
        Assert.Equal(first[0].Id, first[1].Id);
        Assert.Matches("^[0-9a-f]{16}$", first[0].Id);
        Assert.Equal(StableId.From("Outlet A", "Truce agreed", "The sides agreed a truce."), first[0].Id);
    }

    [Theory]
    [InlineData("Outlet B", "Truce agreed", "The sides agreed a truce.")]
    [InlineData("Outlet A", "Truce signed", "The sides agreed a truce.")]
    [InlineData("Outlet A", "Truce agreed", "The sides agreed a truce!")]
    [InlineData("Outlet A", null, "The sides agreed a truce.")]
    public void The_derived_id_changes_when_outlet_title_or_text_differ(string outlet, string? title, string body)
    {
        Assert.NotEqual(StableId.From("Outlet A", "Truce agreed", "The sides agreed a truce."), StableId.From(outlet, title, body));
    }

    [Fact]
    public void The_derived_id_is_the_documented_sha256_prefix()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("Outlet A\nTruce agreed\nThe sides agreed a truce.");
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16];

        Assert.Equal(expected, StableId.From("Outlet A", "Truce agreed", "The sides agreed a truce."));
    }

    [Fact]
    public void A_given_id_is_used_trimmed()
    {
        corpus.Write("data.csv", "id,outlet,text\n  nela-17  ,A,Text.\n");

        Assert.Equal("nela-17", corpus.ReadFile("data.csv").SingleArticle().Id);
    }
}
