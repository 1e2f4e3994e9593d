using FramingAnalyzer.Loaded;
using FramingAnalyzer.Model;
using FramingAnalyzer.Resources;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Tests.Loaded;

/// <summary>The shipped lexicons on the language of general news beyond conflict: beat terms with their categories,
/// labelling choices counted as term families, and the words left out because they are loaded only in some uses.</summary>
public class BeatLexiconTests
{
    private static readonly Lazy<TermMatcher> Shipped = new(() =>
        new TermMatcher(WordingLexicon.Load(WordingLexicon.ShippedFiles(), [ToolData.Lexicon("term_families.csv")])));

    private static List<TermHit> Hits(string text) =>
        Shipped.Value.Match(DocumentBuilder.Build(new Article { Id = "a", Outlet = "o", Body = text, Origin = "test" }));

    private static string Slice(string text, TermHit hit) => text.Substring(hit.Span.Start, hit.Span.Length).ToLowerInvariant();

    [Theory]
    [InlineData("The far-left mayor's bizarre tirade stunned the council.", "far-left", "partisan")]
    [InlineData("The senator lambasted the plan in a late-night post.", "lambasted", "emotive")]
    [InlineData("Prices rose dramatically after the storm.", "dramatically", "intensifier")]
    [InlineData("Critics called the program a boondoggle.", "boondoggle", "delegitimising")]
    [InlineData("Gun-grabbing lawmakers met on Monday.", "gun-grabbing", "partisan")]
    public void Beat_terms_are_found_with_their_category(string text, string term, string category)
    {
        var hit = Assert.Single(Hits(text), h => h.IsLoaded && Slice(text, h) == term);
        Assert.Equal(category, hit.Category);
    }

    [Theory]
    [InlineData("Residents woke to the sound of sirens.")]
    [InlineData("Shares soared after the earnings report.")]
    [InlineData("The riot began after midnight, police said.")]
    public void Words_loaded_only_in_some_uses_are_not_in_the_lexicon(string text)
    {
        Assert.DoesNotContain(Hits(text), h => h.IsLoaded);
    }

    [Theory]
    [InlineData("Pro-life groups rallied outside the court.", "abortion_stance", "pro-life")]
    [InlineData("Abortion-rights groups rallied outside the court.", "abortion_stance", "abortion rights")]
    [InlineData("The bill would repeal the death tax.", "estate_tax", "death tax")]
    [InlineData("The bill would repeal the estate tax.", "estate_tax", "estate tax")]
    [InlineData("Advocates of gun safety testified.", "gun_policy", "gun safety")]
    [InlineData("Advocates of gun rights testified.", "gun_policy", "gun rights")]
    [InlineData("The report on global warming was released.", "climate_label", "global warming")]
    public void Labelling_choices_of_general_news_are_term_families(string text, string family, string choice)
    {
        Assert.Contains(Hits(text), h => h.Family == family && h.Choice == choice);
    }
}
