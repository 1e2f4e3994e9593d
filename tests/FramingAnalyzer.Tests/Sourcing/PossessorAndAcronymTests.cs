using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// Constructions from a fresh development sample of real US news (round 25): a pronoun in a clause that hangs on a
/// person's possession ("Mr. Holm's appearance, in which he said"), an acronym a body's name spells or gives in
/// parentheses, "to" inside a body's name, a coordinated elected office left ("the former first lady and senator"), "the
/// agency" that is no coalition named before, the European Union written "E.U.", a country that is a person's given
/// name, the day an apposition describes, and role words of sports and courts. The sentences and people are invented.
/// </summary>
public class PossessorAndAcronymTests
{
    [Theory]
    [InlineData("Ivo Marden spoke at the rally on Sunday with Peter Lorne.", "Critics seized upon Mr. Marden's television appearance, in which he said the figures were wrong.")]
    [InlineData("Peter Lorne met John Marden on Monday.", "Critics seized upon Marden's television appearance, during which he said the figures were wrong.")]
    [InlineData("John Marden sat for an interview with Peter Lorne.", "In Marden's speech on Tuesday, he said the figures were wrong.")]
    public void A_pronoun_in_a_clause_hanging_on_a_possession_is_the_possessor(string first, string second)
    {
        var he = Saying(Read(first, second), "he");
        Assert.Contains("Marden", he.SourceCanonical);
    }

    [Fact]
    public void A_possessor_taken_as_a_name_is_named_without_its_possessive()
    {
        var he = Saying(Read("These are the times of a campaign that sat down this month on Mr. Lorne's show.", "He said the figures were wrong."), "He");
        Assert.Equal("Mr. Lorne", he.SourceCanonical);
    }

    [Theory]
    [InlineData("More than 1,000 parents took part, according to the event organizer Alliance to Reclaim Our Parks (ARP).", "ARP argues that families want their parks back.")]
    [InlineData("More than 1,000 parents took part, according to the Alliance for Better Schools.", "ABS argues that families want their schools back.")]
    public void An_acronym_is_the_body_whose_name_spells_it_or_gives_it_in_parentheses(string first, string second)
    {
        var acronym = Saying(Read(first, second), second[..3]);
        Assert.Equal("ngo_intl", acronym.SourceType);
        Assert.Contains("Alliance", acronym.SourceCanonical);
    }

    [Fact]
    public void An_acronym_is_not_a_body_whose_initials_spell_something_else()
    {
        var acronym = Saying(Read("The plan was backed by the Alliance for Better Schools.", "ABC argues that families want their schools back."), "ABC");
        Assert.DoesNotContain("Alliance", acronym.SourceCanonical);
    }

    [Theory]
    [InlineData("The Committee to Shield Reporters said the arrests were unjustified.", "The Committee to Shield Reporters")]
    [InlineData("The arrests were unjustified, according to the Campaign to End Gridlock.", "the Campaign to End Gridlock")]
    public void A_to_inside_a_bodys_capitalised_name_belongs_to_the_name(string text, string source) => Assert.Contains(source, Sources(text));

    [Theory]
    [InlineData("The former first lady and U.S. senator said it was a mistake to use private email.", "political")]
    [InlineData("The former Treasury secretary and Harvard president said it was a mistake to cut the rate.", "expert")]
    public void A_left_office_joined_to_an_elected_office_stays_political(string text, string type) =>
        Assert.Equal(type, TypeOfSource(text, text[..text.IndexOf(" said", StringComparison.Ordinal)]));

    [Fact]
    public void The_agency_is_not_a_coalition_named_before()
    {
        var agency = Saying(Read("The program has been backed by the Visa Investment Coalition, an industry group.",
            "In a 2013 memo, the agency suggested that the program end."), "the agency");
        Assert.NotEqual("Visa Investment Coalition", agency.SourceCanonical);
        var group = Saying(Read("The program has been backed by the Visa Investment Coalition, an industry group.",
            "In a 2013 memo, the group suggested that the program end."), "the group");
        Assert.Equal("Visa Investment Coalition", group.SourceCanonical);
    }

    [Theory]
    [InlineData("E.U. blasts the travel ban as it unleashes chaos at airports.", "E.U.")]
    [InlineData("The E.U. said on Monday that it would respond to the tariffs.", "The E.U.")]
    public void The_EU_written_with_stops_is_the_international_body(string text, string source) =>
        Assert.Equal("ngo_intl", TypeOfSource(text, source));

    [Theory]
    [InlineData("Middleweight Champion Israel Adesola said his opponent would crumble.", "Middleweight Champion Israel Adesola", null)]
    [InlineData("Israel Defense Forces spokesman Jon Dorin said the strike hit a depot.", "Israel Defense Forces spokesman Jon Dorin", "israel")]
    public void A_country_that_is_a_persons_given_name_gives_no_affiliation(string text, string source, string? affiliation)
    {
        var found = Saying(Read(text), source);
        Assert.Equal(affiliation ?? "unknown", found.Affiliation);
    }

    [Theory]
    [InlineData("As protests spread, gay rights campaigners on Monday, the start of Pride month, called for a return to the movement's roots.", "gay rights campaigners")]
    [InlineData("Union leaders on Tuesday, the first day of the strike, said the talks had failed.", "Union leaders")]
    public void An_apposition_after_a_day_describes_the_day_not_the_source(string text, string source) => Assert.Contains(source, Sources(text));

    [Theory]
    [InlineData("Supreme Court nominee Dana Lorne argued in a dissent last year that felons should be allowed to vote.", "Supreme Court nominee Dana Lorne", "official")]
    [InlineData("League commissioner Ivo Marden noted that the league had reached out to the player.", "League commissioner Ivo Marden", "business")]
    [InlineData("Harbor City linebacker Ivo Marden expressed his support for the plan.", "Harbor City linebacker Ivo Marden", "citizen")]
    [InlineData("Heavyweight champion Ivo Marden said his opponent would crumble.", "Heavyweight champion Ivo Marden", "citizen")]
    [InlineData("And all major medical groups urge nearly everyone to get the yearly flu vaccine.", "all major medical groups", "expert")]
    [InlineData("Large majorities also say that corporations wield too much power.", "Large majorities", "citizen")]
    public void Roles_of_courts_sports_medicine_and_polls_type_the_source(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Theory]
    [InlineData("Harbor State University at Elkton student Ada Varo argued that the gym should be divided.", "Harbor State University at Elkton student Ada Varo", "citizen")]
    [InlineData("University of Elkton student Ada Varo argued that the gym should be divided.", "University of Elkton student Ada Varo", "citizen")]
    [InlineData("A senior Google security official said the hackers had failed.", "A senior Google security official", "business")]
    [InlineData("Israeli security officials said the hackers had failed.", "Israeli security officials", "official")]
    [InlineData("The resolution, which the House had approved in March, underscored the concerns of lawmakers.", "The resolution, which the House had approved in March", "document")]
    [InlineData("One of the docs who sent the letter called the host a quack.", "One of the docs who sent the letter", "expert")]
    [InlineData("Not everyone finds that pitch compelling.", "everyone", "citizen")]
    [InlineData("The top soccer clubs in the league said they would not play.", "The top soccer clubs in the league", "business")]
    [InlineData("The Elkton Orthodox Church Patriarchy said all Easter services would be held.", "The Elkton Orthodox Church Patriarchy", "ngo_intl")]
    public void The_role_nearest_the_name_and_role_words_of_real_copy_type_the_source(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Fact]
    public void A_former_adviser_of_an_official_no_longer_speaks_for_the_state()
    {
        var read = Read("Mayor Ada Varo said the bridge would open on Monday.",
            "Varo's former housing adviser warned that rents would rise.", "Varo's housing adviser said rents would fall.");
        Assert.Equal("expert", Saying(read, "Varo's former housing adviser").SourceType);
        Assert.Equal("official", Saying(read, "Varo's housing adviser").SourceType);
    }

    [Theory]
    [InlineData("Dozens of bills have died in committee, Elkton Today reported.", "Elkton Today")]
    [InlineData("Elkton Today Sports published a broadside against youth football, claiming that the sport is too dangerous.", "Elkton Today Sports")]
    [InlineData("During a nationally televised press briefing President Ada Varo suggested that doctors test the idea.", "President Ada Varo")]
    [InlineData("After the vote Ivo Marden said the talks had failed.", "Ivo Marden")]
    [InlineData("In suburban Elkton County, Dana Lorne, 51, said she had seen nothing suspicious.", "Dana Lorne, 51")]
    public void Outlets_named_Today_and_names_after_an_adjunct_without_a_comma_are_the_source(string text, string source) => Assert.Contains(source, Sources(text));

    [Fact]
    public void An_outlet_named_Today_is_media() => Assert.Equal("media", TypeOfSource("Dozens of bills have died in committee, Elkton Today reported.", "Elkton Today"));

    [Fact]
    public void The_agency_is_not_an_association_named_before()
    {
        var agency = Saying(Read("The plan was backed by the Elkton Conference of Mayors, which lobbies for cities.",
            "In a 2013 memo, the agency suggested that the program end."), "the agency");
        Assert.NotEqual("ngo_intl", agency.SourceType);
    }

    [Theory]
    [InlineData("Russia killed civilians in air strikes last year, U.N. investigators said on Monday.", "U.N. investigators", "ngo_intl")]
    [InlineData("Police investigators said the fire had been set.", "Police investigators", "official")]
    public void Investigators_take_the_type_of_the_body_they_work_for(string text, string source, string type) => Assert.Equal(type, TypeOfSource(text, source));

    [Fact]
    public void A_body_whose_name_joins_two_nouns_with_and_keeps_its_own_type() =>
        Assert.Equal("official", TypeOfSource("The state Department of Children and Families acknowledged in a letter that caseworkers had missed visits.",
            "The state Department of Children and Families"));

    [Fact]
    public void The_company_is_not_a_department_whose_possessive_runs_into_a_capitalised_day()
    {
        var company = Saying(Read("He said the legislature would not meet the Justice Department's Monday deadline to repeal it.",
            "PayPal canceled plans to open a center in Elkton. The company said last month that the law was wrong."), "The company");
        Assert.Equal("business", company.SourceType);
    }

    [Fact]
    public void A_person_after_a_preposition_who_has_spoken_through_who_keeps_a_later_she()
    {
        var she = Saying(Read("\"The plan would cost a fortune,\" said Ada Varo, an economist at the Harbor Policy Center.",
            "It has become a major issue in the campaign, with Maria Lorne — who’s called for big tax hikes on the rich — lambasting the plan.",
            "\"The kind of plan he has put forth would be trickle-down economics all over again,\" she said in the first debate."), "she");
        Assert.Equal("Maria Lorne", she.SourceCanonical);
    }

    private static IEnumerable<string> Sources(string text)
    {
        var read = Read(text);
        return read.Attributions.Select(a => read.Text[a.Source.Start..a.Source.End]).ToList();
    }
}
