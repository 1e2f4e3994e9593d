using FramingAnalyzer.Model;
using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// Groups as speakers and later mentions of them, from two batteries of news sentences written for this project by
/// category (groups, publics and bodies named bare; surnames, role nouns and pronouns after a first full mention),
/// without looking at any corpus: an adjunct between commas before "that", a relative clause opened by "many of whom",
/// a list opened by "including", the people a survey asked, a lawyer whose client is named before an of-phrase, the
/// gender of an apposition's own words, a role word that opens its sentence with a prepositional phrase after it, and a
/// body of the actor list whose name looks plural. The sentences and people are invented.
/// </summary>
public class GroupsAndLaterMentionsTests
{
    [Theory]
    [InlineData("The Ledger reported, without citing evidence, that the protesters had been paid.", "The Ledger", "reported", "the protesters had been paid")]
    [InlineData("Two-thirds of Republicans surveyed said they would support the ban.", "Two-thirds of Republicans surveyed", "said", "they would support the ban")]
    [InlineData("Nearly half of those polled said they would vote for a third party.", "Nearly half of those polled", "said", "they would vote for a third party")]
    [InlineData("Residents of the valley, many of whom have farmed there for decades, argue that the dam will flood them out.",
        "Residents of the valley, many of whom have farmed there for decades", "argue", "the dam will flood them out")]
    [InlineData("Opponents in the council, including Hanna Belt and Tom Varga, argued that the plan went too far.",
        "Opponents in the council, including Hanna Belt and Tom Varga", "argued", "the plan went too far")]
    public void The_source_the_cue_and_the_clause_are_found(string text, string source, string cue, string content) => AssertOnlyRelation(text, source, cue, content);

    [Theory]
    [InlineData("Dana Lorne, a lawyer for the family of the man killed by officers on Sunday, said the footage must be released.", "citizen")] // the client is the family
    [InlineData("Marta Iles, a home health aide in Tulsa, said she was voting for the first time.", "citizen")] // no political aide
    [InlineData("Fed Chair Ada Holm said rates would rise.", "official")]
    [InlineData("Respondents said the economy was getting worse.", "citizen")]
    [InlineData("Those polled said the economy was getting worse.", "citizen")]
    [InlineData("The oil industry argued that the rule would cost jobs.", "business")]
    [InlineData("The gun lobby argued that the measure would do nothing.", "ngo_intl")]
    [InlineData("Ines Varo, the United Nations high commissioner for human rights, said she was appalled.", "ngo_intl")]
    [InlineData("Police Commissioner Tom Reyes said the officer would be fired.", "official")]
    [InlineData("Ada Holm, the American special envoy for Afghan peace, said the talks were productive.", "official")] // a nationality is no principal
    [InlineData("Ines Varo, the United Nations special envoy for Tarsk, said the talks were productive.", "ngo_intl")]
    public void The_type_follows_the_group_or_the_role(string text, string type)
    {
        Assert.Equal(type, OnlyTyped(text).SourceType);
    }

    [Fact]
    public void The_nationality_of_the_head_noun_phrase_is_the_affiliation_not_one_in_its_prepositional_phrase()
    {
        Assert.Equal("united_states", OnlyTyped("Ada Holm, the American special envoy for Afghan peace, said the talks were productive.").Affiliation);
    }

    [Fact]
    public void They_goes_to_a_group_named_by_a_role_word_and_a_prepositional_phrase()
    {
        var read = Read("Democrats on the committee said on Tuesday that the report must be released in full.", "They said a summary was not enough.");
        var they = Saying(read, "They");
        Assert.Equal(("Democrats on the committee", "political"), (they.SourceCanonical, they.SourceType));
    }

    [Fact]
    public void She_goes_to_a_lawyer_whose_apposition_names_a_man_after_a_preposition()
    {
        var read = Read(
            "Dana Lorne, a lawyer for the family of the man killed by officers on Sunday, said the footage must be released.",
            "The police chief, Mark Reyes, said the department would release it within ten days.",
            "\"This family deserves answers today,\" she said.");
        Assert.Equal("Dana Lorne", Saying(read, "she").SourceCanonical);
    }

    [Fact]
    public void He_passes_over_a_man_named_after_a_preposition_to_the_man_who_spoke_before()
    {
        var read = Read(
            "Gov. Tom Lind said Thursday that barbershops could reopen May 15.",
            "The order came too late for Paul Varga, a barber who closed his shop for good last month.",
            "People should be careful but not afraid, he said.");
        var he = Saying(read, "he");
        Assert.Equal(("Tom Lind", "official"), (he.SourceCanonical.Replace("Gov. ", ""), he.SourceType));
    }

    [Fact]
    public void A_man_named_after_a_preposition_in_the_sentence_of_his_own_quotation_stays_the_speaker()
    {
        var read = Read("Gov. Tom Lind said Thursday that barbershops could reopen May 15.", "For Paul Varga, a barber, the news came too late: \"I closed for good,\" he said.");
        Assert.Contains("Varga", Saying(read, "he").SourceCanonical);
    }

    [Fact]
    public void An_apposition_that_gives_only_an_age_and_a_home_is_a_member_of_the_public()
    {
        Assert.Equal("citizen", OnlyTyped("Carlos Ruiz, a 29-year-old from Tarsk, said he had walked for three weeks.").SourceType);
    }

    [Fact]
    public void The_union_goes_to_a_listed_union_whose_name_looks_plural()
    {
        var read = Read("The United Auto Workers called a strike against General Motors on Sunday.", "The union said the two sides remained far apart.");
        var union = Saying(read, "The union");
        Assert.Equal(("United Auto Workers", "ngo_intl"), (union.SourceCanonical, union.SourceType));
    }
}
