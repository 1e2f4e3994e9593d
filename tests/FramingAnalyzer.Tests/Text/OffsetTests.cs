using static FramingAnalyzer.Tests.Text.TextKit;

namespace FramingAnalyzer.Tests.Text;

/// <summary>Offsets: every span of the text model slices the text it stands for.</summary>
public class OffsetTests
{
    private const string Body =
        "World\n" +
        "Karvania detains 40 ‘suspected collaborators’\n" +
        "Police acted overnight in Tesk. “We had no choice,” Holm said.\n" +
        "By Anna Keller\n" +
        "\n" +
        "  The U.S. envoy   called it «a mistake». Nobody answered.  \n" +
        "\n" +
        "* Names withheld.\n" +
        "Share this article\n";

    [Theory]
    [InlineData("paragraph", 0, "Karvania detains 40 ‘suspected collaborators’")]
    [InlineData("paragraph", 1, "Police acted overnight in Tesk. “We had no choice,” Holm said.")]
    [InlineData("paragraph", 2, "The U.S. envoy called it «a mistake». Nobody answered.")]
    [InlineData("paragraph", 3, "* Names withheld.")]
    [InlineData("sentence", 0, "Karvania detains 40 ‘suspected collaborators’")]
    [InlineData("sentence", 1, "Police acted overnight in Tesk.")]
    [InlineData("sentence", 2, "“We had no choice,” Holm said.")]
    [InlineData("sentence", 3, "The U.S. envoy called it «a mistake».")]
    [InlineData("sentence", 4, "Nobody answered.")]
    [InlineData("sentence", 5, "* Names withheld.")]
    [InlineData("quote", 0, "suspected collaborators")]
    [InlineData("quote", 1, "We had no choice,")]
    [InlineData("quote", 2, "a mistake")]
    [InlineData("token", 0, "Karvania")]
    [InlineData("token", 3, "‘")]
    [InlineData("token", 4, "suspected")]
    public void Slices_the_text_each_span_stands_for(string kind, int index, string expected)
    {
        var doc = Build(Body, page: true);
        TextModelInvariants.AssertWellFormed(doc);
        var span = kind switch
        {
            "paragraph" => doc.Paragraphs[index].Span,
            "sentence" => doc.Sentences[index].Span,
            "quote" => doc.Quotes[index].Content,
            _ => new Model.TextSpan(doc.Tokens[index].Start, doc.Tokens[index].End),
        };
        Assert.Equal(expected, doc.Slice(span));
        Assert.Equal(expected, doc[span].ToString());
    }

    [Fact]
    public void Joins_kept_paragraphs_with_blank_lines()
    {
        var doc = Build(Body, page: true);
        Assert.Equal(
            "Karvania detains 40 ‘suspected collaborators’\n\nPolice acted overnight in Tesk. “We had no choice,” Holm said.\n\n" +
            "The U.S. envoy called it «a mistake». Nobody answered.\n\n* Names withheld.", doc.Text);
        Assert.Equal(3, doc.FurnitureLinesDropped);
    }

    [Theory]
    [InlineData("Police acted overnight. “We had no choice,” Holm said.", "had", true)]
    [InlineData("Police acted overnight. “We had no choice,” Holm said.", "Holm", false)]
    public void Maps_token_offsets_back_to_quotes(string body, string word, bool quoted)
    {
        var doc = Build(body);
        var token = doc.Tokens.Single(t => doc.TokenText(t).SequenceEqual(word));
        Assert.Equal(quoted, token.InQuote);
        Assert.Equal(quoted, doc.IsInQuote(token.Start));
    }
}
