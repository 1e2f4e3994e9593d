using FramingAnalyzer.Model;
using static FramingAnalyzer.Tests.Text.TextKit;

namespace FramingAnalyzer.Tests.Text;

/// <summary>Paragraph layout: the kept paragraphs as "role: text" joined by " | ", and the furniture lines dropped.</summary>
public class PageLayoutTests
{
    private const string PageCopy =
        "World\n" +
        "Fighting erupts near Tesk after armed group seizes dam site\n" +
        "Fighters seized the dam site on Monday.\n" +
        "By Sofia Arden, Meridian Wire\n" +
        "TESK (Meridian Wire) - Government forces fought back.\n" +
        "\n" +
        "More fighting was reported.\n" +
        "\n" +
        "* This article was updated on March 3.\n" +
        "\n" +
        "Share this article\n" +
        "Related: Karvania's Orlan Dam divides a valley\n" +
        "Read more on Karvania\n" +
        "Discuss\n";

    private const string PageCopyLayout =
        "headline: Fighting erupts near Tesk after armed group seizes dam site | " +
        "lede: Fighters seized the dam site on Monday. | " +
        "body: TESK (Meridian Wire) - Government forces fought back. | " +
        "body: More fighting was reported. | " +
        "note: * This article was updated on March 3.";

    [Theory]
    [InlineData(null)]
    [InlineData("Fighting erupts near Tesk after armed group seizes dam site")]
    [InlineData("fighting erupts  near Tesk after armed group seizes dam site")]
    [InlineData("Fighting erupts near Tesk after armed group seizes dam site | Meridian Wire")]
    [InlineData("Fighting erupts near Tesk after armed group seizes…")]
    public void Lays_out_a_scraped_page_copy(string? title)
    {
        var doc = Build(PageCopy, title, page: true);
        Assert.Equal(PageCopyLayout, Layout(doc));
        Assert.Equal(6, doc.FurnitureLinesDropped); // section label, byline, four prompts
    }

    [Theory]
    // The outlet's name as the page shows it, after the lede: furniture even when the corpus calls the outlet otherwise.
    [InlineData("World\nMerkel, Macron Tell Putin They Are Ready to Talk\nThe leaders spoke by phone on Friday.\nState News Agency\nThe call lasted an hour.\nDiscuss\n* Corrected on May 2.",
        "headline: Merkel, Macron Tell Putin They Are Ready to Talk | lede: The leaders spoke by phone on Friday. | body: The call lasted an hour. | note: * Corrected on May 2.", 3)]
    [InlineData("Bridge reopens after repairs\nThe bridge reopened on Monday.\nVoice of the Valley\nTraffic was light.",
        "headline: Bridge reopens after repairs | lede: The bridge reopened on Monday. | body: Traffic was light.", 1)]
    // Not a name: a sentence, a lower-case line, a line with nothing after it, a name after a lede that is no sentence.
    [InlineData("Bridge reopens after repairs\nThe bridge reopened on Monday.\nTraffic was light.\nMore later.",
        "headline: Bridge reopens after repairs | lede: The bridge reopened on Monday. | body: Traffic was light. | body: More later.", 0)]
    [InlineData("Bridge reopens after repairs\nThe bridge reopened on Monday.\nand traffic was light\nMore later.",
        "headline: Bridge reopens after repairs | lede: The bridge reopened on Monday. | body: and traffic was light | body: More later.", 0)]
    [InlineData("Bridge reopens after repairs\nThe bridge reopened on Monday.\nVoice of the Valley",
        "headline: Bridge reopens after repairs | lede: The bridge reopened on Monday. | body: Voice of the Valley", 0)]
    [InlineData("Bridge reopens after repairs\nThe bridge reopened on Monday, and\nVoice of the Valley\nMore later.",
        "headline: Bridge reopens after repairs | lede: The bridge reopened on Monday, and | body: Voice of the Valley | body: More later.", 0)]
    public void A_name_only_line_after_the_lede_is_furniture(string body, string expected, int dropped)
    {
        var doc = Build(body, page: true, outlet: "state-news");
        Assert.Equal(expected, Layout(doc));
        Assert.Equal(dropped, doc.FurnitureLinesDropped);
    }

    [Theory]
    // Without a title, a headline-like first line over at least two more paragraphs is the headline.
    [InlineData("Europe\nHeavy fighting near Tesk\nClashes left soldiers dead.\nMore to come.", null,
        "headline: Heavy fighting near Tesk | lede: Clashes left soldiers dead. | body: More to come.", 1)]
    [InlineData("Europe\n\nHeavy fighting near Tesk\n\nClashes left soldiers dead.\n\nMore to come.", null,
        "headline: Heavy fighting near Tesk | lede: Clashes left soldiers dead. | body: More to come.", 1)]
    // A short headline is not mistaken for a section label.
    [InlineData("Truce holds again\nFighting stopped on Monday.\nAid arrived.", null,
        "headline: Truce holds again | lede: Fighting stopped on Monday. | body: Aid arrived.", 0)]
    // A title that does not appear in the body becomes the headline.
    [InlineData("Fighting stopped on Monday.\nAid arrived.", "Truce holds",
        "headline: Truce holds | lede: Fighting stopped on Monday. | body: Aid arrived.", 0)]
    [InlineData("World\nFighting stopped on Monday.\nAid arrived.", "Truce holds",
        "headline: Truce holds | lede: Fighting stopped on Monday. | body: Aid arrived.", 1)]
    // Breadcrumbs above the title are dropped.
    [InlineData("News\nEurope\nTruce holds\nFighting stopped on Monday.\nAid arrived.", "Truce holds",
        "headline: Truce holds | lede: Fighting stopped on Monday. | body: Aid arrived.", 2)]
    // A title with other quote and dash styles is still the headline line.
    [InlineData("World\nKarvania detains 40 ‘suspected collaborators’ — report\nPolice acted overnight.\nMore.", "Karvania detains 40 'suspected collaborators' - report",
        "headline: Karvania detains 40 ‘suspected collaborators’ — report | lede: Police acted overnight. | body: More.", 1)]
    // Bylines and outlet-name lines near the top, in any of their usual forms.
    [InlineData("News\nRiot police clear the square\nBy Kev Marlow\nPolice moved in at noon.\nThirty were held.", null,
        "headline: Riot police clear the square | lede: Police moved in at noon. | body: Thirty were held.", 2)]
    [InlineData("Security\nCurfew imposed across the valley\nThe authorities imposed a curfew.\nKarvania Today | Staff reporter\nIt runs from 7 p.m.", null,
        "headline: Curfew imposed across the valley | lede: The authorities imposed a curfew. | body: It runs from 7 p.m.", 2)]
    [InlineData("Curfew imposed across the valley\nMeridian Wire\nThe authorities imposed a curfew.\nIt runs from 7 p.m.", null,
        "headline: Curfew imposed across the valley | lede: The authorities imposed a curfew. | body: It runs from 7 p.m.", 1)]
    [InlineData("Curfew imposed across the valley\nBy evening, the streets were empty.\nIt runs from 7 p.m.\nShops shut.", null,
        "headline: Curfew imposed across the valley | lede: By evening, the streets were empty. | body: It runs from 7 p.m. | body: Shops shut.", 0)]
    public void Recognises_section_label_headline_and_byline(string body, string? title, string expected, int dropped)
    {
        var doc = Build(body, title, page: true);
        Assert.Equal(expected, Layout(doc));
        Assert.Equal(dropped, doc.FurnitureLinesDropped);
    }

    [Theory]
    [InlineData("Discuss")]
    [InlineData("Read more")]
    [InlineData("Read more:")]
    [InlineData("Read more: How to help the wounded of Tesk")]
    [InlineData("Read more on Karvania")]
    [InlineData("Share")]
    [InlineData("Share this article")]
    [InlineData("Share this story ›")]
    [InlineData("Related: Fighting erupts near Karvanian town of Tesk after armed group seizes dam site")]
    [InlineData("Related: Who are the Northern Valley Front? The criminal network behind the violence")]
    [InlineData("Related topics: Karvania, Darrow Valley")]
    [InlineData("More on this story: Karvania imposes Darrow Valley curfew and detains 40 ‘suspected collaborators’")]
    [InlineData("MORE: BATTLE OF PORT SELVIN: Riot cops blast marchers with tear gas")]
    [InlineData("Comments (187)")]
    [InlineData("Follow Meridian Wire for updates")]
    [InlineData("Follow Karvania Today on social media")]
    [InlineData("Support independent journalism from the Darrow Valley")]
    [InlineData("Discuss on our channel")]
    [InlineData("Advertisement")]
    public void Drops_trailing_page_furniture(string furniture)
    {
        var doc = Build($"Fighting stopped on Monday.\n\nAid arrived.\n\nShare this article\n{furniture}\nDiscuss", page: true);
        Assert.Equal("lede: Fighting stopped on Monday. | body: Aid arrived.", Layout(doc));
        Assert.Equal(3, doc.FurnitureLinesDropped);
    }

    [Theory]
    // Prompts standing alone between paragraphs are dropped anywhere.
    [InlineData("Fighting stopped.\n\nAdvertisement\n\nAid arrived.", "lede: Fighting stopped. | body: Aid arrived.", 1)]
    [InlineData("Fighting stopped.\n\nRead more: Timeline of the conflict\n\nAid arrived.", "lede: Fighting stopped. | body: Aid arrived.", 1)]
    // Prose that starts like a prompt is kept, in the middle and at the end.
    [InlineData("Fighting stopped.\n\nShares fell sharply.\n\nRelated talks were held in Halden.\n\nMore than 60 were wounded.",
        "lede: Fighting stopped. | body: Shares fell sharply. | body: Related talks were held in Halden. | body: More than 60 were wounded.", 0)]
    [InlineData("Fighting stopped.\n\nFollow the money, he said.", "lede: Fighting stopped. | body: Follow the money, he said.", 0)]
    [InlineData("Fighting stopped.\n\nWhat does the curfew mean?\n\nIt means no one goes out.",
        "lede: Fighting stopped. | body: What does the curfew mean? | body: It means no one goes out.", 0)]
    public void Drops_prompts_but_keeps_prose(string body, string expected, int dropped)
    {
        var doc = Build(body, page: true);
        Assert.Equal(expected, Layout(doc));
        Assert.Equal(dropped, doc.FurnitureLinesDropped);
    }

    [Theory]
    [InlineData("Fighting stopped.\n\n* Names have been withheld.", "lede: Fighting stopped. | note: * Names have been withheld.")]
    [InlineData("Fighting stopped.\n\n* Names have been withheld.\n\n*Updated on March 3.\n\nShare this article",
        "lede: Fighting stopped. | note: * Names have been withheld. | note: *Updated on March 3.")]
    [InlineData("Fighting stopped.\n\n* Names have been withheld.\n\nAid arrived.",
        "lede: Fighting stopped. | body: * Names have been withheld. | body: Aid arrived.")]
    [InlineData("Fighting stopped.\n\nShare this article\n\n* Names have been withheld.",
        "lede: Fighting stopped. | note: * Names have been withheld.")]
    public void Keeps_trailing_star_paragraphs_as_notes(string body, string expected)
    {
        var doc = Build(body, page: true);
        Assert.Equal(expected, Layout(doc));
        Assert.DoesNotContain(doc.ScoredSentences, s => s.Role == ParagraphRole.Note);
    }

    [Theory]
    // A hard-wrapped paragraph is joined into one; a headline over a lede, or short lines, are not.
    [InlineData(
        "Shells struck the central market in the northern town of Tesk on\n" +
        "Tuesday morning. The government blamed the armed group, which said\n" +
        "the fire came from army positions on the hills.\n\nAid arrived.",
        "lede: Shells struck the central market in the northern town of Tesk on Tuesday morning. The government blamed the armed group, which said the fire came from army positions on the hills. | body: Aid arrived.")]
    [InlineData(
        "Shells struck the central market in the northern town\r\nof Tesk on Tuesday morning, killing 23 people.\r\n",
        "lede: Shells struck the central market in the northern town of Tesk on Tuesday morning, killing 23 people.")]
    [InlineData(
        "Shelling kills 23 at market in Karvania's Tesk, hospital says\n" +
        "Shells struck the central market in the northern Karvanian town of Tesk on Tuesday morning, killing 23 civilians and wounding more than 60.",
        "lede: Shelling kills 23 at market in Karvania's Tesk, hospital says | body: Shells struck the central market in the northern Karvanian town of Tesk on Tuesday morning, killing 23 civilians and wounding more than 60.")]
    [InlineData("Fighting stopped on Monday.\nAid arrived.\nShops opened.",
        "lede: Fighting stopped on Monday. | body: Aid arrived. | body: Shops opened.")]
    public void Joins_hard_wrapped_lines(string body, string expected) => Assert.Equal(expected, Layout(Build(body)));

    [Theory]
    [InlineData("Fighting stopped.\n\nAid arrived.", "Truce holds", "headline: Truce holds | lede: Fighting stopped. | body: Aid arrived.")]
    [InlineData("Truce holds\n\nFighting stopped.\n\nAid arrived.", "Truce holds", "headline: Truce holds | lede: Fighting stopped. | body: Aid arrived.")]
    [InlineData("Fighting stopped.\n\nAid arrived.", null, "lede: Fighting stopped. | body: Aid arrived.")]
    [InlineData("Fighting stopped.\n\nAid arrived.", "  ", "lede: Fighting stopped. | body: Aid arrived.")]
    [InlineData("Fighting stopped.", "Truce\nholds ", "headline: Truce holds | lede: Fighting stopped.")]
    // Structured input is not searched for section labels or bylines.
    [InlineData("World\n\nBy Anna Keller\n\nFighting stopped.", "Truce holds", "headline: Truce holds | lede: World | body: By Anna Keller | body: Fighting stopped.")]
    public void Makes_the_title_of_structured_input_the_headline(string body, string? title, string expected) =>
        Assert.Equal(expected, Layout(Build(body, title, page: false)));

    [Theory]
    // Line breaks of every kind, blank lines made of white space, control and zero-width characters.
    [InlineData("One.\r\n\r\nTwo.", "lede: One. | body: Two.")]
    [InlineData("One.\r\rTwo.", "lede: One. | body: Two.")]
    [InlineData("One.\u2029Two.", "lede: One. | body: Two.")]
    [InlineData("One.\n \t \nTwo.", "lede: One. | body: Two.")]
    [InlineData("  One   more\ttime.  ", "lede: One more time.")]
    [InlineData("One\0more\u0001time.", "lede: One more time.")]
    [InlineData("\uFEFFOne more\u200B time.", "lede: One more time.")]
    [InlineData("", "")]
    [InlineData("\n\n \n", "")]
    public void Cleans_paragraph_text(string body, string expected) => Assert.Equal(expected, Layout(Build(body)));
}
