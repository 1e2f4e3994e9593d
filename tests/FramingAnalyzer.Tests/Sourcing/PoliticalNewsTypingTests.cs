using FramingAnalyzer.Model;
using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// Typing of the roles and bodies that US political news quotes (issue 13): local law officers, unions, fact-checkers,
/// pollsters and party committees, federal agencies, websites, moderators and contributors, studies, filings and
/// transcripts, statistics and polling averages, questioners and friends. The sentences are written here; the people
/// are invented, the bodies are the real ones the shipped lexicons list.
/// </summary>
public class PoliticalNewsTypingTests
{
    [Theory]
    [InlineData("U.S. Trade Representative Janet Colvin said the deal was fair.", "official", "role")]
    [InlineData("Kinshasa said the vote would go ahead.", "official", "seat_of_government")]
    [InlineData("Bogota said the talks with the rebels would resume.", "official", "seat_of_government")]
    [InlineData("The British leader said the talks would go on.", "official", "role")]
    [InlineData("The Republican leader said the bill was dead.", "political", "role")]
    [InlineData("The Clinton Foundation's board said in a statement that the decision was wrong.", "ngo_intl", "role")]
    [InlineData("Delmont Motors' board of directors said the offer was too low.", "business", "role")]
    [InlineData("The Gulf Coast Immigrant Rights Network said it would hold vigils in six cities.", "ngo_intl", "institution")]
    [InlineData("Bishop Roland Feyer said the diocese would review the school's statement.", "ngo_intl", "role")]
    [InlineData("Major national outlets described the boys as a mob within hours.", "media", "role")]
    [InlineData("\"Prices will rise,\" said Tobias Kreller, head of commodities research at a Frankfurt-based bank.", "expert", "apposition")]
    [InlineData("\"The law is unconstitutional,\" said Maya Prideaux, a staff attorney with the ACLU of Georgia.", "ngo_intl", "apposition")]
    [InlineData("Her Democratic opponent, Owen Latimer, a former Navy helicopter pilot, said she had dodged the question.", "political", "role")]
    [InlineData("The rebel leader said his fighters would not withdraw.", "armed_group", "role")]
    [InlineData("The union leader said members would strike.", "ngo_intl", "role")]
    [InlineData("City Attorney Bram Holt said the ad was misleading.", "official", "role")]
    [InlineData("District Attorney Vera Munk said the case would go to trial.", "official", "role")]
    [InlineData("A union representing bus drivers said the contract was fair.", "ngo_intl", "role")]
    [InlineData("Ohio AFL-CIO President Nora Pell said the plant would close.", "ngo_intl", "role")]
    [InlineData("PolitiFact said the claim was false.", "media", "actor")]
    [InlineData("Fact-checkers said the figure was wrong.", "media", "role")]
    [InlineData("Gallup found that the race was tied.", "expert", "actor")]
    [InlineData("The Cook Political Report said the seat was a toss-up.", "expert", "actor")]
    [InlineData("Federal statistics show that wages rose.", "document", "role")]
    [InlineData("The newspaper's battleground average shows the mayor ahead.", "document", "role")]
    [InlineData("A friend said she had never voted before.", "citizen", "role")]
    [InlineData("The website said the claim was false.", "media", "role")]
    [InlineData("The campaign's website says the plan would cut taxes.", "political", "role")]
    [InlineData("Representative Ola Fenn of Ohio said the bill would pass.", "political", "role")]
    [InlineData("A company representative said the plant would stay open.", "business", "role")]
    [InlineData("Elected officials from both parties say the bridge must be rebuilt.", "political", "role")]
    [InlineData("A local elected official said the bridge must be rebuilt.", "political", "role")]
    [InlineData("Chief Justice Ada Holm said the court would rule soon.", "official", "role")]
    [InlineData("The FBI said the review was closed.", "official", "actor")]
    [InlineData("The NAACP said the law would keep voters away.", "ngo_intl", "actor")]
    [InlineData("The debate moderators said the candidates had gone over time.", "media", "role")]
    [InlineData("A Fox News contributor said the race was over.", "media", "role")]
    [InlineData("One questioner said she wanted to hear about health care.", "citizen", "role")]
    [InlineData("Other studies show that the tax cut paid for itself.", "document", "role")]
    [InlineData("The complaint says the company hid its losses.", "document", "role")]
    [InlineData("The transcript shows that the senator never answered.", "document", "role")]
    [InlineData("The goal is to curb activist investors, according to a speech Ms. Lind delivered in July.", "document", "role")]
    [InlineData("At least 40 people drowned in the river this year, according to a Daily Courier database of such deaths.", "document", "role")]
    [InlineData("Mr. Holm's brief says the records should stay sealed.", "document", "role")]
    [InlineData("According to her account, the doctor sent the governor to hospital.", "document", "role")]
    [InlineData("The affidavit says the money was wired twice.", "document", "role")]
    [InlineData("The senator's tweet said the vote was rigged.", "document", "role")]
    [InlineData("The indictment alleges that the mayor took bribes.", "document", "role")]
    [InlineData("\"We must act now,\" said Tom Vick, who helmed the DNC in the 1990s.", "political", "phrase")]
    [InlineData("His big boss said the show would go on.", "business", "role")]
    [InlineData("The special counsel said the inquiry would continue.", "official", "role")]
    [InlineData("The medical examiner said the death was a homicide.", "official", "role")]
    [InlineData("Two jurors said the verdict had been hard to reach.", "citizen", "role")]
    [InlineData("Some attendees said the speech ran too long.", "citizen", "role")]
    [InlineData("Shareholders said the board had ignored them.", "business", "role")]
    [InlineData("The paper's editor-in-chief said the story was accurate.", "media", "role")]
    [InlineData("The Harbor Herald Daybreak tracking poll shows the mayor ahead.", "document", "role")]
    [InlineData("The Commission on Presidential Debates said the format would not change.", "ngo_intl", "actor")]
    [InlineData("Lena Voss, a spokeswoman for the United Dock Workers of America, said the port would close.", "ngo_intl", "apposition")]
    [InlineData("Veterans Affairs Secretary Rob Fenwick said the wait times had fallen.", "official", "role")]
    [InlineData("The founder of a small bakery said the tax would close her shop.", "business", "role")]
    [InlineData("Voting rights advocates said the law would keep students away.", "ngo_intl", "role")]
    [InlineData("The members of the United Nations Security Council said the test was a provocation.", "ngo_intl", "role")]
    [InlineData("A county clerk said the ballots had been counted twice.", "official", "role")]
    [InlineData("Homeowners said the water had reached their doors.", "citizen", "role")]
    [InlineData("The incumbent said the seat was safe.", "political", "role")]
    [InlineData("The filmmaker said the prison scenes were filmed in one week.", "media", "role")]
    [InlineData("The videos show the driver stepping out of his car.", "document", "role")]
    [InlineData("The clip says the senator voted against the bill twice.", "document", "role")]
    [InlineData("The recordings show that the count was stopped twice.", "document", "role")]
    [InlineData("The city of Dunmore is demanding that the campaign stop using its logo.", "official", "role")]
    [InlineData("The state of Ohio said the ballots would be counted again.", "official", "role")]
    [InlineData("Nora Pell, a financial adviser in Dayton, said rates would stay low.", "expert", "apposition")]
    [InlineData("Financial planner Bram Holt said rates would stay low.", "expert", "role")]
    [InlineData("The United States pledged to cut its emissions by a third.", "official", "seat_of_government")]
    [InlineData("The Netherlands said the talks would go on.", "official", "seat_of_government")]
    public void Roles_and_bodies_of_political_news_have_their_type(string text, string type, string evidence)
    {
        var attribution = OnlyTyped(text);
        Assert.Equal((type, evidence), (attribution.SourceType, attribution.TypeEvidence));
    }

    [Fact]
    public void A_nationality_in_the_plural_is_no_government_a_country_name_ending_in_s_is()
    {
        Assert.NotEqual("official", OnlyTyped("Americans say the tax is too high.").SourceType);
        Assert.NotEqual("official", OnlyTyped("South Koreans say the tax is too high.").SourceType);
        Assert.Equal("official", OnlyTyped("The United States said the tax was too high.").SourceType);
    }

    [Theory]
    [InlineData("The campaign plans to release more medical records soon, a spokesman announced on Monday.", "political")]
    [InlineData("Vera Lind's campaign held a rally in Dayton on Tuesday. The tweets were sent at dawn. Spokeswoman Ada Moss said the reports were false.", "political")]
    [InlineData("The ministry closed the road on Monday. A spokesman said the road would reopen on Friday.", "official")]
    [InlineData("The army began a military campaign in the north. A spokesman said the road would reopen on Friday.", "official")]
    [InlineData("The campaign plans to hold a rally. A spokesman for the Harbour Board said the quay would stay open.", "official")]
    public void A_spokesperson_with_no_principal_speaks_for_the_campaign_the_sentences_name(string text, string type)
    {
        var attribution = OnlyTyped(text);
        Assert.Equal(type, attribution.SourceType);
    }
}
