using FramingAnalyzer.Model;
using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// Typing signals that outrank a role word (issue 13): a party tag marks a party's legislator whatever committee title
/// precedes the name; a budget office or inspector general is an office of the state even when a legislature's name
/// precedes it, and the party's letter alone ("(D)") marks a former office-holder as a party figure; a lawyer acting for a
/// body takes the body's type, officials in a party the party's, an engineer at a company the company's; slides and
/// protocols are documents. The sentences are
/// written here; the people and most bodies are invented.
/// </summary>
public class PrincipalAndTagTypingTests
{
    [Theory]
    [InlineData("Budget Committee Chairman Tom Avery (R-Kan.) said the bill was too costly.", "political")]
    [InlineData("Finance Chairwoman Lia Brandt (D-Ore.) said the hearing would resume in May.", "political")]
    [InlineData("The nonpartisan Congressional Budget Office said the plan would add to the deficit.", "official")]
    [InlineData("The state's inspector general said the contracts were never audited.", "official")]
    [InlineData("\"The permit was unlawful,\" said Dana Frick, a lawyer for the Harbor Defense Fund, an advocacy group.", "ngo_intl")]
    [InlineData("A lawyer for the Ministry of Transport said the tender was fair.", "official")]
    [InlineData("A lawyer for the striking nurses said the ruling would be appealed.", "citizen")]
    [InlineData("One of the family's attorneys, Ray Dunn, said the officers had given no warning.", "citizen")]
    [InlineData("A lawyer for the news outlets, Dana Frick, said no decision had been made about an appeal.", "media")]
    [InlineData("A lawyer for the company said the contract had been honoured.", "business")]
    [InlineData("The regime said the strikes had hit only military targets.", "official")]
    [InlineData("Ada Holm, a two-decade veteran of the Democratic National Committee, said the rules were clear.", "political")]
    [InlineData("A 20-year veteran of the Harbor City Police Department said the policy was new.", "official")]
    [InlineData("\"We were never told,\" said Tom Hale, a Vietnam veteran who lives in Dayton.", "citizen")]
    [InlineData("Senate candidate Ola Fenn's lawyer said the ad was defamatory.", "political")]
    [InlineData("The Congressional Budget Office said the plan would add to the deficit.", "official")]
    [InlineData("Republican vice-presidential nominee Gov. Ada Holm said the rally would go ahead.", "political")]
    [InlineData("About 3,000 people marched, according to the march organizer Harbour Alliance.", "ngo_intl")]
    [InlineData("The rally organizer Tom Avery said about 3,000 people had marched.", "citizen")]
    [InlineData("Ada Holm, who runs Ms. Lind's get-out-the-vote effort among nurses' families, said turnout would rise.", "political")]
    [InlineData("\"The sale was a sham,\" said Kai Berg, a lawyer at Berg & Lund, who represents the Ministry of Transport in the case.", "official")]
    [InlineData("\"The sale was a sham,\" said Kai Berg, a lawyer at Berg & Lund, who represents two of the buyers.", "expert")]
    [InlineData("One slide says the tariff would cost each family $900.", "document")]
    [InlineData("Fire department protocol calls for the crew to wait for a second engine.", "document")]
    [InlineData("Former Mayor Jon Pike (D) said the state had failed.", "political")]
    [InlineData("Gov. Jay Pell (R) said the order would stand.", "official")]
    [InlineData("Senior officials in the Democratic Party said the nominee had been warned.", "political")]
    [InlineData("Officials in the Ministry of Transport said the tender was fair.", "official")]
    [InlineData("Northwind Chief Operating Officer Ellen Park said the plant would close.", "business")]
    [InlineData("A senior Google engineer said the feature had been delayed.", "business")]
    [InlineData("Senior White House officials said the meeting was productive.", "official")]
    [InlineData("White House economic adviser Ray Olsen said growth would pick up.", "official")]
    [InlineData("The Republican Harbor Coalition said it would host the candidates.", "political")]
    [InlineData("The Democratic Mayors Association said the ads would run in five states.", "political")]
    [InlineData("The Harbor Mayors Association said the ads would run in five states.", "ngo_intl")]
    [InlineData("The Harbor City Council voted to approve the budget, the council said.", "political")]
    [InlineData("The National Security Council said the review was under way.", "official")]
    [InlineData("\"Both parties saw the port as vital,\" said Tom Hale, who served as Asia director for the National Security Council.", "expert")]
    public void Typed(string text, string type) => Assert.Equal(type, OnlyTyped(text).SourceType);

    /// <summary>A person's office, staff, deputy or camp speaks for that person and takes the person's type: a senator's
    /// office is a party figure's, a governor's the state's; with no person named, an office is the state's and a staff its workers'.</summary>
    [Theory]
    [InlineData("Sen. Ola Fenn said the hearing would go on. Fenn's office said later that the date would be set.", "Fenn's office", "political")]
    [InlineData("Gov. Jay Pell said he would not endorse. Pell's office said the governor was busy.", "Pell's office", "official")]
    [InlineData("Senate candidate Nora Quill's staff said she would not debate again.", "Senate candidate Nora Quill's staff", "political")]
    [InlineData("Republican nominee Nora Quill said the poll was wrong. The Quill camp said the poll was rigged.", "The Quill camp", "political")]
    [InlineData("Police Chief Tom Avery's deputy said the bureau had followed the rules.", "Police Chief Tom Avery's deputy", "official")]
    [InlineData("The office said the bill would be signed on Friday.", "The office", "official")]
    [InlineData("Hospital staff said two nurses were killed.", "Hospital staff", "citizen")]
    public void ThePrincipalOfAnOfficeStaffOrCamp(string text, string source, string type) => Assert.Equal(type, TypeOfSource(text, source));

    /// <summary>Someone who speaks for a person takes that person's capacity, also when the role has plain modifiers
    /// ("her senior climate adviser") or is named first in the narrative; an adviser to an office-holder does not campaign,
    /// an adviser to a campaign does.</summary>
    [Theory]
    [InlineData("Tom Hale, an adviser to President Ada Holm, said the plan was ready.", "Tom Hale, an adviser to President Ada Holm", "official")]
    [InlineData("Mayor Tom Hale, an adviser to the Quill campaign, said the plan was ready.", "Mayor Tom Hale, an adviser to the Quill campaign", "political")]
    [InlineData("President Ada Holm met reporters on Monday. \"The plan is ready,\" her senior adviser said.", "her senior adviser", "official")]
    [InlineData("President Ada Holm summoned her senior climate adviser, Tom Hale, to her office. Mr. Hale said the plan was ready.", "Mr. Hale", "official")]
    public void Whom_an_adviser_speaks_for(string text, string source, string type) => Assert.Equal(type, TypeOfSource(text, source));
}
