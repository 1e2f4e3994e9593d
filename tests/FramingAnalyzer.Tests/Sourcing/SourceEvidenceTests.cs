using FramingAnalyzer.Learning;
using FramingAnalyzer.Model;
using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// Source typing on real-news phrasing: each step of the evidence order (actor, role and title, apposition, seat of
/// government, institution, phrase, party tag, model) with the evidence named in the record, affiliations read from
/// the text (nationality, party word, party tag, seat of government), and mentions of one source sharing their evidence.
/// The sentences are written here; the names are invented.
/// </summary>
public class SourceEvidenceTests
{
    private static Attribution[] Attributions(string text, ITextClassifier? model = null) => Attributions([text], model);

    private static Attribution[] Attributions(string[] paragraphs, ITextClassifier? model = null) =>
        Analyze(new SourcingAnalyzer(FictionalActors, model, null), Doc(paragraphs)).Analysis.Attributions.ToArray();

    [Theory]
    [InlineData("The Harbour Board said the quay was closed.", "official", "actor")]
    [InlineData("Sen. Ilsa Brandt said the bill would pass.", "political", "role")]
    [InlineData("Rep. Ola Fenn said the bill would pass.", "political", "role")]
    [InlineData("Gov. Ola Fenn said the bill would pass.", "official", "role")]
    [InlineData("Lt. Gen. Oren Dahl said the line would hold.", "official", "role")]
    [InlineData("Dr. Mira Sand said the outbreak was slowing.", "expert", "phrase")] // a courtesy title: weaker than an apposition
    [InlineData("Ilse Marr, an economist at a bank in the north, said prices would rise.", "expert", "apposition")]
    [InlineData("The Kremlin said the talks would go on.", "official", "seat_of_government")]
    [InlineData("Damascus said the talks would go on.", "official", "seat_of_government")]
    [InlineData("Norway said it would send a frigate.", "official", "seat_of_government")]
    [InlineData("Even Brazil, the bloc's largest economy, said the talks had failed.", "official", "seat_of_government")]
    [InlineData("The talks stalled after the Japanese said they would not sign.", "official", "seat_of_government")]
    [InlineData("The Vell Tribune reported that the mill had closed.", "media", "institution")]
    [InlineData("The Norren Foundation said the tax would cost jobs.", "expert", "institution")]
    [InlineData("The Harlan County School District said classes would resume on Monday.", "official", "institution")]
    [InlineData("\"It's over,\" said Dana Kessler, a graduate of Varden University.", "citizen", "apposition")] // a graduate does not speak for the university
    [InlineData("\"It's over,\" said Dana Kessler, whose son attends Harlan High School.", "citizen", "phrase")] // not the school's
    [InlineData("The Northern Immigration Forum said the plan was unworkable.", "ngo_intl", "institution")]
    [InlineData("The Norren Center for Voting Rights said the law would keep students from the polls.", "ngo_intl", "institution")] // named for a cause: advocacy
    [InlineData("\"It adds up,\" said Lena Borg, a senior associate at the Varden Institute for School Reform.", "ngo_intl", "institution")]
    [InlineData("The Norren Center for Tax Research said the plan would cost jobs.", "expert", "institution")]
    [InlineData("\"It adds up,\" said Lena Borg, who works at the Tax Policy Center.", "expert", "institution")]
    [InlineData("\"It adds up,\" said Lena Borg, head of the Tax Policy Center.", "expert", "apposition")]
    [InlineData("Residents of nearby villages said the water had risen.", "citizen", "role")]
    [InlineData("Johnnie Lund, of Springfield, Va., said he had waited three hours to vote.", "citizen", "apposition")]
    [InlineData("Polls showed that the race was tightening.", "document", "role")]
    [InlineData("\"The debate changed my mind about him.\" ― Luis Ortega", "citizen", "signed_quote")]
    [InlineData("\"We drove four hours to see him,\" said Peggy as the crowd filed out of the arena.", "citizen", "given_name")]
    [InlineData("\"Bernie had my vote, but now I will go with her,\" said Tamika, 24.", "citizen", "apposition")]
    [InlineData("\"The count was close,\" said Brannock as the crowd filed out of the arena.", "unknown", "none")]
    [InlineData("\"The count was close,\" said Paul as the crowd filed out of the arena.", "unknown", "none")] // a listed person's surname (Rand Paul) is no given name alone
    [InlineData("An article in the Vell Tribune said the mill had closed.", "media", "role")]
    [InlineData("Numerous posts claimed the vote had been rigged.", "document", "role")]
    [InlineData("The American public told pollsters the inquiry should go on.", "citizen", "role")]
    [InlineData("Visiting skipper Tom Vell said the team would decide together.", "citizen", "role")]
    [InlineData("Tessa Marsh, a former state senator who now works as a lobbyist for the coal industry, said the rule would kill jobs.", "business", "apposition")]
    [InlineData("The top British medical journal said the trial had been too small.", "expert", "role")]
    [InlineData("The Harbour Safety Board said the crane had failed.", "official", "institution")]
    [InlineData("The Millbrook Observer found that rents had doubled.", "media", "institution")]
    [InlineData("The Carver News Service reported that the mill had closed.", "media", "institution")]
    [InlineData("Harlan Industries said the plant would stay open.", "business", "institution")]
    [InlineData("Forward Ohio PAC said the ad would run all week.", "political", "institution")]
    [InlineData("The Committee for a Sound Budget said the plan would raise the debt.", "expert", "institution")]
    [InlineData("The Harlan County Budget Committee said the plan would raise the debt.", "political", "institution")]
    [InlineData("The Labour Department Wage Research Center said pay had risen.", "official", "institution")]
    [InlineData("Political observers in the north say the race is close.", "expert", "role")]
    [InlineData("A superdelegate said she would back the governor.", "political", "role")]
    [InlineData("The tape shows the mayor laughing at the dock workers.", "document", "role")]
    [InlineData("A Republican-aligned group said it would spend heavily on the ads.", "political", "role")]
    [InlineData("An anti-Republican organization said it would spend heavily on the ads.", "political", "role")]
    [InlineData("A transition official said the list of nominees was ready.", "political", "role")]
    [InlineData("\"It adds up,\" said Tom Hale, a pollster for the Lind campaign.", "political", "apposition")] // a pollster takes the type of whom the apposition says they work for
    [InlineData("\"It adds up,\" said Tom Hale, an economist who works for Ada Lind's campaign.", "political", "campaign")]
    [InlineData("\"It adds up,\" said Tom Hale, an expert on campaign finance at a university in the north.", "expert", "apposition")]
    [InlineData("\"It adds up,\" said Tom Hale, a retired Army colonel.", "expert", "apposition")]
    [InlineData("\"The count is done,\" said Tom Hale, the elections supervisor in Harlan County.", "official", "apposition")]
    [InlineData("Observers from the monitoring mission said the vote was calm.", "ngo_intl", "role")]
    [InlineData("The Harbour Board Data Center said the port was full.", "official", "institution")]
    public void Each_step_of_the_evidence_names_itself(string text, string type, string evidence)
    {
        var attribution = Assert.Single(Attributions(text));
        Assert.Equal(type, attribution.SourceType);
        Assert.Equal(evidence, attribution.TypeEvidence);
    }

    [Theory]
    [InlineData("Americans said in the poll that the economy mattered most.")]
    [InlineData("Many Norwegians said they would not vote.")]
    public void A_plural_people_is_not_its_government(string text)
    {
        var attribution = Assert.Single(Attributions(text));
        Assert.NotEqual("seat_of_government", attribution.TypeEvidence);
    }

    [Theory]
    [InlineData("Former White House doctor Ana Ruiz said the candidate was fit.", "expert")]
    [InlineData("Gary Lane's doctor said the candidate was fit.", "expert")]
    [InlineData("Republican Secretary of State Jon Hale said the count was fair.", "official")]
    [InlineData("Senate Minority Leader Harry Vance said the bill would fail.", "political")]
    [InlineData("Retired general Piet Horn said the line would hold.", "expert")]
    [InlineData("Retired U.S. Air Force Gen. Norman Hale said the troops were worn out.", "expert")]
    [InlineData("\"It proves nothing,\" said Fred Golder, a former Internal Revenue Service commissioner.", "expert")]
    [InlineData("Former Ohio Gov. Ed Rennard, the chairman of the Democratic National Committee, said the count was fair.", "political")]
    [InlineData("Gov. Ed Rennard said the count was fair.", "official")]
    [InlineData("Republican vice-presidential nominee Gov. Ed Rennard said the debate was fair.", "political")]
    [InlineData("Senate candidate Attorney General Vera Munk said the count was fair.", "political")]
    [InlineData("\"It will pass,\" said Derek Mills, who served as U.S. ambassador to Burma until this year.", "expert")]
    public void The_head_noun_decides_among_role_words(string text, string type)
    {
        Assert.Equal(type, Assert.Single(Attributions(text)).SourceType);
    }

    /// <summary>Every word of the shared list of left titles (<c>PastTitles.Left</c>) makes an office one held before,
    /// not only "former", "retired" and "ex": the person is quoted for what they know. A title dated to the time of the
    /// words ("then-") keeps the office's type.</summary>
    [Theory]
    [InlineData("\"It proves nothing,\" said Fred Golder, a onetime Internal Revenue Service commissioner.", "expert")]
    [InlineData("\"It proves nothing,\" said Fred Golder, a one-time Internal Revenue Service commissioner.", "expert")]
    [InlineData("\"It proves nothing,\" said Fred Golder, an erstwhile Internal Revenue Service commissioner.", "expert")]
    [InlineData("Onetime U.S. Air Force Gen. Norman Hale said the troops were worn out.", "expert")]
    [InlineData("\"It proves nothing,\" said Fred Golder, an Internal Revenue Service commissioner.", "official")]
    [InlineData("In 2011, then-Commissioner Fred Golder of the Internal Revenue Service said the rule would stay.", "official")] // spoke in that office
    public void An_office_marked_by_any_past_title_word_is_held_before(string text, string type)
    {
        Assert.Equal(type, Assert.Single(Attributions(text)).SourceType);
    }

    [Theory]
    [InlineData("The campaign's press secretary, Lena Varga, said the rally would go ahead.", "political")]
    [InlineData("Ben Orr, one of the president's closest aides, said the visit was off.", "official")]
    [InlineData("Campaign aides said the rally would go ahead.", "political")]
    [InlineData("Tom Pryce, the chief executive of the Meadow Workers League, said wages had stalled.", "ngo_intl")]
    [InlineData("A spokesman said the rally would go ahead.", "official")]
    [InlineData("Russian President Pavel Orlov said the talks would go on.", "official")]
    [InlineData("Norrvik CEO Ana Holm said profits had fallen.", "business")]
    [InlineData("\"We will win,\" said Rosa Lind, executive vice president for policy for the Center for Fair Budgets.", "expert")]
    [InlineData("\"It is a mistake,\" said Ada Krell, a Denver-based president of the Republican Women Caucus.", "political")]
    public void A_role_that_acts_for_someone_takes_its_principal_type(string text, string type)
    {
        Assert.Equal(type, Assert.Single(Attributions(text)).SourceType);
    }

    [Fact]
    public void A_principal_named_but_unknown_to_the_lexicons_leaves_the_type_to_the_model()
    {
        var model = new FakeClassifier(SourcingAnalyzer.SourceTypeTask, _ => "political");
        var attribution = Assert.Single(Attributions("Lund spokesman Nick Orr said the rally would go ahead.", model));
        Assert.Equal("political", attribution.SourceType);
        Assert.Equal("model", attribution.TypeEvidence);
    }

    [Theory]
    [InlineData("Russian Foreign Minister Pavel Orlov said the talks would go on.", "russia", "nationality")]
    [InlineData("The Turkish Defence Ministry said the convoy had been hit.", "turkey", "nationality")]
    [InlineData("Republican senator Ada Holm said the bill would pass.", "republican_party", "party")]
    [InlineData("Rep. Ola Fenn (D-Ore.) said the bill would pass.", "democratic_party", "party_tag")]
    [InlineData("Senate Majority Leader Mitch Dorn, R-Ky., said the bill would pass.", "republican_party", "party_tag")]
    [InlineData("The Kremlin said the talks would go on.", "russia", "seat_of_government")]
    [InlineData("The Harbour Board said the quay was closed.", "government", "actor")]
    [InlineData("A farmer said nothing would change.", "unknown", "none")]
    public void Affiliation_is_read_from_the_text_when_the_actor_lexicon_does_not_know_the_source(string text, string affiliation, string evidence)
    {
        var attribution = Assert.Single(Attributions(text));
        Assert.Equal(affiliation, attribution.Affiliation);
        Assert.Equal(evidence, attribution.AffiliationEvidence);
    }

    [Fact]
    public void A_party_tag_alone_makes_a_source_political()
    {
        var attribution = Assert.Single(Attributions("Ola Fenn (D-Ore.) said the bill would pass."));
        Assert.Equal(("political", "party_tag"), (attribution.SourceType, attribution.TypeEvidence));
    }

    [Fact]
    public void Every_mention_of_a_source_can_settle_its_type()
    {
        var attributions = Attributions([
            "Tom Pryce said the deal was unfair.",
            "Pryce, an employment lawyer at Berg & Lund, added that the union would appeal."]);
        Assert.Equal(2, attributions.Length);
        Assert.Equal(attributions[0].SourceCanonical, attributions[1].SourceCanonical);
        Assert.All(attributions, a => Assert.Equal(("expert", "apposition"), (a.SourceType, a.TypeEvidence)));
    }

    [Fact]
    public void A_former_official_named_in_a_political_role_elsewhere_is_political()
    {
        var attributions = Attributions([
            "Retired Lt. Gen. Oren Dahl said the generals had been reduced to rubble.",
            "\"He is right,\" Dahl, a top campaign surrogate, said on Thursday."]);
        Assert.Equal(2, attributions.Length);
        Assert.All(attributions, a => Assert.Equal("political", a.SourceType));
    }

    [Theory]
    [InlineData("Gov. Ada Lind, who has been campaigning for her party's nominee since May, said the plan would fail.", "political", "campaign")]
    [InlineData("Gov. Ada Lind, who is running for the Senate, said the plan would fail.", "political", "campaign")]
    [InlineData("Gov. Ada Lind, campaigning in Manchester before the primary, said she was the only adult in the race.", "political", "campaign")]
    [InlineData("Attorney General Ola Fenn, the Democrats' candidate for governor, said the video should be released.", "political", "campaign")]
    [InlineData("Mayor Ines Brandt, Holm's opponent in the race for governor, said the video should be released.", "political", "campaign")]
    [InlineData("Gov. Ada Lind, who ran for the Senate in 2008, said the plan would fail.", "official", "role")]
    [InlineData("Gov. Ada Lind, a former nominee for the Senate, said the plan would fail.", "official", "role")]
    [InlineData("Gov. Ada Lind, who runs the state with a firm hand, said the plan would fail.", "official", "role")]
    public void An_office_holder_shown_campaigning_is_political(string text, string type, string evidence)
    {
        var found = Assert.Single(Attributions(text));
        Assert.Equal((type, evidence), (found.SourceType, found.TypeEvidence));
    }

    [Fact]
    public void An_office_holder_campaigning_in_a_later_mention_is_political_in_every_mention()
    {
        var attributions = Attributions([
            "Gov. Ada Lind said the plan would fail.",
            "Lind, who is campaigning for the nominee this week, told reporters the race was close."]);
        Assert.Equal(2, attributions.Length);
        Assert.All(attributions, a => Assert.Equal("political", a.SourceType));
    }

    [Theory]
    [InlineData("Ilse Marr, the chief executive of Delta News, said the deal was off.", "business", "apposition")]
    [InlineData("The chairman of the Vell Tribune said the paper would be sold.", "business", "role")]
    [InlineData("Ilse Marr, the founder of Delta News, said the deal was off.", "media", "apposition")]
    [InlineData("Ilse Marr, the editor of Delta News, said the deal was off.", "media", "apposition")]
    [InlineData("Ilse Marr, the chief executive of the Norren Foundation, said the deal was off.", "expert", "apposition")]
    public void An_executive_of_a_media_company_speaks_for_the_company(string text, string type, string evidence)
    {
        var found = Assert.Single(Attributions(text));
        Assert.Equal((type, evidence), (found.SourceType, found.TypeEvidence));
    }

    [Theory]
    [InlineData("@harborwatch pointed out that the mayor had changed her mind.", "citizen", "handle")]
    [InlineData("Within an hour @HarborWatch wrote that the ferry had been late all week.", "citizen", "handle")]
    [InlineData("harbor_watch42 said the ferry had been late all week.", "citizen", "handle")]
    [InlineData("The Harbour Board said the ferry had been late all week.", "official", "actor")]
    public void A_social_media_handle_nothing_else_types_is_a_member_of_the_public(string text, string type, string evidence)
    {
        var found = Assert.Single(Attributions(text));
        Assert.Equal((type, evidence), (found.SourceType, found.TypeEvidence));
    }

    [Fact]
    public void A_lower_case_word_without_digits_is_no_handle()
    {
        var found = Assert.Single(Attributions("Dunmore said the ferry had been late all week."));
        Assert.NotEqual("handle", found.TypeEvidence);
    }

    [Theory]
    [InlineData("The mayor was there with her husband, Tomas, who spoke of the long fight for the bridge.", "Tomas", "citizen")]
    [InlineData("The crowd cheered for the town's new doctor, Ada Brisk, who spoke of the clinic's first year.", "Ada Brisk", "expert")]
    public void A_description_before_a_name_between_commas_types_it(string text, string source, string type)
    {
        var found = Assert.Single(Attributions(text));
        Assert.Equal((source, type, "apposition"), (found.SourceCanonical, found.SourceType, found.TypeEvidence));
    }

    [Fact]
    public void A_description_needs_its_determiner_and_the_name_its_closing_comma()
    {
        var found = Assert.Single(Attributions("After she met voters, Ada Brisk spoke of the clinic's first year."));
        Assert.NotEqual("apposition", found.TypeEvidence);
    }

    [Theory]
    [InlineData("\"The seat is a toss-up,\" said Lena Borg, Senate editor for the Norren Foundation.", "expert")]
    [InlineData("Lena Borg, a senior editor at the Tax Policy Center, said the seat was a toss-up.", "expert")]
    [InlineData("\"The seat is a toss-up,\" said Lena Borg, Senate editor for the Vell Tribune.", "media")]
    [InlineData("Lena Borg, Senate editor for the paper, said the seat was a toss-up.", "media")]
    public void A_media_role_for_a_body_typed_expert_is_an_expert(string text, string type)
    {
        var found = Assert.Single(Attributions(text));
        Assert.Equal((type, "apposition"), (found.SourceType, found.TypeEvidence));
    }

    [Fact]
    public void A_later_short_name_inherits_the_type_and_party_of_the_first_full_mention()
    {
        var attributions = Attributions([
            "\"We will not back it,\" said Sen. Ada Holm (R-Kan.).",
            "\"It is a bad bill,\" Holm said."]);
        Assert.Equal(2, attributions.Length);
        Assert.All(attributions, a => Assert.Equal(("political", "republican_party"), (a.SourceType, a.Affiliation)));
    }

    [Fact]
    public void A_short_name_takes_the_type_of_a_fuller_mention_later_in_the_narrative()
    {
        var attributions = Attributions([
            "More than anything, Mr. Tamsin believes the new dam will matter.",
            "Last week, Governor Ivo Tamsin flew to the valley to open it.",
            "\"It will change the region,\" Mr. Tamsin said."]);
        Assert.Equal(2, attributions.Length);
        Assert.All(attributions, a => Assert.Equal(("official", "role"), (a.SourceType, a.TypeEvidence)));
    }

    [Fact]
    public void A_short_name_takes_the_type_of_the_apposition_of_its_full_mention_in_the_narrative()
    {
        var attributions = Attributions([
            "The call came from tax lawyers and from Fred Golder, a former Internal Revenue Service commissioner.",
            "\"The sooner he releases them, the better,\" Mr. Golder told a television station in August."]);
        var attribution = Assert.Single(attributions);
        Assert.Equal(("expert", "apposition"), (attribution.SourceType, attribution.TypeEvidence));
    }

    [Fact]
    public void An_aide_of_someone_the_lexicons_do_not_know_takes_that_persons_type_in_the_article()
    {
        var attributions = Attributions([
            "Democratic nominee Vera Holm said the plan would cut costs.",
            "Ada Brisk, a former Holm aide, said the trip had gone well."]);
        Assert.Equal(2, attributions.Length);
        Assert.Equal(("political", "principal", "democratic_party"), (attributions[1].SourceType, attributions[1].TypeEvidence, attributions[1].Affiliation));
    }

    [Fact]
    public void A_principal_does_not_override_a_type_the_rules_found()
    {
        var attributions = Attributions([
            "Democratic nominee Vera Holm said the plan would cut costs.",
            "Ada Brisk, a doctor, said the plan was sound.",
            "Brisk, a Holm aide, added that it would pass."]);
        Assert.Equal(3, attributions.Length);
        Assert.Equal(("expert", "apposition"), (attributions[2].SourceType, attributions[2].TypeEvidence));
    }

    [Fact]
    public void A_possessor_in_the_head_leaves_the_apposition_to_name_the_source()
    {
        var attributions = Attributions([
            "\"We are confident,\" Holm's communications director, Jana Pirelli, said on Monday.",
            "\"The polls are tightening,\" Pirelli added."]);
        Assert.Equal(2, attributions.Length);
        Assert.All(attributions, a => Assert.Equal(("Jana Pirelli", "political"), (a.SourceCanonical, a.SourceType)));
    }

    [Theory]
    [InlineData("Mo Ellis, director of Corran University's Institute of Politics and Public Service, said turnout would rise.", "expert")]
    [InlineData("Ana Roth, director of the Center for Fair Budgets, said the plan added up.", "expert")]
    [InlineData("The director of the town's main hospital said 23 people had died.", "expert")]
    public void An_institution_is_named_by_the_word_before_its_of_or_for(string text, string type)
    {
        Assert.Equal(type, Assert.Single(Attributions(text)).SourceType);
    }

    [Fact]
    public void The_speaker_label_that_asks_the_questions_of_a_transcript_is_the_interviewer()
    {
        var attributions = Attributions([
            "On the Sunday broadcast, Mayor Vera Holm spoke about the budget.",
            "\"MARSH: Let's start with the budget. Why did the vote fail?",
            "\"HOLM: The council stalled. We will try again in May.",
            "\"MARSH: Will you raise the bridge toll?",
            "\"HOLM: We will not raise it. The toll stays as it is."]);
        var marsh = attributions.Where(a => a.SourceCanonical.Equals("MARSH", StringComparison.OrdinalIgnoreCase)).ToArray();
        Assert.NotEmpty(marsh);
        Assert.All(marsh, a => Assert.Equal(("media", "interviewer"), (a.SourceType, a.TypeEvidence)));
        Assert.DoesNotContain(attributions, a => a.SourceCanonical.Equals("HOLM", StringComparison.OrdinalIgnoreCase) && a.SourceType == "media");
    }

    [Fact]
    public void A_transcript_speaker_who_asks_no_more_than_the_others_is_no_interviewer()
    {
        var attributions = Attributions([
            "The full exchange follows.",
            "\"MARSH: Why did the vote fail?",
            "\"TALLO: Why ask me?",
            "\"MARSH: Who stalled it?",
            "\"TALLO: Who else would know?"]);
        Assert.NotEmpty(attributions);
        Assert.DoesNotContain(attributions, a => a.TypeEvidence == "interviewer");
    }

    [Fact]
    public void I_in_a_letter_signed_with_a_bare_name_is_a_member_of_the_public()
    {
        var attributions = Attributions([
            "The bridge toll is a disgrace. I hope the council drops it before the winter.",
            "Ada Brisk.",
            "The new library is a gift to the town."]);
        var writer = Assert.Single(attributions);
        Assert.Equal(("I", "citizen", "signed_quote"), (writer.SourceCanonical, writer.SourceType, writer.TypeEvidence));
    }

    /// <summary>A former officer is quoted for what they know (expert) unless the article shows them backing a candidate:
    /// then they speak as a surrogate.</summary>
    [Theory]
    [InlineData("Quist has endorsed the party's nominee for president.", "political", "campaign")]
    [InlineData("Quist explained why she backs the Democratic candidate over his rival.", "political", "campaign")]
    [InlineData("Quist has written two books on military logistics.", "expert", "role")]
    [InlineData("Quist said the nominee's plan had been endorsed by few generals.", "expert", "role")]
    public void A_former_officer_whom_the_article_shows_backing_a_candidate_is_political(string later, string type, string evidence)
    {
        var general = Attributions(["Retired Army Gen. Ada Quist said the cuts to the army had gone too far.", later])[0];
        Assert.Equal((type, evidence), (general.SourceType, general.TypeEvidence));
    }

    [Fact]
    public void A_former_office_with_an_of_phrase_before_the_name_backing_a_candidate_is_political()
    {
        var secretary = Assert.Single(Attributions(["Former Secretary of the Navy Richard Vell on Friday endorsed Democratic presidential candidate Tom Harl."]));
        Assert.Equal(("political", "campaign"), (secretary.SourceType, secretary.TypeEvidence));
    }

    [Fact]
    public void I_without_a_signature_after_it_is_not_typed_as_a_letter_writer()
    {
        var attributions = Attributions([
            "The bridge toll is a disgrace. I hope the council drops it before the winter.",
            "The new library is a gift to the town."]);
        Assert.DoesNotContain(attributions, a => a.TypeEvidence == "signed_quote");
    }

    [Fact]
    public void I_outside_quotation_marks_in_an_unsigned_column_is_its_writer()
    {
        var attributions = Attributions([
            "My father grew up in a mill town. I tell myself that his anger came from fear.",
            "Like many of his neighbors, he felt left behind. I believe he was wrong about why."]);
        var writers = attributions.Where(a => a.SourceCanonical == "I").ToList();
        Assert.Equal(2, writers.Count);
        Assert.All(writers, w => Assert.Equal(("media", "author"), (w.SourceType, w.TypeEvidence)));
    }

    [Fact]
    public void I_in_a_transcript_is_not_the_writer()
    {
        var attributions = Attributions([
            "The full exchange follows.",
            "MARSH: Why did the vote fail?",
            "TALLO: I said it would fail, and I told the committee so.",
            "MARSH: Who stalled it?",
            "TALLO: The chairman did."]);
        Assert.DoesNotContain(attributions, a => a.TypeEvidence == "author");
    }

    [Fact]
    public void A_role_before_a_name_in_the_narrative_types_the_later_short_name()
    {
        var attributions = Attributions([
            "Hackers stole the emails of Vera Holm campaign chairman John Pardo in March.",
            "\"It was a reasonable conclusion,\" Pardo said on Sunday."]);
        Assert.Equal(("political", "role"), (Assert.Single(attributions) is var a ? (a.SourceType, a.TypeEvidence) : default));
    }

    [Fact]
    public void A_document_in_a_relative_clause_does_not_type_the_person()
    {
        var unsure = new FakeClassifier(SourcingAnalyzer.SourceTypeTask, _ => "business", probability: 0.1f);
        var attribution = Assert.Single(Attributions("Mrs. Holm, who drew support from half of the voters in the poll, said she was not worried.", unsure));
        Assert.Equal(("unknown", "model_unsure"), (attribution.SourceType, attribution.TypeEvidence));
        var report = Assert.Single(Attributions("The annual report said exports fell."));
        Assert.Equal("document", report.SourceType);
    }

    [Fact]
    public void A_headline_short_name_is_the_person_named_in_full_below_it()
    {
        var attributions = Attributions([
            "Van Orsel says the fire was set on purpose",
            "Nine people were hurt by a fire that Mayor Pia van Orsel described as deliberate.",
            "The mayor said there was no sign of a wider plot.",
            "Van Orsel said the city would pay for repairs."]);
        Assert.Equal(4, attributions.Length); // the headline, "described as deliberate" (a describing verb with a relative object), and two "said"
        Assert.Single(attributions.Select(a => a.SourceCanonical).Distinct());
        Assert.All(attributions, a => Assert.Equal("official", a.SourceType));
    }

    [Fact]
    public void Fuller_mentions_of_two_people_with_one_surname_type_neither()
    {
        var unsure = new FakeClassifier(SourcingAnalyzer.SourceTypeTask, _ => "business", probability: 0.1f);
        var attributions = Attributions([
            "\"We will fight on,\" Mr. Roan said.",
            "Senator Hal Roan and his sister, Professor Ines Roan, met the miners on Friday."], unsure);
        Assert.Equal(("unknown", "model_unsure"), (Assert.Single(attributions) is var a ? (a.SourceType, a.TypeEvidence) : default));
    }

    [Fact]
    public void The_model_reads_a_sources_other_mentions_and_the_surest_reading_decides()
    {
        // Unsure about "Ada Brisk said the line was long"; sure about the later "She said she had voted in every election".
        var model = new FakeClassifier(SourcingAnalyzer.SourceTypeTask, input => input.Context.Contains("voted") ? "citizen" : "business",
            probabilityOf: input => input.Context.Contains("voted") ? 0.9f : 0.2f);
        var attributions = Attributions(["Ada Brisk said the line was long.", "She said she had voted in every election since 1980."], model);
        Assert.Equal(2, attributions.Length);
        Assert.All(attributions, a => Assert.Equal(("citizen", "model"), (a.SourceType, a.TypeEvidence)));
        Assert.Equal(2, model.Inputs.Count);
    }

    [Fact]
    public void A_signed_quotation_with_a_title_is_typed_by_the_title_not_as_the_public()
    {
        var attribution = Assert.Single(Attributions("\"We will rebuild the bridge.\" ― Mayor Luis Ortega"));
        Assert.Equal(("official", "role"), (attribution.SourceType, attribution.TypeEvidence));
    }

    [Fact]
    public void An_unsure_model_leaves_the_type_unknown()
    {
        var unsure = new FakeClassifier(SourcingAnalyzer.SourceTypeTask, _ => "business", probability: (float)(SourceClassifier.MinModelProbability - 0.1));
        var attribution = Assert.Single(Attributions("Aldo Rest said prices would rise.", unsure));
        Assert.Equal(("unknown", "model_unsure"), (attribution.SourceType, attribution.TypeEvidence));
        var sure = new FakeClassifier(SourcingAnalyzer.SourceTypeTask, _ => "business", probability: (float)(SourceClassifier.MinModelProbability + 0.1));
        Assert.Equal(("business", "model"), (Assert.Single(Attributions("Aldo Rest said prices would rise.", sure)) is var a ? (a.SourceType, a.TypeEvidence) : default));
    }

    [Fact]
    public void Two_ministries_of_different_countries_stay_two_sources()
    {
        var attributions = Attributions([
            "The Russian Defence Ministry said the convoy had been hit.",
            "The Turkish Defence Ministry said the convoy was never there."]);
        Assert.Equal(2, attributions.Select(a => a.SourceCanonical).Distinct().Count());
        Assert.Equal(["russia", "turkey"], attributions.Select(a => a.Affiliation));
    }

    private static Attribution[] WithShippedActors(params string[] paragraphs) =>
        Analyze(new SourcingAnalyzer(ShippedLexicons, null, null), Doc(paragraphs)).Analysis.Attributions.ToArray();

    [Fact]
    public void A_nationality_before_a_known_body_makes_it_another_body()
    {
        // The shipped actor lexicon knows the sample country's "Defence Ministry"; a Russian or Turkish one is not it.
        var attributions = WithShippedActors(
            "The Russian Defence Ministry said the convoy had been hit.",
            "The Turkish Defence Ministry said its soldiers had come under fire first. The ministry added that two were wounded.");
        Assert.Equal(["Russian Defence Ministry", "Turkish Defence Ministry", "Turkish Defence Ministry"], attributions.Select(a => a.SourceCanonical));
        Assert.Equal(["russia", "turkey", "turkey"], attributions.Select(a => a.Affiliation));
        Assert.All(attributions, a => Assert.Equal("official", a.SourceType));
    }

    [Fact]
    public void The_actors_own_country_before_a_known_body_keeps_it_that_body()
    {
        // The lexicon knows the (American) Centers for Disease Control and Prevention; "the U.S." before it names the same body.
        var attribution = Assert.Single(WithShippedActors("The U.S. Centers for Disease Control and Prevention said hospitals should report every case."));
        Assert.Equal(("Centers for Disease Control and Prevention", "official", "actor", "united_states"),
            (attribution.SourceCanonical, attribution.SourceType, attribution.TypeEvidence, attribution.Affiliation));
    }

    [Fact]
    public void Another_first_name_before_a_known_surname_is_another_person()
    {
        // The shipped lexicon knows the sample's "Felix Brandt" (business) by his surname alone.
        var attributions = WithShippedActors(
            "The German cabinet's spokesman, Stefan Brandt, said the leaders had spoken on Thursday.",
            "\"We are ready to meet,\" Brandt said.");
        Assert.Equal(2, attributions.Length);
        Assert.All(attributions, a => Assert.Equal(("Stefan Brandt", "official", "germany"), (a.SourceCanonical, a.SourceType, a.Affiliation)));
    }

    [Fact]
    public void They_refers_to_names_joined_by_and_not_to_the_nearest_body()
    {
        var attributions = WithShippedActors(
            "The Kremlin said the two presidents had spoken by phone.",
            "Chancellor Ilse Varga and French President Luc Morel called the Russian leader on Thursday. They also expressed their readiness to meet, the statement said.");
        var they = attributions.Single(a => a.SourceCanonical.Contains(" and ", StringComparison.Ordinal));
        Assert.Equal("Chancellor Ilse Varga and French President Luc Morel", they.SourceCanonical);
        Assert.Equal("official", they.SourceType);
    }
}
