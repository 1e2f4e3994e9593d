using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// Constructions from four batteries of news sentences written for this project by beat (the 2016 campaign trail,
/// contested social issues, foreign and state-media copy, whole wire stories), without looking at any corpus: a later
/// "the chairman" for a person whose apposition gave that role, "both men" and "the two leaders" for names joined by
/// "and", a document described by a participle ("a police report obtained by the newspaper shows", "a poll released on
/// Tuesday found"), a place with its state between a verb and "that", the go-between of "through an interpreter", an
/// active "quoted X as saying", a left elected office, a role owned by "its" or by a generic body in an apposition, and
/// times that open a sentence. The sentences and people are invented.
/// </summary>
public class CampaignAndForeignNewsTests
{
    [Theory]
    [InlineData("Rep. Ada Holm, the chairman of the oversight committee, met the witness on Tuesday.", "The chairman said subpoenas would follow.")]
    [InlineData("\"We will get the documents,\" said Rep. Ada Holm, the chairman of the oversight committee.", "The chairman said subpoenas would follow.")]
    public void A_later_role_noun_goes_to_the_person_whose_apposition_gave_that_role(string first, string second)
    {
        var chairman = Saying(Read(first, second), "The chairman");
        Assert.Equal(("Rep. Ada Holm", "political"), (chairman.SourceCanonical, chairman.SourceType));
    }

    [Fact]
    public void A_later_role_noun_does_not_take_a_word_from_the_appositions_prepositional_phrase()
    {
        var committee = Saying(Read("Rep. Ada Holm, the chairman of the oversight committee, met the witness on Tuesday.",
            "The committee said subpoenas would follow."), "The committee");
        Assert.NotEqual("Rep. Ada Holm", committee.SourceCanonical);
    }

    [Theory]
    [InlineData("President Ada Holm and Prime Minister Tom Varga met in Osaka on Saturday.", "Both men said the talks had been productive.", "Both men")]
    [InlineData("Senator Ada Holm and Senator Tom Varga left the meeting early.", "The two leaders said the president had walked out.", "The two leaders")]
    [InlineData("Ada Holm and Tom Varga, both residents of the town, filed the suit.", "The pair said they had been ignored.", "The pair")]
    public void Both_men_and_the_two_leaders_go_to_names_joined_by_and(string first, string second, string source)
    {
        var pair = Saying(Read(first, second), source);
        Assert.Contains(" and ", pair.SourceCanonical);
    }

    [Theory]
    [InlineData("The police report obtained by the newspaper shows that the officer fired six shots.", "The police report obtained by the newspaper")]
    [InlineData("A police report seen by the Ledger shows that the officer fired six shots.", "A police report seen by the Ledger")]
    [InlineData("Documents reviewed by the Ledger show that the company knew of the flaw.", "Documents reviewed by the Ledger")]
    public void A_document_described_by_a_participle_and_its_agent_is_the_source(string text, string source) =>
        Assert.Equal("document", TypeOfSource(text, source));

    [Theory]
    [InlineData("The nominee argued in a speech in Reno, Nev., on Thursday that the plan had failed.", "The nominee", "argued", "the plan had failed")]
    [InlineData("Senator Ada Holm told a crowd in Elkton, Pa., that the plan had failed.", "Senator Ada Holm", "told", "the plan had failed")]
    [InlineData("Senator Ada Holm told a crowd in Newport News, Va., on Thursday that the plan had failed.", "Senator Ada Holm", "told", "the plan had failed")]
    [InlineData("Ivo Marden, a farmworker in the valley, said through an interpreter that he kept picking grapes.", "Ivo Marden, a farmworker in the valley", "said",
        "he kept picking grapes")]
    [InlineData("A new poll released on Tuesday found that support for the plan had fallen.", "A new poll released", "found", "support for the plan had fallen")]
    public void The_source_the_cue_and_the_clause_are_found(string text, string source, string cue, string content) => AssertOnlyRelation(text, source, cue, content);

    [Fact]
    public void The_person_a_news_agency_quoted_as_saying_is_the_source_of_what_follows()
    {
        var read = Read("The Tarsk News Agency quoted Foreign Minister Ada Holm as saying the border would stay closed.");
        var minister = Saying(read, "Foreign Minister Ada Holm");
        Assert.Equal("official", minister.SourceType);
        Assert.Equal("the border would stay closed", read.Text[minister.Content.Start..minister.Content.End]);
    }

    [Theory]
    [InlineData("The former Elkton governor said that the debate schedule was rigged.", "political")]
    [InlineData("Former Elkton Gov. Ada Holm said that the debate schedule was rigged.", "political")]
    [InlineData("Former Defense Secretary Ada Holm said that the debate schedule was rigged.", "expert")] // an appointed office left
    [InlineData("A sophomore who joined the protest said the dispute was about respect.", "citizen")]
    [InlineData("The Harlow County school board said in a statement that masks would stay.", "official")]
    [InlineData("The Revolutionary Guards said they had seized the tanker.", "official")]
    [InlineData("The Houthis said ten drones had struck the refinery.", "armed_group")]
    [InlineData("Separatist leader Ivo Marden said his forces would not pull back.", "armed_group")]
    public void The_type_follows_the_office_or_the_group(string text, string type) => Assert.Equal(type, OnlyTyped(text).SourceType);

    [Theory]
    [InlineData("The Tarsk Civil Liberties Union came out against the plan on Monday.", "Its president, Ada Holm, said in a statement that the cuts would hurt.",
        "Its president, Ada Holm")]
    [InlineData("The Tarsk Civil Liberties Union said the separations caused harm.", "Ada Holm, a spokeswoman for the group, said the government had no plan.",
        "Ada Holm, a spokeswoman for the group")]
    public void A_role_owned_by_its_or_by_the_group_takes_the_bodys_type(string first, string second, string source)
    {
        var read = Read(first, second);
        Assert.Equal("ngo_intl", Saying(read, source).SourceType);
    }

    [Fact]
    public void A_person_named_with_of_and_a_body_is_typed_by_the_body_when_a_pronoun_speaks_later()
    {
        var he = Saying(Read("Chief Ivo Marden of the Elkton Police Department marched with protesters on Tuesday.",
            "Standing before the crowd, he said officers who abuse their power do not represent the badge."), "he");
        Assert.Equal("official", he.SourceType);
    }

    [Fact]
    public void A_time_opening_the_sentence_before_is_no_antecedent_of_they()
    {
        var they = Saying(Read("Minutes later, Senator Ada Holm and Senator Ivo Marden delivered a joint response from the Capitol. They said the shutdown must end."), "They");
        Assert.Contains(" and ", they.SourceCanonical);
    }

    [Fact]
    public void A_body_named_after_the_preposition_of_another_thing_is_not_that_thing()
    {
        var institute = Saying(Read("A new analysis from the Harbor Policy Institute found that a quarter of families avoided benefits.",
            "The institute said the effect reached citizens too."), "The institute");
        Assert.Equal("expert", institute.SourceType);
    }

    [Theory]
    [InlineData("Demand at the pantry has tripled since March, said Dana Lorne, executive director of the Harbor Food Bank.",
        "Dana Lorne, executive director of the Harbor Food Bank", "said", "Demand at the pantry has tripled since March")]
    [InlineData("The plan would cut funding for rural hospitals, state Rep. Dana Lorne wrote in an email to constituents on Sunday.",
        "state Rep. Dana Lorne", "wrote", "The plan would cut funding for rural hospitals")]
    [InlineData("Press secretary Dana Lorne snapped at reporters that the president had never misled anyone.", "Press secretary Dana Lorne", "snapped",
        "the president had never misled anyone")]
    [InlineData("Senator Dana Lorne whined on the Senate floor that the majority was ramming the bill through.", "Senator Dana Lorne", "whined",
        "the majority was ramming the bill through")]
    [InlineData("According to the department's monthly report, employers added 266,000 jobs.", "the department's monthly report", "According to",
        "employers added 266,000 jobs")]
    [InlineData("In suburban Elkton County, Dana Lorne, 51, who volunteered as a poll watcher, said she had seen nothing suspicious.",
        "Dana Lorne, 51, who volunteered as a poll watcher", "said", "she had seen nothing suspicious")]
    public void The_source_the_cue_and_the_clause_of_regional_and_opinion_copy_are_found(string text, string source, string cue, string content) =>
        AssertOnlyRelation(text, source, cue, content);

    [Fact]
    public void A_newspaper_reporting_with_citing_after_it_is_the_source_of_the_clause_before()
    {
        var read = Read("The department had known about the readings since 2016, the Harbor Ledger reported Sunday, citing internal memos.");
        var ledger = read.Attributions.First(a => read.Text[a.Cue.Start..a.Cue.End] == "reported");
        Assert.Equal(("the Harbor Ledger", "The department had known about the readings since 2016"),
            (read.Text[ledger.Source.Start..ledger.Source.End], read.Text[ledger.Content.Start..ledger.Content.End]));
    }

    [Fact]
    public void The_infinitives_verb_is_not_part_of_a_relative_clauses_antecedent()
    {
        var read = Read("The bureau said agents had been unable to identify the person who posted it.");
        Assert.DoesNotContain(read.Attributions, a => read.Text[a.Source.Start..a.Source.End].StartsWith("identify", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("City Manager Ivo Marden told council members that the city faced a shortfall.", "official")]
    [InlineData("Fire Chief Ivo Marden said the blaze started in a kitchen.", "official")]
    [InlineData("We have a duty, said Ivo Marden, a Democrat from Lawrence who sits on the Senate Ways and Means Committee.", "political")]
    [InlineData("Demand has tripled since March, said Dana Lorne, executive director of the Harbor Food Bank.", "ngo_intl")]
    [InlineData("The drugmaker Velmar Pharma said it shared the goal.", "business")]
    public void The_type_of_regional_copy_follows_the_office_or_the_body(string text, string type) => Assert.Equal(type, OnlyTyped(text).SourceType);

    [Fact]
    public void They_after_a_participle_phrase_goes_to_the_plural_subject_of_the_sentence_before()
    {
        var they = Saying(Read("Two militia commanders in eastern Tarsk spoke to the Ledger by telephone on Sunday.",
            "Speaking on condition of anonymity, they said their fighters had halted the advance."), "they");
        Assert.Equal(("Two militia commanders", "armed_group"), (they.SourceCanonical, they.SourceType));
    }

    [Fact]
    public void An_apposition_opened_by_whose_says_nothing_of_the_persons_gender()
    {
        var she = Saying(Read("The drugmaker Velmar Pharma said it shared the goal.",
            "In Elkton, Carol Varo, whose 26-year-old son died of an overdose last year, said she had watched the announcement.",
            "\"I just hope it is not too late,\" she said."), "she");
        Assert.Equal("Carol Varo", she.SourceCanonical);
    }

    [Fact]
    public void Its_goes_to_a_body_the_apposition_calls_a_nonprofit()
    {
        var director = Saying(Read("Harbor Relief, a nonprofit that provides home care for elderly residents, laid off 40 workers. " +
            "Its executive director, Dana Lorne, said the agency had borrowed against its building."), "Its executive director, Dana Lorne");
        Assert.Equal("ngo_intl", director.SourceType);
    }

    [Theory]
    [InlineData("Supreme Leader Pak Jong Su met the envoy in Tarsk on Tuesday.", "\"The world will see a major change,\" Pak said through an interpreter.", "Pak")]
    [InlineData("Foreign ministry spokesman Gao Wenli said on Monday that the island was part of the country.", "At a regular news briefing, Gao said Tarsk opposed any contact.", "Gao")]
    public void A_surname_written_first_goes_to_the_full_name(string first, string second, string surname)
    {
        var read = Read(first, second);
        Assert.NotEqual(surname, Saying(read, surname).SourceCanonical);
    }

    [Fact]
    public void A_two_word_name_is_not_taken_up_by_its_given_name()
    {
        var read = Read("Ada Varo met the envoy in Tarsk on Tuesday.", "Ada said the talks had gone well.");
        Assert.Equal("Ada", Saying(read, "Ada").SourceCanonical);
    }

    [Fact]
    public void A_day_earlier_between_a_listener_and_that_is_a_time()
    {
        AssertOnlyRelation("Its spokesman, Gao Wenli, told a regular briefing a day earlier that the ministry would not fire first.", "Its spokesman, Gao Wenli", "told",
            "the ministry would not fire first");
    }

    [Fact]
    public void Both_and_a_noun_is_the_source_and_goes_to_the_two_of_that_noun_before()
    {
        var read = Read("Two Pentagon officials, speaking on condition of anonymity, said the withdrawal could begin within days.",
            "The defense secretary declined to comment.", "Both officials said about 1,000 troops would be affected.");
        Assert.Equal("Two Pentagon officials", Saying(read, "Both officials").SourceCanonical);
    }

    [Fact]
    public void Both_before_names_joined_by_and_stays_out_of_the_source()
    {
        AssertOnlyRelation("Both Ada Varo and Ivo Marden said the plan had failed.", "Ada Varo and Ivo Marden", "said", "the plan had failed");
    }

    [Fact]
    public void A_body_whose_name_has_and_between_a_medium_and_that_is_an_adjunct()
    {
        AssertOnlyRelation("The company said in a filing with the Securities and Exchange Commission on Thursday that it expected to cut 1,200 jobs.", "The company",
            "said", "it expected to cut 1,200 jobs");
    }

    [Theory]
    [InlineData("Chief Justice Ada Varo wrote for the 7-2 majority that no citizen was above the law.", "Chief Justice Ada Varo", "wrote", "no citizen was above the law")]
    [InlineData("Agent Ivo Marden told the House Judiciary and Oversight committees that he had no bias.", "Agent Ivo Marden", "told", "he had no bias")]
    [InlineData("Marden's lawyers wrote in a sentencing memo that the agents had misled him.", "Marden's lawyers", "wrote", "the agents had misled him")]
    [InlineData("Protesters outside the governor's mansion chanted that the order was unconstitutional.", "Protesters outside the governor's mansion", "chanted",
        "the order was unconstitutional")]
    [InlineData("One caller to the radio show claimed that his town had been overrun.", "One caller to the radio show", "claimed", "his town had been overrun")]
    [InlineData("Varo led by 12,000 votes, according to results compiled by the secretary of state's office.",
        "results compiled by the secretary of state's office", "according to", "Varo led by 12,000 votes")]
    public void The_source_the_cue_and_the_clause_of_investigation_and_election_copy_are_found(string text, string source, string cue, string content) =>
        AssertOnlyRelation(text, source, cue, content);

    [Theory]
    [InlineData("The Steele dossier alleged that the ministry had compromising material.", "document")]
    [InlineData("An internal Velmar presentation warned executives that the algorithms exploited division.", "document")]
    [InlineData("The left-wing group said the wall would tear apart communities.", "ngo_intl")]
    [InlineData("Richard Varo, the president of the A.F.L.-C.I.O., said the federation would spend heavily.", "ngo_intl")]
    [InlineData("Olympic swimming champion Ivo Marden said he had recovered.", "citizen")]
    [InlineData("A solid majority of student loan borrowers in a recent survey said they could not pay.", "citizen")]
    public void The_type_of_investigation_and_opinion_copy_follows_the_head(string text, string type) => Assert.Equal(type, OnlyTyped(text).SourceType);

    [Fact]
    public void A_listed_person_named_in_full_as_a_principal_types_the_lawyer_though_the_list_does_not_match_the_surname_alone()
    {
        var document = FramingAnalyzer.Text.DocumentBuilder.Build(new FramingAnalyzer.Model.Article
        {
            Id = "test", Outlet = "Test Outlet", Origin = "test", Date = "2018-04-17",
            Body = "Abbe Lowe, a lawyer for Jared Kushner, said in a statement that his client had done nothing wrong.",
        });
        var lawyer = Assert.Single(Analyze(new FramingAnalyzer.Sourcing.SourcingAnalyzer(ShippedLexicons, null, null), document).Analysis.Attributions);
        Assert.Equal("official", lawyer.SourceType);
    }
}
