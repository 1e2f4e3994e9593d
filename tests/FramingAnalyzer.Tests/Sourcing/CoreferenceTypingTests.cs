using FramingAnalyzer.Model;
using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// Coreference within an article types a later short mention (a surname, a title and surname, a pronoun) by the
/// fullest earlier mention of the same person or body, even when that mention is in the narrative and not a source
/// itself (issue 13). The sentences and people are invented here.
/// </summary>
public class CoreferenceTypingTests
{
    [Fact]
    public void A_title_and_surname_repeated_in_the_narrative_stays_the_first_full_mention()
    {
        // The narrative's "Mr. Osk" (a name seen before) must not start a new, untyped person that the last
        // attribution then resolves to.
        var attributions = Read(
            "When Tavel Osk Brandvik, the country's minister of finance, came to the port last week, the mood was calm.",
            "The finance minister, Mr. Osk Brandvik, argues that the levy should stay.",
            "The charts Mr. Osk Brandvik and his aides show to investors tell the story.",
            "\"We will not raise it again,\" Mr. Osk Brandvik told reporters.");
        var last = Saying(attributions, "Mr. Osk Brandvik");
        var first = attributions.Attributions[0];
        Assert.Equal(first.SourceCanonical, last.SourceCanonical);
        Assert.Equal("official", last.SourceType);
    }

    /// <summary>A body whose name only looks plural ("Reuters", "The New York Times") is "it".</summary>
    [Theory]
    [InlineData("Reuters reported on Saturday that the port had closed.", "Reuters")]
    [InlineData("The New York Times reported on Saturday that the port had closed.", "Times")]
    public void It_goes_to_a_named_body_whose_name_ends_in_s(string first, string canonicalPart)
    {
        var attributions = Read(first, "It said the closure could last a month.");
        var it = Saying(attributions, "It");
        Assert.Equal("media", it.SourceType);
        Assert.Contains(canonicalPart, it.SourceCanonical);
    }

    [Fact]
    public void He_goes_to_someone_the_narrative_names_by_a_given_name_alone()
    {
        var attributions = Read("Outside the hall, Luis held up a sign he had painted that morning.", "\"She is the only one with a plan for my clinic,\" he said.");
        var he = Saying(attributions, "he");
        Assert.Equal(("Luis", "citizen", "given_name"), (he.SourceCanonical, he.SourceType, he.TypeEvidence));
    }

    [Theory]
    [InlineData("The governor toured the flooded valley on Monday.", "He said the levee would be rebuilt by spring.", "he", "official")]
    [InlineData("The senator spent the morning at the border crossing.", "She said the new fence would not stop anyone.", "she", "political")]
    public void He_or_she_goes_to_a_title_description_that_opens_its_sentence(string first, string second, string pronoun, string type)
    {
        var attributions = Read(first, second);
        var said = attributions.Attributions.Single();
        Assert.Equal(pronoun, attributions.Text[said.Source.Start..said.Source.End].ToLowerInvariant());
        Assert.Equal(type, said.SourceType);
    }

    [Fact]
    public void A_title_description_inside_its_sentence_is_no_antecedent_unless_someone_titled_so_was_named()
    {
        var attributions = Read("Protesters marched to the mansion to see the governor on Monday.", "He said the levee would be rebuilt by spring.");
        Assert.NotEqual("official", attributions.Attributions.Single().SourceType);
    }

    [Theory]
    [InlineData("Norway fired two warning shots on Monday, and it said more would follow.", "it", "official")]
    [InlineData("Norway denied the report on Monday.\n\nIt said the ships had never left port.", "It", "official")]
    [InlineData("The ministry published a list of names, and it said more would follow.", "it", "official")]
    [InlineData("The government of Varnia published photos of what it claimed were crowds of cyclists.", "it", "official")]
    public void It_goes_to_a_country_or_a_body_that_is_the_subject_before_it(string text, string pronoun, string type)
    {
        var attributions = Read(text.Split("\n\n"));
        var it = Saying(attributions, pronoun);
        Assert.Equal(type, it.SourceType);
    }

    [Fact]
    public void It_does_not_go_to_a_country_named_in_what_someone_said()
    {
        var attributions = Read(
            "The Harbour League said in a statement that it would act if Norway fired again.",
            "\"We will meet on Friday,\" it said.");
        Assert.Equal("Harbour League", Saying(attributions, "it").SourceCanonical);
    }

    [Fact]
    public void She_goes_to_someone_named_in_full_who_voted_and_that_types_her()
    {
        var attributions = Read("Maria Kessler voted early at the library on Elm Street.", "\"I wanted it done before the rush,\" she said.");
        var she = Saying(attributions, "she");
        Assert.Equal(("Maria Kessler", "citizen", "predicate"), (she.SourceCanonical, she.SourceType, she.TypeEvidence));
    }

    /// <summary>"until" and "as" open a clause here, whose subject the name is: no oblique to pass over for the person
    /// before it.</summary>
    [Fact]
    public void A_name_after_until_that_opens_a_clause_stays_the_subject_a_pronoun_goes_to()
    {
        var attributions = Read(
            "Nadia Hale, the nominee for governor, spoke for an hour.",
            "Kevin was drifting off again, and as Hale went on about the budget, Melanie kept nodding until Hale reached the last words of her speech.",
            "\"Thank you, Dayton,\" she said.");
        var she = Saying(attributions, "she");
        Assert.Equal(("Nadia Hale", "political"), (she.SourceCanonical, she.SourceType));
    }

    [Fact]
    public void A_name_after_none_other_than_is_no_subject_a_pronoun_goes_to()
    {
        var attributions = Read(
            "President Tom Lind said Friday he has drawn lessons from an unusual source, none other than Carl Vahl – but then he quickly argued he hasn't followed all the examples of the only president to be forced to resign.");
        var he = Saying(attributions, "he");
        Assert.Equal(("President Tom Lind", "official"), (he.SourceCanonical, he.SourceType));
    }

    [Fact]
    public void They_goes_to_a_plural_subject_placed_by_a_common_noun()
    {
        var attributions = Read("Many voters in the county lost their jobs when the mill closed.", "They say nobody in the capital listened.");
        var they = Saying(attributions, "They");
        Assert.Equal("citizen", they.SourceType);
        Assert.Contains("voters", they.SourceCanonical);
    }

    [Fact]
    public void It_goes_to_a_seat_of_government_that_spoke_before()
    {
        var attributions = Read("The Pentagon said on Friday that more troops would go.", "It said the troops would leave in May.");
        Assert.Equal("official", Saying(attributions, "It").SourceType);
    }

    /// <summary>A thing's by-phrase (or other prepositional object) names someone else: the family that released the
    /// footage is not the footage.</summary>
    [Fact]
    public void A_source_named_in_an_earlier_source_by_phrase_is_not_that_source()
    {
        var attributions = Read(
            "The footage released on Friday by Lena Ostrova's family did not show a knife.",
            "Lena Ostrova's family has called on the police to release all the videos.");
        var family = Saying(attributions, "Lena Ostrova's family");
        Assert.Equal("citizen", family.SourceType);
        Assert.DoesNotContain("footage", family.SourceCanonical);
    }

    [Fact]
    public void He_after_a_speaker_goes_to_the_speaker_not_to_a_source_named_in_what_the_speaker_said()
    {
        var attributions = Read(
            "The finance minister, Mr. Tavel Osk, argues there is no point in answering Mr. Brann's threats to close the border. \"We must stay calm,\" he told me.");
        var he = Saying(attributions, "he");
        Assert.Equal("official", he.SourceType);
        Assert.Contains("Osk", he.SourceCanonical);
    }

    [Theory]
    [InlineData("After the debate PolitiFact checked the senator's figure on Monday. On Tuesday they said the figure was wrong.", "they", "media")]
    [InlineData("Gallup asked voters about the bridge in May. They found that most wanted it rebuilt.", "They", "expert")]
    public void They_goes_to_a_body_the_actor_list_names_by_one_word(string text, string pronoun, string type)
    {
        var they = Saying(Read(text), pronoun);
        Assert.Equal(type, they.SourceType);
    }

    [Fact]
    public void He_takes_the_person_a_role_word_described_as_the_last_sentences_subject()
    {
        var he = Saying(Read("The nation's chief diplomat did not seem to agree, however. He complained about the questions for a while."), "He");
        Assert.Equal(("official", "nation's chief diplomat"), (he.SourceType, he.SourceCanonical));
    }

    [Fact]
    public void He_takes_a_subject_described_by_one_lower_case_role_word()
    {
        var he = Saying(Read("The actor did not seem to agree, however. He complained about the questions for a while."), "He");
        Assert.Equal(("citizen", "actor"), (he.SourceType, he.SourceCanonical));
    }

    [Fact]
    public void An_article_that_opens_a_sentence_is_no_antecedent_for_she()
    {
        var she = Saying(Read("Maria Holt, a nurse, watched the rally. The article quoted nobody else. \"It is over,\" she said."), "she");
        Assert.Equal("Maria Holt", she.SourceCanonical);
    }

    [Fact]
    public void A_spokesman_for_the_group_speaks_for_a_listed_group_whose_name_looks_like_a_persons()
    {
        var spokesman = Saying(Read("Planned Parenthood sued the state on Monday. A spokesman for the group said the law would not stand."), "A spokesman for the group");
        Assert.Equal(("ngo_intl", "principal"), (spokesman.SourceType, spokesman.TypeEvidence));
    }

    [Fact]
    public void She_takes_the_woman_named_before_a_place_in_her_description()
    {
        var she = Saying(Read("For Janine Ostrowski, a 54-year-old dental hygienist from Elm Grove, the tape settled matters. \"I can vote for her now,\" she said."), "she");
        Assert.Equal(("Janine Ostrowski", "citizen"), (she.SourceCanonical, she.SourceType));
    }

    [Fact]
    public void A_name_before_of_and_a_body_is_the_person_she_refers_to()
    {
        var she = Saying(Read("Prof. Lena Ruiz of Harbor University studies the region. She said the ceasefire would not hold."), "She");
        Assert.Equal(("Prof. Lena Ruiz", "expert"), (she.SourceCanonical, she.SourceType));
    }

    [Fact]
    public void A_document_that_opens_a_sentence_is_no_antecedent_for_she()
    {
        var she = Saying(Read("A woman walks toward the officers. The shaky video shows her waving. \"Stop,\" she says."), "she");
        Assert.NotEqual("document", she.SourceType);
    }

    [Fact]
    public void It_is_the_magazine_that_announced_in_the_same_sentence()
    {
        var it = Saying(Read("Last month, the prestigious Harbor Science magazine announced that for the first time in its long history, it would endorse a candidate."), "it");
        Assert.Equal("media", it.SourceType);
        Assert.Contains("Harbor Science magazine", it.SourceCanonical);
    }

    [Fact]
    public void The_school_is_the_university_named_before_it()
    {
        var school = Saying(Read("The University of Eastmoor has dismissed two coaches accused of taking bribes, the school said on Friday."), "the school");
        Assert.Equal(("expert", "University of Eastmoor"), (school.SourceType, school.SourceCanonical));
    }

    [Fact]
    public void A_persons_full_name_as_a_possessor_is_the_antecedent_of_a_later_he()
    {
        var he = Saying(Read("Dale Morrow's holiday message focused on the harbour as he called for the docks to reopen."), "he");
        Assert.Equal("Dale Morrow", he.SourceCanonical);
    }

    [Theory]
    [InlineData("he", "Bernard Quist")]
    [InlineData("she", "Elizabeth Harlow")]
    public void He_or_she_takes_the_one_of_two_joined_names_whose_given_name_fits(string pronoun, string canonical)
    {
        var text = pronoun == "he"
            ? "Elizabeth Harlow and Bernard Quist disagreed in a debate on Tuesday over whether he once told her that a woman could not win."
            : "Elizabeth Harlow and Bernard Quist disagreed in a debate on Tuesday over whether she once told him that the plan would fail.";
        Assert.Equal(canonical, Saying(Read(text), pronoun).SourceCanonical);
    }

    [Fact]
    public void Two_joined_names_of_the_same_gender_leave_he_unresolved_to_either()
    {
        var he = Saying(Read("Bernard Quist and Thomas Rell disagreed in a debate on Tuesday over whether he once told voters the plan would fail."), "he");
        Assert.DoesNotContain(he.SourceCanonical, new[] { "Bernard Quist", "Thomas Rell" });
    }

    [Theory]
    [InlineData("An attorney for the driver, Mark Dunn, stressed that his client would appear. \"He has nothing to hide,\" Dunn said in a statement.", "Dunn", "expert")]
    [InlineData("The state's revenue commissioner, Ada Holm, wrote to the mayor. \"The audit is finished,\" Holm said.", "Holm", "official")]
    [InlineData("A spokeswoman for the campaign, Rita Sole, sent the memo on Friday. \"The polls are wrong,\" Sole said.", "Sole", "political")]
    [InlineData("A teacher from Ohio, Carla Renn, was charged on Monday. Renn denies the charges, she said.", "Renn", "citizen")]
    [InlineData("A nurse in Queens, Ada Moss, waited four hours to vote. \"I would wait again,\" Moss said.", "Moss", "citizen")]
    public void A_surname_takes_the_description_that_came_before_the_full_name_between_commas(string text, string source, string type)
    {
        Assert.Equal(type, Saying(Read(text), source).SourceType);
    }

    [Theory]
    [InlineData("The lack of songs worries Henry Voss, president of the county's Democratic Caucus. \"Nobody is singing,\" he said.", "he", "political")]
    [InlineData("The plan pleased Ada Lind, senior fellow at the Brookfield Institute. \"It is overdue,\" Lind said.", "Lind", "expert")]
    public void A_role_without_a_determiner_after_a_name_in_the_narrative_types_later_mentions(string text, string source, string type)
    {
        Assert.Equal(type, Saying(Read(text), source).SourceType);
    }

    [Theory]
    [InlineData("\"They never listen to us,\" Quina Holt, 25, said as the march moved on.", "citizen")]
    [InlineData("\"The water came at night,\" said Ada Brisk, 59, of Lower Ferring.", "citizen")]
    public void A_name_with_an_age_and_no_role_is_a_member_of_the_public(string text, string type)
    {
        var attribution = Assert.Single(Read(text).Attributions);
        Assert.Equal((type, "apposition"), (attribution.SourceType, attribution.TypeEvidence));
    }

    [Fact]
    public void An_age_does_not_outweigh_a_role()
    {
        var attribution = Assert.Single(Read("\"The ruling stands,\" said Ada Brisk, 61, a retired judge.").Attributions);
        Assert.NotEqual("citizen", attribution.SourceType);
    }

    [Theory]
    [InlineData("The levy has become a campaign issue, with Governor Ada Lind — who’s called for a lower levy — attacking the plan.", "official")]
    [InlineData("The levy has become a campaign issue, with Senator Tomas Reen — who’s called for a lower levy — attacking the plan.", "political")]
    public void A_relative_who_as_a_source_is_the_name_before_it(string text, string type)
    {
        var who = Saying(Read(text), "who");
        Assert.Equal(type, who.SourceType);
    }

    [Fact]
    public void A_title_and_surname_names_a_person_first_named_with_the_place_they_are_of()
    {
        var read = Read(
            "Some mayors, including Mayor Ines Garrow of Eastford, backed the plan in March.",
            "\"We wanted a bridge, not a study,\" Ms. Garrow said.");
        var garrow = Saying(read, "Ms. Garrow");
        Assert.Equal("official", garrow.SourceType);
        Assert.Contains("Ines Garrow", garrow.SourceCanonical);
    }

    [Theory]
    [InlineData("Should Mr. Vantrell's plan fail, the town would lose the mill. \"It will not fail,\" Mr. Vantrell said.")]
    [InlineData("One of Mr. Vantrell's partners left in June. \"It will not fail,\" Mr. Vantrell said.")]
    [InlineData("It takes someone like Mr. Vantrell to buy a closed mill, one banker said. \"It will not fail,\" Mr. Vantrell said.")]
    public void Words_before_a_courtesy_title_are_not_part_of_the_name(string sentences)
    {
        // The capacity is stated once, at the first full mention; a mention in between that starts with other words
        // ("Should", "One of", "someone like") must not start an untyped person that later mentions join.
        var read = Read("Oskar Vantrell, a timber company owner, bought the mill in May.", sentences);
        var vantrell = Saying(read, "Mr. Vantrell");
        Assert.Equal("business", vantrell.SourceType);
        Assert.Equal("Oskar Vantrell", vantrell.SourceCanonical);
    }

    [Theory]
    [InlineData("Mr. Vantrell and Mr. Osk said the plan was sound.", "Mr. Vantrell and Mr. Osk")]
    [InlineData("Advisers to Mr. Vantrell said the plan was sound.", "Advisers to Mr. Vantrell")]
    public void Two_people_or_people_around_a_named_person_are_not_that_person(string sentence, string source)
    {
        var read = Read("Oskar Vantrell, a timber company owner, bought the mill in May.", sentence);
        Assert.NotEqual("Oskar Vantrell", Saying(read, source).SourceCanonical);
    }

    [Fact]
    public void A_bare_surname_is_the_bearer_named_first_not_a_relative_named_since()
    {
        var read = Read(
            "Senator Anna Velloso visited the shipyard on Monday.",
            "Her critics circulated a photo of Ricardo Velloso, her brother, at a rally.",
            "\"I will not answer for my family,\" Velloso said.");
        var velloso = Saying(read, "Velloso");
        Assert.Contains("Anna Velloso", velloso.SourceCanonical);
        Assert.Equal("political", velloso.SourceType);
    }

    [Fact]
    public void A_bare_surname_keeps_the_nearest_mention_when_one_person_bears_it()
    {
        var read = Read(
            "Anna Velloso, a shipyard owner, hired forty welders.",
            "The Velloso yard sits by the river.",
            "\"We need more,\" Velloso said.");
        Assert.Equal("business", Saying(read, "Velloso").SourceType);
    }

    [Fact]
    public void The_union_is_not_the_company_named_just_before_it()
    {
        var read = Read(
            "The mill was sold to Mr. Osk's new company in March.",
            "The buyer cut the pensions of 300 workers, according to the union.");
        var union = Saying(read, "the union");
        Assert.Equal("ngo_intl", union.SourceType);
        Assert.DoesNotContain("company", union.SourceCanonical);
    }

    [Theory]
    [InlineData("The Courier sent its \u201csenior flood reporter\u201d Nadia Olsen to the valley for a week.")]
    [InlineData("The Courier sent its senior flood reporter Nadia Olsen to the valley for a week.")]
    public void A_title_in_quotation_marks_before_a_name_types_later_mentions(string narrative)
    {
        var read = Read("Flood Diary.", narrative, "Olsen reports that the river rose overnight. She says the bridge will close.");
        Assert.Equal("media", Saying(read, "Olsen").SourceType);
        Assert.Equal("media", Saying(read, "She").SourceType);
    }

    [Fact]
    public void The_object_of_an_of_phrase_is_not_a_shorter_name_for_the_phrase()
    {
        var read = Read("Tidal Power.",
            "The authors of the study, which include the Harbour Alliance, say the barrage would pay for itself.",
            "The study says the turbines would last forty years.");
        var authors = Saying(read, "The authors of the study, which include the Harbour Alliance");
        var study = Saying(read, "The study");
        Assert.NotEqual(authors.SourceCanonical, study.SourceCanonical);
        Assert.Equal("ngo_intl", authors.SourceType);
        Assert.Equal("document", study.SourceType);
    }
}
