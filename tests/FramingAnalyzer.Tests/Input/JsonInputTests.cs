using System.Text;
using FramingAnalyzer.Input;

namespace FramingAnalyzer.Tests.Input;

public sealed class JsonInputTests : IDisposable
{
    private readonly TempCorpus corpus = new();

    public void Dispose() => corpus.Dispose();

    [Fact]
    public void Jsonl_reads_nela_gt_fields()
    {
        corpus.Write("nela.jsonl", """
            {"id": "meridian--2026-03-03", "source": "Meridian Wire", "title": "Shells hit market", "content": "Twenty-three died.", "date": "2026-03-03", "url": "https://m.example/1", "author": "Sofia Arden", "published_utc": 1772524800}
            {"id": 42, "source": "Karvania Today", "title": "Terrorists shell market", "content": "The army responded.", "published": "Tue, 03 Mar 2026 10:00:00 +0000"}
            """);

        var articles = corpus.ReadFile("nela.jsonl").Articles();

        Assert.Equal(2, articles.Count);
        var first = articles[0];
        Assert.Equal(("meridian--2026-03-03", "Meridian Wire", "Shells hit market", "Twenty-three died.", "2026-03-03", "https://m.example/1", "Sofia Arden"),
            (first.Id, first.Outlet, first.Title, first.Body, first.Date, first.Url, first.Author));
        Assert.EndsWith("nela.jsonl:1", first.Origin);
        Assert.Equal(("42", "Tue, 03 Mar 2026 10:00:00 +0000"), (articles[1].Id, articles[1].Date));
        Assert.EndsWith("nela.jsonl:2", articles[1].Origin);
    }

    [Fact]
    public void Jsonl_reads_the_field_names_of_popular_crawls_and_exports()
    {
        corpus.Write("data.jsonl", "{\"publication\": \"The Courier\", \"headline\": \"Bridge reopens\", \"full_text\": \"The bridge reopened.\", \"published_at\": \"2026-03-11\"}\n"
            + "{\"domain\": \"courier.example\", \"title\": \"Port strike\", \"story_text\": \"Dockers stopped work.\", \"date\": \"2026-03-12\"}\n");

        var articles = corpus.ReadFile("data.jsonl").Articles();

        Assert.Equal([("The Courier", "Bridge reopens", "The bridge reopened.", "2026-03-11"), ("courier.example", "Port strike", "Dockers stopped work.", "2026-03-12")],
            articles.Select(a => (a.Outlet, a.Title, a.Body, a.Date)));
    }

    [Fact]
    public void A_field_mapped_to_one_article_field_is_not_also_read_as_the_field_its_name_suggests()
    {
        corpus.Write("data.jsonl", "{\"source\": \"The Courier\", \"story\": \"The bridge reopened.\"}\n");
        var options = new ReaderOptions { ColumnMap = new Dictionary<ArticleField, string> { [ArticleField.Text] = "story" } };

        var article = corpus.ReadFile("data.jsonl", options).SingleArticle();

        Assert.Equal(("The bridge reopened.", null), (article.Body, article.Story));
    }

    [Fact]
    public void A_numeric_unix_date_is_written_as_iso_8601()
    {
        corpus.Write("nela.ndjson", """{"source": "A", "content": "Text.", "published_utc": 1772524800}""");

        Assert.Equal("2026-03-03T08:00:00Z", corpus.ReadFile("nela.ndjson").SingleArticle().Date);
    }

    [Fact]
    public void A_single_news_please_object_is_one_article_with_authors_joined()
    {
        corpus.Write("Outlet Folder/article.json", """
            {
              "authors": ["Sofia Arden", "Ilan Dobrev"],
              "date_download": "2026-03-04 10:00:00",
              "date_publish": "2026-03-03 09:30:00",
              "description": "A teaser.",
              "language": "en",
              "maintext": "Shells struck the market.",
              "source_domain": "meridianwire.example",
              "title": "Shelling kills 23",
              "url": "https://meridianwire.example/a",
              "image_url": null
            }
            """);

        var article = corpus.Read().SingleArticle();

        Assert.Equal(("meridianwire.example", "Shelling kills 23", "Shells struck the market.", "2026-03-03 09:30:00", "Sofia Arden; Ilan Dobrev"),
            (article.Outlet, article.Title, article.Body, article.Date, article.Author));
        Assert.Equal("corpus/Outlet Folder/article.json", article.Origin);
    }

    [Fact]
    public void A_news_please_object_without_maintext_falls_back_to_its_description()
    {
        corpus.Write("article.json", """{"source_domain": "a.example", "maintext": null, "description": "Only a teaser."}""");

        Assert.Equal("Only a teaser.", corpus.ReadFile("article.json").SingleArticle().Body);
    }

    [Fact]
    public void A_json_array_is_read_element_by_element_with_record_numbers()
    {
        corpus.Write("nela.json", """
            [
              {"id": "a", "source": "One", "content": "First."},
              {"id": "b", "source": "Two", "content": "Second."},
              "not an article",
              {"id": "c", "source": "Three", "content": "Third."},
            ]
            """);

        var items = corpus.ReadFile("nela.json");

        Assert.Equal(["a", "b", "c"], items.Articles().Select(article => article.Id));
        Assert.Equal([":#1", ":#2", ":#4"], items.Articles().Select(article => ":" + article.Origin[article.Origin.LastIndexOf('#')..]));
        var problem = Assert.Single(items.Problems());
        Assert.Equal("not_an_object", problem.Reason);
        Assert.EndsWith("nela.json#3", problem.Origin);
    }

    [Fact]
    public void A_json_array_larger_than_the_read_buffer_streams_through()
    {
        var json = new StringBuilder("[");
        for (var i = 0; i < 5000; i++)
        {
            json.Append(i == 0 ? "" : ",").Append("{\"source\":\"S\",\"content\":\"Article ").Append(i).Append(' ').Append(new string('w', 100)).Append("\"}\n");
        }
        json.Append(']');
        corpus.Write("big.json", json.ToString());

        var articles = corpus.ReadFile("big.json").Articles();

        Assert.Equal(5000, articles.Count);
        Assert.StartsWith("Article 4999 ", articles[^1].Body);
    }

    [Fact]
    public void A_jsonl_line_that_does_not_parse_is_skipped_with_its_line_and_the_others_are_kept()
    {
        corpus.Write("data.jsonl", "{\"source\": \"A\", \"content\": \"One.\"}\n\n{\"source\": \"B\", \"content\": \"Two.\"\n{\"source\": \"C\", \"content\": \"Three.\"}\n");

        var items = corpus.ReadFile("data.jsonl");

        var problem = Assert.Single(items.Problems());
        Assert.Equal("parse_error", problem.Reason);
        Assert.EndsWith("data.jsonl:3", problem.Origin);
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail));
        Assert.Equal(["A", "C"], items.Articles().Select(article => article.Outlet));
        Assert.EndsWith("data.jsonl:4", items.Articles()[1].Origin);
    }

    [Theory]
    [InlineData("{\"source\": \"A\", \"content\": }")]
    [InlineData("{\"source\": \"Caf\u00e9 \u2014 Z\u00fcrich\", \"content\": }")] // the column counts characters, not UTF-8 bytes
    public void A_jsonl_parse_error_names_the_column_in_the_line_without_the_parsers_own_position_text(string badLine)
    {
        corpus.Write("data.jsonl", "{\"source\": \"A\", \"content\": \"One.\"}\n" + badLine + "\n");

        var problem = Assert.Single(corpus.ReadFile("data.jsonl").Problems());

        Assert.EndsWith("data.jsonl:2", problem.Origin);
        Assert.StartsWith($"Not valid JSON at column {badLine.IndexOf('}') + 1}: ", problem.Detail);
        Assert.DoesNotContain("LineNumber", problem.Detail);
        Assert.DoesNotContain("BytePositionInLine", problem.Detail);
    }

    [Fact]
    public void Malformed_json_is_reported_at_its_position_and_earlier_records_are_kept()
    {
        var json = new StringBuilder("[\n");
        for (var i = 0; i < 2000; i++)
        {
            json.Append("{\"source\": \"A\", \"content\": \"Record ").Append(i).Append(" with enough text to pass the read buffer.\"},\n");
        }
        json.Append("{\"source\": \"B\", \"content\": }\n]");
        corpus.Write("data.json", json.ToString());

        var items = corpus.ReadFile("data.json");

        Assert.Equal(2000, items.Articles().Count);
        var problem = Assert.Single(items.Problems());
        Assert.Equal("parse_error", problem.Reason);
        Assert.EndsWith("data.json:2002", problem.Origin);
        Assert.Contains("line 2002, column 28: ", problem.Detail);
        Assert.DoesNotContain("LineNumber", problem.Detail);
    }

    [Theory]
    [InlineData("deep.json")]
    [InlineData("deep.jsonl")]
    public void Deeply_nested_json_is_a_skip_with_its_position_not_a_crash(string file)
    {
        corpus.Write(file, new string('[', 10_000) + new string(']', 10_000));

        var problem = corpus.ReadFile(file).SingleProblem();

        Assert.Equal("parse_error", problem.Reason);
        Assert.Contains(":1", problem.Origin);
        Assert.Contains("depth", problem.Detail);
    }

    [Fact]
    public void Map_overrides_json_field_names()
    {
        corpus.Write("data.jsonl", """{"source": "Ignored", "paper": "Mapped Outlet", "content": "Ignored.", "fulltext": "Mapped text."}""");
        var options = new ReaderOptions
        {
            ColumnMap = new Dictionary<ArticleField, string> { [ArticleField.Outlet] = "paper", [ArticleField.Text] = "fulltext" },
        };

        var article = corpus.ReadFile("data.jsonl", options).SingleArticle();

        Assert.Equal(("Mapped Outlet", "Mapped text."), (article.Outlet, article.Body));
    }

    [Fact]
    public void An_object_valued_source_is_read_by_its_name()
    {
        corpus.Write("newsapi.jsonl", """{"source": {"id": "bbc-news", "name": "BBC News"}, "content": "Text."}""");

        Assert.Equal("BBC News", corpus.ReadFile("newsapi.jsonl").SingleArticle().Outlet);
    }
}
