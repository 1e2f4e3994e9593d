using FramingAnalyzer.Model;
using static FramingAnalyzer.Tests.Text.TextKit;

namespace FramingAnalyzer.Tests.Text;

/// <summary>Quotations: their content (joined by " | "), the tokens they mark, and quotations running over paragraphs.</summary>
public class QuoteTests
{
    [Theory]
    // Double quotes: straight, curly, low-high, guillemets, and scraped copies that mix curly and straight.
    [InlineData("He said \"we won\" today.", "we won")]
    [InlineData("He said “we won” today.", "we won")]
    [InlineData("Sie sagte „wir siegen“ heute.", "wir siegen")]
    [InlineData("She called it «a disgrace» on Monday.", "a disgrace")]
    [InlineData("She called it « a disgrace » on Monday.", "a disgrace")]
    [InlineData("“We will win,\" he said.", "We will win,")]
    [InlineData("\"One,\" he said, \"two.\"", "One, | two.")]
    [InlineData("“One,” he said, “two.”", "One, | two.")]
    // Quotations spanning several sentences.
    [InlineData("\"We will fight. We will win. We will never give up,\" he said.", "We will fight. We will win. We will never give up,")]
    [InlineData("He said: “They lied. They always lie.” Then he left.", "They lied. They always lie.")]
    // Marks inside a double quotation belong to it.
    [InlineData("He said: “They called it ‘a lie’ yesterday.”", "They called it ‘a lie’ yesterday.")]
    [InlineData("He said: \"They called it 'a lie' yesterday.\"", "They called it 'a lie' yesterday.")]
    [InlineData("«He said “no” twice», she wrote.", "He said “no” twice")]
    // Single quotes as quotation marks, apostrophes left alone.
    [InlineData("Residents describe 'horror' at Tesk market", "horror")]
    [InlineData("Residents describe ‘horror’ at Tesk market", "horror")]
    [InlineData("Rebel thugs storm site as 'bloodbath' erupts near Tesk", "bloodbath")]
    [InlineData("Karvania imposes curfew and detains 40 ‘suspected collaborators’", "suspected collaborators")]
    [InlineData("They don't know and won't say.", "")]
    [InlineData("Tesk’s market and the army’s guns.", "")]
    [InlineData("The soldiers' families waited.", "")]
    [InlineData("The soldiers’ families waited.", "")]
    [InlineData("The soldiers' families said they were 'betrayed'.", "betrayed")]
    [InlineData("'The soldiers' families are angry,' he said.", "The soldiers' families are angry,")]
    [InlineData("The 'horrors' of war and the 'victims' of it.", "horrors | victims")]
    [InlineData("In the '90s the valley was calm.", "")]
    [InlineData("She said ‹non› firmly.", "non")]
    // Stray marks quote nothing.
    [InlineData("\"\"", "")]
    [InlineData("” ” ’ ’", "")]
    [InlineData("He is 6'2 tall.", "")]
    public void Finds_quotations(string body, string expected) => Assert.Equal(expected, Quotes(Build(body)));

    [Theory]
    [InlineData("He said \"we won\" today.", "He said \" [we] [won] \" today .")]
    [InlineData("He said “we won, again” today.", "He said “ [we] [won] [,] [again] ” today .")]
    [InlineData("The 'horror' of soldiers' lives.", "The ' [horror] ' of soldiers ' lives .")]
    [InlineData("«Non», dit-il.", "« [Non] » , dit-il .")]
    [InlineData("They don't know.", "They don't know .")]
    public void Marks_tokens_inside_quotations_but_not_the_marks(string body, string expected) => Assert.Equal(expected, Tokens(Build(body)));

    [Theory]
    [InlineData("He said \"we won\" today.", new[] { 0.4 })]
    [InlineData("\"We won,\" he said. Nobody else spoke.", new[] { 0.5, 0.0 })]
    [InlineData("“We will fight. We will win.”", new[] { 1.0, 1.0 })]
    [InlineData("No quotes here.", new[] { 0.0 })]
    public void Gives_each_sentence_its_share_of_quoted_words(string body, double[] expected)
    {
        var doc = Build(body);
        Assert.Equal(expected, doc.Sentences.Select(s => Math.Round(s.QuotedWordShare, 3)).ToArray());
        Assert.Equal(expected.Select(e => e > 0).ToArray(), doc.Sentences.Select(s => s.InQuote).ToArray());
    }

    [Theory]
    // A paragraph opening a quotation without closing it, and the next paragraph reopening it.
    [InlineData("“We are used to tension here.\n\n“But not this,” she said.", "We are used to tension here.", "But not this,")]
    [InlineData("\"We are used to tension here.\n\n\"But not this,\" she said.", "We are used to tension here.", "But not this,")]
    [InlineData("She said: “We are used to tension here.\n\n“But not this. Never this.”", "We are used to tension here.", "But not this. Never this.")]
    [InlineData("«We are used to tension here.\n\n«But not this», she said.", "We are used to tension here.", "But not this")]
    public void Continues_a_quotation_over_paragraphs(string body, string first, string second)
    {
        var doc = Build(body);
        Assert.Equal(2, doc.Quotes.Count);
        var (open, reopened) = (doc.Quotes[0], doc.Quotes[1]);
        Assert.Equal((first, 0, 0, false, false), (doc.Slice(open.Content), open.FirstParagraph, open.LastParagraph, open.Closed, open.ContinuesPrevious));
        Assert.Equal((second, 1, 1, true, true), (doc.Slice(reopened.Content), reopened.FirstParagraph, reopened.LastParagraph, reopened.Closed, reopened.ContinuesPrevious));
        var quoted = doc.Tokens.Where(t => t.Kind != TokenKind.QuoteMark && doc.Paragraphs[0].Span.Contains(t.Start) && t.Start >= open.Content.Start).ToList();
        Assert.NotEmpty(quoted);
        Assert.All(quoted, t => Assert.True(t.InQuote));
    }

    [Theory]
    // Only a paragraph that starts with a quotation mark continues an open one.
    [InlineData("“We are used to tension here.\n\nShe paused. “But not this,” she said.", false)]
    [InlineData("“We are used to tension here.”\n\n“But not this,” she said.", false)]
    [InlineData("“We are used to tension here.\n\n“But not this,” she said.", true)]
    public void Continues_only_an_open_quotation_from_the_previous_paragraph(string body, bool continues) =>
        Assert.Equal(continues, Build(body).Quotes.Last().ContinuesPrevious);

    [Fact]
    public void Leaves_an_unclosed_quotation_open_to_the_end_of_its_paragraph_only()
    {
        var doc = Build("He said: “We will not leave.\n\nThe army disagreed.");
        Assert.Equal("We will not leave.", Quotes(doc));
        Assert.False(doc.Quotes[0].Closed);
        Assert.All(doc.SentenceTokens(doc.Sentences[^1]).ToArray(), t => Assert.False(t.InQuote));
    }

    [Theory]
    [InlineData("He said \"we won\" today.", "we", true)]
    [InlineData("He said \"we won\" today.", "today", false)]
    [InlineData("He said \"we won\" today.", "\"", false)]
    public void Answers_whether_an_offset_is_quoted(string body, string needle, bool quoted)
    {
        var doc = Build(body);
        Assert.Equal(quoted, doc.IsInQuote(doc.Text.IndexOf(needle, StringComparison.Ordinal)));
    }
}
