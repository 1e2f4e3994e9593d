using FramingAnalyzer.Input;

namespace FramingAnalyzer.Tests.Input;

/// <summary>The outlet a scraped page names, for text articles without an outlet folder or front matter.</summary>
public sealed class PageOutletTests
{
    [Theory]
    [InlineData("News\nCouncil approves bridge plan\nThe council approved the plan on Tuesday.\nPlain Wire\nThe vote was 9 to 4.", "Plain Wire", "an outlet line after the lede")]
    [InlineData("Council approves bridge plan\nThe council approved the plan on Tuesday.\nVoice of the Valley\nThe vote was 9 to 4.", "Voice of the Valley", "an outlet line after the lede")]
    [InlineData("Source: The Courier\nCouncil approves bridge plan\nThe council approved the plan.", "The Courier", "a 'Source' line")]
    [InlineData("Published by Evening Star\nCouncil approves bridge plan\nThe council approved the plan.", "Evening Star", "a 'Published by' line")]
    [InlineData("World\nFighting near Tesk\nClashes broke out on Monday.\nBy Sofia Arden, Meridian Wire\nGovernment forces fought.", "Meridian Wire", "a byline")]
    [InlineData("Conflict\nFighters seize dam\nFighters took the site.\nBy Nadia Korr | Free Valley Voice\nThe NVF said.", "Free Valley Voice", "a byline")]
    [InlineData("Security\nArmy repels assault\nThe army fought off an attack.\nKarvania Today | Staff reporter\nBandits stormed the site.", "Karvania Today", "a byline")]
    [InlineData("Fighting near Tesk\nTESK, Karvania, March 2 (Meridian Wire) - Government forces fought on Monday.\nMore text.", "Meridian Wire", "a dateline")]
    [InlineData("Council approves bridge plan\nThe council approved the plan, officials said.\nThe vote was 9 to 4.\n© 2026 The Courier. All rights reserved.", "The Courier", "a copyright line")]
    public void Recognised_outlet_lines(string page, string outlet, string how)
    {
        Assert.Equal((outlet, how), PageOutlet.Find(page));
    }

    [Theory]
    [InlineData("News\nRebels storm dam\nGunmen seized the dam at dawn.\nBy Kev Marlow\nRebel thugs stormed the site.")]           // a byline without an outlet
    [InlineData("Europe\nFighting near Tesk\nClashes left soldiers dead.\nBy Helen Strand, NBS Europe correspondent\nText.")] // a byline ending in a role
    [InlineData("News\nCouncil approves bridge plan\nThe council approved the plan on Tuesday.\nRead More\nThe vote was 9 to 4.")] // a prompt
    [InlineData("News\nCouncil approves bridge plan\nThe council approved the plan on Tuesday.\nand then the mayor spoke\nText.")]
    [InlineData("News\nCouncil approves bridge plan\nThe council approved the plan on Tuesday.\nThe mayor spoke for an hour.\nText.")]
    [InlineData("Council approves bridge plan\nThe council approved the plan on Tuesday\nPlain Wire\nText.")]                         // no lede sentence before the name
    [InlineData("Council approves bridge plan\nThe council approved the plan on Tuesday.\nPlain Wire")]                               // nothing after the name
    [InlineData("Just a single paragraph of text that names nobody.")]
    [InlineData("")]
    public void Pages_that_name_no_outlet(string page)
    {
        Assert.Null(PageOutlet.Find(page));
    }
}
