using FramingAnalyzer.Text;
using FramingAnalyzer.Model;
using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>One person or body counts once: pronouns, short names and descriptions go to the nearest full mention before them.</summary>
public class SourceResolverTests
{
    private static (IReadOnlyList<Attribution> Found, SourceResolution Resolution, Document Document) Resolve(params string[] paragraphs) =>
        Resolve(Doc(paragraphs));

    /// <param name="withRoles">Give the resolver the shipped role lexicon, as the analyzer does.</param>
    private static (IReadOnlyList<Attribution> Found, SourceResolution Resolution, Document Document) Resolve(Document document, bool withRoles = false)
    {
        var text = new DocumentText(document);
        var found = new AttributionExtractor(ShippedLexicons.Verbs).Extract(text);
        var resolver = new SourceResolver(ShippedLexicons.Actors, ShippedLexicons.Anonymous, withRoles ? ShippedLexicons.Roles : null);
        return (found, resolver.Resolve(text, found), document);
    }

    private static string[] Canonicals((IReadOnlyList<Attribution> Found, SourceResolution Resolution, Document Document) r) =>
        r.Found.Select((_, i) => r.Resolution.Entities[r.Resolution.EntityOf[i]].Canonical).ToArray();

    [Fact]
    public void Short_name_and_pronoun_go_to_the_full_mention_in_the_narrative()
    {
        var r = Resolve(
            "Defence Minister Rasmus Veld visited the border post on Monday.",
            "\"We are ready for anything,\" Veld said.",
            "He said the troops would stay until spring.");
        Assert.Equal(["Defence Minister Rasmus Veld", "Defence Minister Rasmus Veld"], Canonicals(r));
        Assert.Single(r.Resolution.Entities);
    }

    [Fact]
    public void A_short_headline_in_title_case_names_no_one()
    {
        var r = Resolve(DocumentBuilder.Build(new Article { Id = "t", Outlet = "Test", Title = "Senator Meets Governor", Body = "Sen. Ada Holm spoke on Monday in Toledo.\n\nThe governor said the plant would reopen.", Origin = "test" }));
        Assert.Equal("governor", Canonicals(r)[^1]);
    }

    [Fact]
    public void A_definite_description_right_after_the_only_person_named_is_an_epithet_for_them()
    {
        var r = Resolve(
            "Ada Holm says too much is made of Tom Avery's letters.",
            "The Republican nominee was speaking on Friday in Elkton.",
            "The Ohio governor said the press was to blame.");
        Assert.Equal(["Ada Holm", "Ada Holm"], Canonicals(r));
    }

    [Theory]
    [InlineData("Officials said the bridge was closed.", "The governor said it would reopen.")]
    [InlineData("Witnesses said the bridge was closed.", "The mayor said it would reopen.")]
    [InlineData("Officials said the bridge was closed.", "He said it would reopen.")]
    public void A_role_word_opening_the_sentence_is_no_person_for_a_description_or_pronoun(string first, string second)
    {
        var r = Resolve(Doc(first, second), withRoles: true);
        Assert.Equal(2, r.Resolution.Entities.Count);
    }

    [Theory]
    [InlineData("Ada Holm met the governor on Monday in Toledo.", "The governor said the plant would reopen.")]
    [InlineData("Ada Holm met Tom Avery on Monday in Toledo.", "The governor said the plant would reopen.")]
    [InlineData("Ada Holm spoke on Monday in Toledo.", "The governor of Ohio said the plant would reopen.")]
    public void A_description_that_may_be_someone_else_is_no_epithet(string first, string second)
    {
        var r = Resolve(first, second);
        Assert.NotEqual("Ada Holm", Canonicals(r)[^1]);
    }

    [Theory]
    [InlineData("Carla Jensen", "She")]
    [InlineData("Tanisha Olumide", "She")]
    [InlineData("Mehmet Aydan", "He")]
    [InlineData("Hiroshi Tanabe", "He")]
    public void A_pronoun_passes_over_a_person_of_the_other_gender_by_given_name(string name, string pronoun)
    {
        string other = pronoun == "She" ? "Derek Olsen" : "Lorna Pike";
        var r = Resolve(
            $"{name} has run a diner in Toledo for 22 years.",
            $"{other} said prices had doubled.",
            $"{pronoun} said her suppliers had raised prices twice this year.");
        Assert.Equal(name, Canonicals(r)[^1]);
    }

    [Theory]
    [InlineData("A Holm campaign spokeswoman, Mira Kest, said the senator was busy.", "Mira Kest")]
    [InlineData("A Holm aide, Mira Kest, said the senator was busy.", "Mira Kest")]
    [InlineData("The mayor's spokeswoman, Mira Kest, said the senator was busy.", "Mira Kest")]
    public void A_description_with_a_name_as_its_modifier_is_named_by_its_apposition(string first, string canonical)
    {
        var r = Resolve(first, "Kest said he would visit 20 counties.");
        Assert.Equal([canonical, canonical], Canonicals(r));
    }

    [Theory]
    [InlineData("Like")]
    [InlineData("Despite")]
    [InlineData("As")]
    [InlineData("Unlike")]
    [InlineData("Besides")]
    [InlineData("Beyond")]
    public void A_preposition_that_opens_the_sentence_is_not_part_of_the_name_after_it(string preposition)
    {
        var r = Resolve(
            preposition + " Defence Minister Rasmus Veld, the generals visited the border post on Monday.",
            "\"We are ready for anything,\" he said.");
        Assert.Equal(["Defence Minister Rasmus Veld"], Canonicals(r));
    }

    [Theory]
    [InlineData("Harbor State Gov. Ada Holm", "The governor")]
    [InlineData("Harbor State Gov. Ada Holm", "The Harbor State governor")]
    [InlineData("Sen. Tom Varga", "The senator")]
    [InlineData("Lt. Gen. Oren Dahl", "The general")]
    [InlineData("Karvanian President Tomas Brenn", "The Karvanian leader")]
    public void A_definite_description_goes_to_the_name_whose_abbreviated_title_it_spells_out(string name, string description)
    {
        var r = Resolve(
            "\"We will rebuild the quay,\" " + name + " said on Monday.",
            description + " added that the work would start in spring.");
        Assert.Equal([name, name], Canonicals(r));
    }

    [Theory]
    [InlineData("Human Rights Watch")]
    [InlineData("Amnesty International")]
    public void The_group_goes_to_a_known_organisation_whose_name_has_no_body_noun(string organisation)
    {
        var r = Resolve(
            organisation + " released a report on the harbour camps on Thursday.",
            "The group said guards had beaten detainees.");
        Assert.Equal([organisation], Canonicals(r));
    }

    [Fact]
    public void Mr_and_full_name_are_the_same_person()
    {
        var r = Resolve(
            "Rasmus Veld, the defence minister, said the border was calm.",
            "Mr Veld added that more troops would be sent.",
            "Rasmus Veld later told reporters the troops had arrived.");
        Assert.Equal(3, r.Found.Count);
        Assert.Single(r.Resolution.Entities);
        Assert.Equal("Rasmus Veld", r.Resolution.Entities[0].Canonical);
    }

    [Fact]
    public void The_ministry_goes_to_the_ministry_named_before()
    {
        var r = Resolve(
            "The Transport Ministry said the ferry would resume on Monday.",
            "The ministry added that tickets would be refunded.");
        Assert.Equal(["Transport Ministry", "Transport Ministry"], Canonicals(r));
    }

    [Fact]
    public void A_common_given_name_tells_the_gender_of_a_name_without_title()
    {
        var r = Resolve(
            "Maria Ostrow said the shelter was full.",
            "Brian Kessel said the city would open another.",
            "\"We turned away forty people,\" she said.");
        Assert.Equal("Maria Ostrow", Canonicals(r)[2]);
    }

    [Fact]
    public void A_given_name_and_surname_in_the_narrative_is_a_person_a_pronoun_can_take()
    {
        var r = Resolve(
            "Police released Keith Ardley on Tuesday.",
            "The council met on Wednesday. \"I did nothing wrong,\" he said.");
        Assert.Equal("Keith Ardley", Assert.Single(Canonicals(r)));
    }

    [Fact]
    public void She_skips_a_man_and_it_goes_to_a_body()
    {
        var r = Resolve(
            "Lena Kroll, a spokeswoman for the port, said the quay was closed.",
            "Jon Berg, a spokesman for the dockers, said the strike would go on.",
            "\"We have no choice,\" she said.",
            "The Harbour Authority said the quay would reopen. It added that ships were waiting.");
        var canonicals = Canonicals(r);
        Assert.Equal("Lena Kroll", canonicals[2]);
        Assert.Equal("Harbour Authority", canonicals[3]);
        Assert.Equal("Harbour Authority", canonicals[4]);
    }

    [Fact]
    public void She_does_not_go_to_a_document_that_opens_a_sentence()
    {
        var document = Doc(
            "Lena Marsh said the office had hired more women.",
            "Data from the 2014 Community Survey show that the gap has narrowed.",
            "\"We look at every pool of candidates,\" she said.");
        var text = new DocumentText(document);
        var found = new AttributionExtractor(ShippedLexicons.Verbs).Extract(text);
        var resolution = new SourceResolver(ShippedLexicons.Actors, ShippedLexicons.Anonymous, ShippedLexicons.Roles).Resolve(text, found);

        Assert.Equal("Lena Marsh", resolution.Entities[resolution.EntityOf[^1]].Canonical);
    }

    [Fact]
    public void He_goes_to_the_speaker_rather_than_to_a_man_named_in_what_the_speaker_said()
    {
        var r = Resolve(
            "Pavel Orr argues there is little point in answering the threats of John Vell.",
            "\"We must not overreact,\" he told me.");
        Assert.Equal("Pavel Orr", Canonicals(r)[^1]);
    }

    [Fact]
    public void A_widow_is_a_woman_whatever_her_given_name()
    {
        var r = Resolve(
            "Mayor Hanna Belt has called the bill a disaster.",
            "This has not gone over well with the families, many of whom say the mayor's claims are unfounded.",
            "\"Her reasons do not hold weight,\" said 9/11 widow Terry Varno.",
            "She continued, \"All we are asking for is a hearing.\"");
        Assert.Equal("9/11 widow Terry Varno", Canonicals(r)[^1]);
    }

    [Fact]
    public void A_given_name_common_to_men_and_women_does_not_stop_she()
    {
        var r = Resolve(
            "Mayor Hanna Belt has called the bill a disaster.",
            "Terry Dunmore, who runs a bakery on Quay Street, said sales had halved.",
            "\"We cannot go on like this,\" she said.");
        Assert.Equal("Terry Dunmore", Canonicals(r)[^1]);
    }

    [Fact]
    public void He_goes_to_the_man_a_speaking_he_stood_for_rather_than_to_a_man_named_in_what_he_said()
    {
        var r = Resolve(
            "Mr. Vance, the anchor of a news program, said he had never met the senator.",
            "The difference now, he told me on Friday, is that the program is kinder to Mr. Orlov than an opinion show would be.",
            "He said he did not mention the hacking in the segment.");
        var canonicals = Canonicals(r);
        Assert.Equal(canonicals[0], canonicals[^1]);
    }

    [Fact]
    public void He_inside_what_the_speaker_said_may_go_to_a_man_named_there()
    {
        var r = Resolve("Pavel Orr said John Vell was right when he said the generals had failed.");
        Assert.Equal("John Vell", Canonicals(r)[^1]);
    }

    [Fact]
    public void She_opening_a_run_of_sentences_that_open_with_she_keeps_their_subject()
    {
        var r = Resolve(
            "\"We will not back down,\" Mayor Hanna Belt said.",
            "She has faced criticism since the flood, most recently over a dinner with Tom Varga and his wife, Senator Ada Varga.",
            "She has called the new levy a fair price for safety.");
        Assert.Equal("Mayor Hanna Belt", Canonicals(r)[^1]);
    }

    [Fact]
    public void She_opening_a_sentence_after_another_subject_goes_to_the_nearest_woman()
    {
        var r = Resolve(
            "\"We will not back down,\" Mayor Hanna Belt said.",
            "The council then met Senator Ada Varga.",
            "She has called the new levy a fair price for safety.");
        Assert.Equal("Senator Ada Varga", Canonicals(r)[^1]);
    }

    [Fact]
    public void She_goes_to_the_subject_of_the_sentence_before_rather_than_to_a_woman_named_as_its_object()
    {
        var r = Resolve(
            "Mayor Hanna Belt is describing as \"reckless\" a letter attacking Senator Ada Varga.",
            "She says the letter is \"a danger to the city.\"");
        Assert.Equal("Mayor Hanna Belt", Canonicals(r)[^1]);
    }

    [Fact]
    public void She_does_not_go_to_a_woman_named_in_a_sentence_that_opens_with_another_she()
    {
        var r = Resolve(
            "\"We will not back down,\" Mayor Hanna Belt said.",
            "She has taken a new role, in which she advises Senator Ada Varga.",
            "\"Unity is our strength,\" she said.");
        Assert.Equal("Mayor Hanna Belt", Canonicals(r)[^1]);
    }

    [Fact]
    public void He_inside_the_sentence_of_two_men_goes_to_the_nearer()
    {
        var r = Resolve(
            "Retired Admiral Pavel Orr said President John Vell was right when he said the fleet was too small.");
        Assert.Equal("President John Vell", Canonicals(r)[^1]);
    }

    [Fact]
    public void He_goes_to_the_subject_of_a_sentence_rather_than_to_a_man_named_after_a_preposition()
    {
        var r = Resolve(
            "Retired Admiral Pavel Orr is speaking out about the navy.",
            "In an interview on Sunday, Orr made clear he had doubts about the fleet under President John Vell at the time.",
            "\"It was a hard time for all of us,\" he told the host.");
        Assert.Equal("Retired Admiral Pavel Orr", Canonicals(r)[^1]);
    }

    [Fact]
    public void He_goes_to_a_man_named_after_a_preposition_when_no_one_else_in_the_sentence_fits()
    {
        var r = Resolve(
            "Retired Admiral Pavel Orr is speaking out about the navy.",
            "The fleet shrank under President John Vell at the time.",
            "\"It was a hard time for all of us,\" he told the host.");
        Assert.Equal("President John Vell", Canonicals(r)[^1]);
    }

    [Fact]
    public void The_president_in_the_narrative_is_an_antecedent_for_he()
    {
        var r = Resolve(
            "President Pavel Orr opened the bridge on Monday.",
            "\"It came twenty years too late,\" Senator Tom Varga said.",
            "In the end, the president looked tired. Speaking to reporters, he said the bridge had cost too much.");
        Assert.Equal("President Pavel Orr", Canonicals(r)[^1]);
    }

    [Fact]
    public void The_president_as_the_possessor_opening_a_sentence_is_an_antecedent_for_he()
    {
        var r = Resolve(
            "President Pavel Orr opened the bridge on Monday.",
            "\"It came twenty years too late,\" Senator Tom Varga said.",
            "The president's old friends were there too. In a short speech, he said the bridge had cost too much.");
        Assert.Equal("President Pavel Orr", Canonicals(r)[^1]);
    }

    [Fact]
    public void The_president_as_a_possessor_inside_a_sentence_is_not_an_antecedent_for_he()
    {
        var r = Resolve(
            "President Pavel Orr opened the bridge on Monday.",
            "\"It came twenty years too late,\" Senator Tom Varga said.",
            "Critics wrote to the president's old friends. In a short speech, he said the bridge had cost too much.");
        Assert.Equal("Senator Tom Varga", Canonicals(r)[^1]);
    }

    [Fact]
    public void She_does_not_go_to_the_president_named_in_what_she_reports()
    {
        var r = Resolve(
            "Government spokeswoman Mira Vell said President Toma Orr had been briefed.",
            "The president will chair a meeting on Tuesday, she said.");
        Assert.Equal("Government spokeswoman Mira Vell", Canonicals(r)[^1]);
    }

    [Fact]
    public void The_president_of_something_else_is_not_an_antecedent_for_he()
    {
        var r = Resolve(
            "President Pavel Orr opened the bridge on Monday.",
            "\"It came twenty years too late,\" Senator Tom Varga said.",
            "In the end, the president of the rowing club looked tired. Speaking to reporters, he said the bridge had cost too much.");
        Assert.Equal("Senator Tom Varga", Canonicals(r)[^1]);
    }

    [Fact]
    public void A_surname_alone_in_the_narrative_is_an_antecedent_for_he()
    {
        var r = Resolve(
            "Governor Pavel Orr opened the new bridge on Monday.",
            "Years ago the plan was blocked by Alan Dreyer Smith, a banker.",
            "Orr never gave up on it.",
            "\"It took twenty years,\" he said.");
        Assert.Equal("Governor Pavel Orr", Canonicals(r)[^1]);
    }

    [Fact]
    public void A_surname_alone_as_a_possessor_is_not_an_antecedent()
    {
        var r = Resolve(
            "Governor Ada Orr fell ill in the winter of 2004.",
            "Dr. Lena Harrow, the palace physician, later wrote a book about that year.",
            "Harrow recalls the winter well.",
            "After reading Orr's chart, she said more tests were needed.");
        Assert.Equal("Dr. Lena Harrow", Canonicals(r)[^1]);
    }

    private static string[] CanonicalsWithRoles(params string[] paragraphs)
    {
        var text = new DocumentText(Doc(paragraphs));
        var found = new AttributionExtractor(ShippedLexicons.Verbs).Extract(text);
        var resolution = new SourceResolver(ShippedLexicons.Actors, ShippedLexicons.Anonymous, ShippedLexicons.Roles).Resolve(text, found);
        return found.Select((_, i) => resolution.Entities[resolution.EntityOf[i]].Canonical).ToArray();
    }

    [Fact]
    public void They_goes_to_people_joined_by_and_as_a_subject_rather_than_to_one_body_named_after_them()
    {
        var r = Resolve(
            "Senators Ada Holm and Tom Varga voted against the levy on Monday.",
            "The vote allowed the Harbour Authority to raise its fees.",
            "\"We warned everyone,\" they said.");
        Assert.Equal("Senators Ada Holm and Tom Varga", Canonicals(r)[^1]);
    }

    [Theory]
    [InlineData("Twenty farmers are suing the Harbour Authority over the levy.", "Twenty farmers")]
    [InlineData("Opposition senators repeatedly noted that the levy was approved by the Harbour Authority.", "Opposition senators")]
    [InlineData("Farmers in Harbor County lined up at the Harbour Authority on Monday.", "Farmers")]
    [InlineData("Opposition leaders from New Harbor met the Harbour Authority on Monday.", "Opposition leaders")]
    public void They_opening_a_sentence_goes_to_the_plural_subject_of_the_sentence_before_rather_than_to_a_body_named_after_it(string before, string subject)
    {
        var r = Resolve(before + " They argue that the levy is unlawful.");
        Assert.Equal(subject, Canonicals(r)[^1]);
    }

    [Fact]
    public void They_opening_a_sentence_after_a_singular_subject_goes_to_the_body_named_before()
    {
        var r = Resolve("The mayor is suing the Harbour Authority over the levy. They argue that the levy is lawful.");
        Assert.Equal("Harbour Authority", Canonicals(r)[^1]);
    }

    [Fact]
    public void They_does_not_go_to_people_joined_by_and_in_an_apposition()
    {
        var r = Resolve(
            "Prosecutors charged two builders, Ada Holm and Tom Varga, with fraud on Monday.",
            "The case was brought by the Harbour Authority.",
            "\"We warned everyone,\" they said.");
        Assert.Equal("Harbour Authority", Canonicals(r)[^1]);
    }

    [Fact]
    public void It_goes_to_a_document_that_spoke_before_rather_than_to_a_body_named_earlier()
    {
        var canonicals = CanonicalsWithRoles(
            "The Harbour Authority said the quay was closed after the crane fell.",
            "Footage from the port shows the crane tipping over.",
            "It does not show who was at the controls.");
        Assert.Equal(canonicals[1], canonicals[^1]);
    }

    [Fact]
    public void It_opening_a_sentence_goes_to_a_letter_named_in_the_sentence_before()
    {
        var canonicals = CanonicalsWithRoles(
            "The Norvik City Council is demanding that the Alder campaign stop using its logo.",
            "The city sent a letter to the campaign on Thursday.",
            "It says the campaign broke copyright law.");
        Assert.Contains("letter", canonicals[^1]);
    }

    [Fact]
    public void It_inside_a_sentence_does_not_go_to_a_document_named_in_that_sentence()
    {
        var canonicals = CanonicalsWithRoles(
            "The Norvik City Council met on Monday.",
            "Reporters could not verify the council's account of the vote or the number of members it said were present.");
        Assert.DoesNotContain("account", canonicals[^1]);
    }

    [Fact]
    public void Actor_lexicon_names_decide_the_canonical_name()
    {
        var r = Resolve(
            "Colonel Ilan Dobrev, the army spokesman, said the road was open.",
            "\"The road is safe,\" Dobrev said.");
        Assert.Equal(["Ilan Dobrev", "Ilan Dobrev"], Canonicals(r));
    }

    [Fact]
    public void The_group_goes_to_the_armed_group_named_before()
    {
        var r = Resolve(
            "The Northern Valley Front gave a different account.",
            "The army said it had retaken the bridge.",
            "In a statement, the group said its fighters still held the bridge.");
        Assert.Equal(["Karvanian Armed Forces", "Northern Valley Front"], Canonicals(r));
    }

    [Fact]
    public void Continued_quotation_takes_its_openers_source()
    {
        var r = Resolve("Petra Vell said: \"We will reopen the bridge by spring.", "\"After that we start on the harbour wall.\"");
        Assert.Equal(2, r.Found.Count);
        Assert.Equal(r.Resolution.EntityOf[0], r.Resolution.EntityOf[1]);
    }

    [Fact]
    public void A_headline_in_title_case_is_not_a_name_a_pronoun_can_take()
    {
        var r = Resolve(
            "Maria Ostrow Takes Aim At Oskar Tamm Over Bridge Tolls.",
            "The debate on the bridge went on late into the night at the town hall.",
            "\"The tolls must go,\" she said.");
        Assert.Equal("she", Canonicals(r)[^1]);
    }

    [Fact]
    public void A_name_in_a_headline_in_title_case_still_names_the_person_in_the_body()
    {
        var r = Resolve(
            "Maria Ostrow Takes Aim At Oskar Tamm Over Bridge Tolls.",
            "Senator Maria Ostrow spoke late into the night at the town hall.",
            "\"The tolls must go,\" she said.");
        Assert.Equal("Senator Maria Ostrow", Canonicals(r)[^1]);
    }

    [Fact]
    public void Unresolved_pronoun_is_its_own_source()
    {
        var r = Resolve("\"It is over,\" he said.");
        Assert.Equal(["he"], Canonicals(r));
    }
}
