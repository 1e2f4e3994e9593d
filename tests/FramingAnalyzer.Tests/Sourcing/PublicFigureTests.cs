using FramingAnalyzer.Learning;
using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Model;
using FramingAnalyzer.Resources;
using FramingAnalyzer.Sourcing;
using FramingAnalyzer.Text;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// Specification of typing by the list of public figures (issue 13, "who speaks"): a well-known person the article names
/// but does not describe takes the type and side of their role on the article's date (evidence public_figure); the
/// article's own description wins; short mentions need the full name in the article or a surname nobody else in the
/// list has on that day; undated articles use only what all of a person's rows agree on. The people are invented, in
/// a list written here, except in the last tests, which read the shipped list.
/// </summary>
public class PublicFigureTests
{
    private const string Header = "name,aliases,source_type,affiliation,from,to,surname";

    private static readonly Lazy<SourcingResources> Resources = new(() => FictionalActors with
    {
        PublicFigures = PublicFigureLexicon.Load([WriteTemp("public_figures.csv", $"""
            {Header}
            Aurelia Voss,aurelia m. voss,political,green_party,2010-01-01,2019-06-30,
            Aurelia Voss,,official,green_party,2019-07-01,2023-06-30,
            Aurelia Voss,,political,green_party,2023-07-01,,
            Bram Okafor,,business,business,,,
            Tomas Okafor,,political,labour_party,2015-01-01,,
            Sarah Okafor,,expert,nordland,2015-01-01,,
            Lena Quist,,official,nordland,2012-01-01,2020-12-31,
            Dov Halloran,,official,nordland,2001-01-01,2009-12-31,
            Dov Halloran,,political,nordland,2010-01-01,,
            Kemal Sorin,,official,nordland,2000-01-01,,-
            Nils Varga,,official,nordland,2010-01-01,2020-12-31,
            Nils Varga,,political,nordland,2016-03-01,2016-11-30,
            Ines Marr,,political,labour_party,2012-01-01,,
            Piet van Dorn,,official,nordland,2014-01-01,,
            Otto Marr,,political,labour_party,2014-01-01,,
            """)]),
    });

    private static Document Dated(string? date, params string[] paragraphs) => DocumentBuilder.Build(new Article
    {
        Id = "test", Outlet = "Test Outlet", Body = string.Join("\n\n", paragraphs), Origin = "test", Date = date,
    });

    private static Attribution[] Attributions(Document document, ITextClassifier? model = null, SourcingResources? resources = null) =>
        Analyze(new SourcingAnalyzer(resources ?? Resources.Value, model, null), document).Analysis.Attributions.ToArray();

    private static Attribution Only(string? date, string text) => Assert.Single(Attributions(Dated(date, text)));

    [Theory]
    [InlineData("Quist's Fourth of July remarks doubled down on her speech at Harbor Point in the north, where she accused the mobs of erasing history.")]
    [InlineData("Even Quist's own advisers know nothing about the plan she brags about.")]
    public void A_she_no_one_else_fits_is_the_listed_person_named_as_a_possessor(string text)
    {
        var she = Assert.Single(Attributions(Dated("2018-07-05", text)));
        Assert.Equal(("official", "Quist"), (she.SourceType, she.SourceCanonical));
    }

    [Fact]
    public void A_courtesy_title_says_less_than_the_listed_role()
    {
        var quist = Only("2018-07-05", "Dr. Lena Quist predicted that the bridge would reopen by the end of the year.");
        Assert.Equal(("official", "public_figure"), (quist.SourceType, quist.TypeEvidence));
    }

    [Fact]
    public void A_courtesy_title_still_types_a_person_the_list_does_not_know() =>
        Assert.Equal("expert", Only("2018-07-05", "Dr. Hanne Brisk predicted that the bridge would reopen by the end of the year.").SourceType);

    [Fact]
    public void A_possessor_does_not_take_a_she_that_a_person_named_before_fits()
    {
        var said = Attributions(Dated("2018-07-05", "Dana Lorne, a nurse, watched the speech.", "Quist's remarks angered the crowd, and she said the speech was cruel."));
        Assert.Equal("Dana Lorne", said.Single(a => a.SourceCanonical != "").SourceCanonical);
    }

    [Fact]
    public void A_surname_with_its_lower_case_particle_names_the_listed_person() =>
        Assert.Equal("official", Only("2018-07-05", "After a weekend of shootings, van Dorn lamented the number of guns in the city.").SourceType);

    [Fact]
    public void A_spokesman_for_a_surname_that_several_listed_people_share_takes_their_common_role()
    {
        var spokesman = Only("2016-05-04", "A Marr spokesman said the plan would fail.");

        Assert.Equal(("political", "principal"), (spokesman.SourceType, spokesman.TypeEvidence));
        Assert.Equal("labour_party", spokesman.Affiliation);
    }

    [Fact]
    public void A_spokesman_for_a_surname_whose_bearers_differ_is_not_typed_by_them()
    {
        var spokesman = Only("2016-05-04", "An Okafor spokesman said the plan would fail.");

        Assert.NotEqual("principal", spokesman.TypeEvidence);
    }

    [Fact]
    public void A_full_name_takes_the_type_and_side_of_the_role_on_the_article_date()
    {
        var voss = Only("2016-05-04", "Aurelia Voss said the plan would fail.");

        Assert.Equal(("political", "public_figure"), (voss.SourceType, voss.TypeEvidence));
        Assert.Equal(("green_party", "public_figure"), (voss.Affiliation, voss.AffiliationEvidence));
    }

    /// <summary>An epithet the article uses for a listed person it has just named says what the person was or is known
    /// for, not the capacity they speak in: the role on the article's date decides.</summary>
    [Theory]
    [InlineData("The billionaire said the plan would fail.", "political")]
    [InlineData("The Harbor City businessman said the plan would fail.", "political")]
    [InlineData("The former secretary of state said the plan would fail.", "political")]
    [InlineData("The former reality TV star said the plan would fail.", "political")]
    public void An_epithet_of_a_listed_person_takes_the_person_role(string epithet, string type)
    {
        var said = Attributions(Dated("2016-05-04", "Tomas Okafor toured the port on Monday.", epithet));

        var source = Assert.Single(said);
        Assert.Equal((type, "public_figure", "Tomas Okafor"), (source.SourceType, source.TypeEvidence, source.SourceCanonical));
    }

    /// <summary>A description that names a body before its noun ("the Harbour Board chairman"), or an office of the state
    /// the person just named was not given as a title ("the mayor"), is someone who holds that office, not an epithet of
    /// that person.</summary>
    [Theory]
    [InlineData("The Harbour Board chairman said the plan would fail.")]
    [InlineData("The mayor said the plan would fail.")]
    [InlineData("The judge said the plan would fail.")]
    [InlineData("The attorney general said the plan would fail.")]
    public void A_description_naming_an_office_is_not_an_epithet_of_the_person_just_named(string sentence)
    {
        var said = Attributions(Dated("2016-05-04", "Tomas Okafor toured the port on Monday.", sentence));

        var source = Assert.Single(said);
        Assert.Equal("official", source.SourceType);
        Assert.NotEqual("Tomas Okafor", source.SourceCanonical);
    }

    /// <summary>A one-word name in the narrative that the list gives one person on the article's day is an antecedent for
    /// "he", though the article never names the person in full (before, "he" fell to the model).</summary>
    [Theory]
    [InlineData("\"She is ready,\" he said.")]
    [InlineData("He said she was ready.")]
    public void He_after_a_listed_one_word_name_in_the_narrative_is_that_person(string sentence)
    {
        var said = Attributions(Dated("2016-10-04", "Obama campaigned for Clinton in Philadelphia on Tuesday.", sentence), resources: ShippedLexicons);

        var he = Assert.Single(said);
        Assert.Equal(("official", "Obama"), (he.SourceType, he.SourceCanonical));
    }

    /// <summary>A listed family by its surname in the plural takes the role its members share on the article's day.</summary>
    [Theory]
    [InlineData("The Clintons said the foundation would stop taking foreign money.", "political")]
    [InlineData("The Bushes said they would not endorse the nominee.", "political")]
    public void A_listed_family_named_by_its_surname_takes_the_shared_role(string sentence, string type)
    {
        var source = Assert.Single(Attributions(Dated("2016-09-01", sentence), resources: ShippedLexicons));
        Assert.Equal((type, "public_figure"), (source.SourceType, source.TypeEvidence));
    }

    /// <summary>A sitting governor who chaired a nominee's transition team (Chris Christie, May to November 2016) speaks in
    /// that capacity then, as in a primary of his own; before and after, as governor.</summary>
    [Theory]
    [InlineData("2016-09-20", "political")]
    [InlineData("2016-03-01", "official")]
    [InlineData("2017-03-01", "official")]
    public void A_governor_chairing_a_transition_team_is_political_while_he_chairs_it(string date, string type)
    {
        var source = Assert.Single(Attributions(Dated(date, "Chris Christie said the state would not raise the gas tax."), resources: ShippedLexicons));
        Assert.Equal((type, "public_figure"), (source.SourceType, source.TypeEvidence));
    }

    /// <summary>Surnames joined by "and" of people the article names in full take the type their listed roles agree on,
    /// also where the list will not read the surname alone (its surname column is "-" for Larry King and Ed Schultz, and
    /// "King" is also a title) and the article names them only together.</summary>
    [Theory]
    [InlineData("King and Schultz say the network never edited them.")]
    [InlineData("Both Mr. King and Mr. Schultz say the network never edited them.")]
    public void Surnames_joined_by_and_take_the_roles_of_the_people_named_in_full(string sentence)
    {
        var said = Attributions(Dated("2016-09-19", "Larry King and Ed Schultz host shows on the network.", sentence), resources: ShippedLexicons);

        var source = Assert.Single(said);
        Assert.Equal(("media", "conjuncts"), (source.SourceType, source.TypeEvidence));
    }

    [Fact]
    public void Surnames_joined_by_and_whose_roles_differ_are_not_typed_by_the_list()
    {
        var said = Attributions(Dated("2016-05-04", "The port hired Kemal Sorin and Ines Marr last year.", "Sorin and Marr said the plan would fail."));

        Assert.NotEqual("conjuncts", Assert.Single(said).TypeEvidence);
    }

    [Fact]
    public void An_epithet_of_a_person_the_list_does_not_know_keeps_its_own_type()
    {
        var said = Attributions(Dated("2016-05-04", "Mara Quist toured the port on Monday.", "The billionaire said the plan would fail."));

        Assert.Equal("business", Assert.Single(said).SourceType);
    }

    [Theory]
    [InlineData("2019-06-30", "political")] // the last day of the candidacy ('to' is included)
    [InlineData("2019-07-01", "official")]  // the first day in office
    [InlineData("2023-06-30", "official")]
    [InlineData("2023-07-01", "political")] // out of office again
    [InlineData("2009-12-31", "unknown")]   // before the list knows her: not typed by the list
    public void The_same_person_is_typed_by_the_role_held_that_day(string date, string type)
    {
        Assert.Equal(type, Only(date, "Aurelia Voss said the plan would fail.").SourceType);
    }

    [Fact]
    public void The_date_may_carry_a_time()
    {
        Assert.Equal("official", Only("2020-02-01T09:30:00Z", "Aurelia Voss said the plan would fail.").SourceType);
    }

    [Fact]
    public void An_alias_names_the_person_too()
    {
        Assert.Equal("official", Only("2020-02-01", "Aurelia M. Voss said the plan would fail.").SourceType);
    }

    [Fact]
    public void A_middle_initial_does_not_hide_a_listed_name()
    {
        var quist = Only("2015-03-01", "Lena K. Quist said the budget was balanced.");
        Assert.Equal(("official", "public_figure"), (quist.SourceType, quist.TypeEvidence));

        // "Okafor" is two listed people: the one named in full, initial and all, decides.
        var named = Attributions(Dated("2020-02-01", "Tomas J. Okafor arrived in the capital on Monday.", "Okafor said the plan would fail."));
        Assert.Equal("political", Assert.Single(named).SourceType);
    }

    [Theory]
    [InlineData("2015-03-01", "Retired Gen. Dov Halloran said the plan would fail.", "political")] // in party politics that day
    [InlineData("2022-03-01", "Retired Gen. Lena Quist said the plan would fail.", "expert")]       // no role that day: the past office
    [InlineData("2015-03-01", "Former Secretary of State Dov Halloran said the plan would fail.", "political")] // a title with "of" before the name
    public void A_former_official_the_list_has_in_a_political_role_that_day_is_political(string date, string text, string type)
    {
        Assert.Equal(type, Only(date, text).SourceType);
    }

    [Fact]
    public void A_spokesman_for_a_listed_person_is_not_that_person()
    {
        var spokesman = Only("2015-03-01", "A spokesman for Secretary of State Dov Halloran said the plan would fail.");
        Assert.NotEqual(TypeEvidence.PublicFigure, spokesman.TypeEvidence);
    }

    [Theory]
    [InlineData("2016-06-01", "political", "public_figure")] // a candidate that day, though in office
    [InlineData("2015-06-01", "official", "role")]           // in office, no candidacy
    public void An_office_holder_the_list_has_as_a_candidate_that_day_is_political(string date, string type, string evidence)
    {
        var varga = Only(date, "Gov. Nils Varga said the plan would fail.");
        Assert.Equal((type, evidence), (varga.SourceType, varga.TypeEvidence));
    }

    [Fact]
    public void Names_joined_by_and_take_the_type_their_listed_full_names_agree_on()
    {
        var found = Attributions(Dated("2015-03-01", "Lena Quist met Kemal Sorin on Monday.", "Quist and Sorin said the talks had gone well."));

        var both = Assert.Single(found);
        Assert.Equal(("official", "conjuncts", "nordland"), (both.SourceType, both.TypeEvidence, both.Affiliation));
    }

    [Fact]
    public void A_later_surname_mention_is_the_person_named_in_full_before()
    {
        var found = Attributions(Dated("2020-02-01",
            "Aurelia Voss said the plan would fail.",
            "\"We will not sign it,\" Voss told reporters."));

        Assert.Equal(2, found.Length);
        Assert.All(found, a => Assert.Equal(("official", "green_party"), (a.SourceType, a.Affiliation)));
    }

    [Fact]
    public void A_surname_alone_is_the_only_listed_person_of_that_name_on_that_day()
    {
        var voss = Only("2020-02-01", "Voss said the plan would fail.");

        Assert.Equal(("official", "public_figure"), (voss.SourceType, voss.TypeEvidence));
    }

    [Fact]
    public void A_surname_two_listed_people_share_needs_the_full_name_in_the_article()
    {
        Assert.Equal("unknown", Only("2020-02-01", "Okafor said the plan would fail.").SourceType);

        var named = Attributions(Dated("2020-02-01", "Tomas Okafor arrived in the capital on Monday.", "Okafor said the plan would fail."));
        Assert.Equal(("political", "labour_party"), (Assert.Single(named).SourceType, named[0].Affiliation));
    }

    [Fact]
    public void Both_people_of_a_surname_named_in_full_leave_a_surname_mention_open()
    {
        var resources = Resources.Value;
        var matcher = new PublicFigureMatcher(resources.PublicFigures, resources);

        var both = matcher.For(new DocumentText(Dated("2020-02-01", "Tomas Okafor and Bram Okafor met on Monday. Okafor left.")));
        var one = matcher.For(new DocumentText(Dated("2020-02-01", "Bram Okafor met the mayor on Monday. Okafor left.")));

        Assert.Null(matcher.BySurname(both, "okafor"));
        Assert.Equal("Bram Okafor", matcher.BySurname(one, "okafor")?.Person.Name);
    }

    [Fact]
    public void A_title_or_pronoun_telling_the_gender_narrows_a_surname()
    {
        var resources = Resources.Value;
        var matcher = new PublicFigureMatcher(resources.PublicFigures, resources);
        var article = matcher.For(new DocumentText(Dated("2020-02-01", "Tomas Okafor and Sarah Okafor met on Monday. Okafor left.")));

        Assert.Null(matcher.BySurname(article, "okafor"));
        Assert.Equal("Sarah Okafor", matcher.BySurname(article, "okafor", 'f')?.Person.Name);
        Assert.Equal("Tomas Okafor", matcher.BySurname(article, "okafor", 'm')?.Person.Name);

        var found = Attributions(Dated("2020-02-01", "Tomas Okafor and Sarah Okafor met on Monday.", "Mrs. Okafor said the plan would fail."));
        Assert.Equal("expert", Assert.Single(found).SourceType);
    }

    [Fact]
    public void Another_person_of_that_surname_in_the_article_is_not_the_listed_one()
    {
        var found = Attributions(Dated("2020-02-01", "Maria Voss opened the bakery in 1998.", "Voss said the plan would fail."));

        Assert.Equal("unknown", Assert.Single(found).SourceType);
    }

    [Theory]
    [InlineData("The report, written by Edda Voss, was released on Monday.", "unknown")] // a name the list does not know
    [InlineData("The report, written for Mrs. Voss, was released on Monday.", "official")] // a title is no given name
    [InlineData("The report, written for Nordland's Voss, was released on Monday.", "official")]
    [InlineData("But Voss left early on Monday.", "official")] // a capitalised word opening the sentence
    public void A_capitalised_word_before_the_surname_elsewhere_is_another_person(string narrative, string type)
    {
        var found = Attributions(Dated("2020-02-01", narrative, "\"We will not sign it,\" Voss said."));

        Assert.Equal(type, Assert.Single(found).SourceType);
    }

    [Fact]
    public void A_full_name_the_list_does_not_know_is_not_its_surname_namesake()
    {
        Assert.Equal("unknown", Only("2020-02-01", "Edda Voss said the plan would fail.").SourceType);
    }

    [Fact]
    public void A_surname_marked_as_not_naming_alone_needs_the_full_name()
    {
        Assert.Equal("unknown", Only("2020-02-01", "Sorin said the plan would fail.").SourceType);
        Assert.Equal("official", Only("2020-02-01", "Kemal Sorin said the plan would fail.").SourceType);
    }

    [Fact]
    public void The_article_own_description_wins_over_the_list()
    {
        var voss = Only("2020-02-01", "Aurelia Voss, an economist at the central bank, said prices would rise.");

        Assert.Equal(("expert", "apposition"), (voss.SourceType, voss.TypeEvidence));
        Assert.Equal("unknown", voss.Affiliation); // described as something else: perhaps a namesake, so no side from the list
    }

    [Fact]
    public void A_role_that_agrees_with_the_list_takes_the_side_from_it()
    {
        var quist = Only("2015-03-03", "Minister Lena Quist said the border would stay open.");

        Assert.Equal(("official", "role"), (quist.SourceType, quist.TypeEvidence));
        Assert.Equal(("nordland", "public_figure"), (quist.Affiliation, quist.AffiliationEvidence));
    }

    [Fact]
    public void The_list_wins_over_the_model_and_a_signed_quotation()
    {
        var model = new FakeClassifier(SourcingAnalyzer.SourceTypeTask, _ => "citizen");
        var said = Assert.Single(Attributions(Dated("2015-03-03", "Lena Quist said the border would stay open."), model));
        Assert.Equal(("official", "public_figure"), (said.SourceType, said.TypeEvidence));
        Assert.Empty(model.Inputs);

        var signed = Only("2015-03-03", "\"The border stays open.\" ― Lena Quist");
        Assert.Equal(("official", "public_figure"), (signed.SourceType, signed.TypeEvidence));
    }

    [Fact]
    public void An_aide_of_a_listed_person_takes_that_person_type()
    {
        var found = Attributions(Dated("2015-03-03", "Ida Berg, an aide to Quist, said the border would stay open."));

        var aide = Assert.Single(found);
        Assert.Equal(("official", "principal"), (aide.SourceType, aide.TypeEvidence));
    }

    [Theory]
    [InlineData("Bram Okafor said profits would rise.", "business", "business")]   // one row: the same for any date
    [InlineData("Lena Quist said the border would stay open.", "official", "nordland")] // one period
    [InlineData("Dov Halloran said the border would stay open.", "unknown", "unknown")] // official, then political: which one is open
    [InlineData("Aurelia Voss said the plan would fail.", "unknown", "unknown")]
    [InlineData("Quist said the border would stay open.", "official", "nordland")] // a surname only one listed person has
    [InlineData("Okafor said profits would rise.", "unknown", "unknown")]
    public void An_undated_article_uses_only_what_all_of_a_person_rows_agree_on(string text, string type, string affiliation)
    {
        var found = Only(null, text);

        Assert.Equal((type, affiliation), (found.SourceType, found.Affiliation));
    }

    /// <summary>An undated corpus from known years (<c>--undated-as</c>): a day reads every person as on that day; a period
    /// gives each person the role held on most of its days, among the days the list gives them any.</summary>
    [Theory]
    [InlineData("2021-03-01", "Aurelia Voss said the plan would fail.", "official")]
    [InlineData("2018-01-01..2021-12-31", "Aurelia Voss said the plan would fail.", "official")]      // political 18 months, official 30
    [InlineData("2015-01-01..2020-12-31", "Aurelia Voss said the plan would fail.", "political")]     // 54 months against 18
    [InlineData("2005-01-01..2011-12-31", "Dov Halloran said the border would stay open.", "official")]
    [InlineData("2016-01-01..2016-12-31", "Nils Varga said the border would stay open.", "political")] // by the day rule political March to November, official three months
    [InlineData("2021-01-01..2022-12-31", "Lena Quist said the border would stay open.", "unknown")] // out of office throughout
    [InlineData("2021-01-01", "Quist said the border would stay open.", "unknown")]
    [InlineData("2015-01-01..2020-12-31", "Minister Aurelia Voss said the plan would fail.", "official")] // the title says which of her roles
    [InlineData("2018-01-01..2021-12-31", "Senator Aurelia Voss said the plan would fail.", "political")]
    [InlineData("2015-01-01..2020-12-31", "Former Minister Aurelia Voss said the plan would fail.", "political")] // a title held before says nothing of the period
    [InlineData("2015-01-01..2020-12-31", "Onetime Minister Aurelia Voss said the plan would fail.", "political")] // any past-title word (PastTitles)
    public void An_undated_article_can_be_read_as_of_a_day_or_a_period(string days, string text, string type)
    {
        var resources = Resources.Value with { UndatedDays = DayRange.Parse(days) };

        var found = Assert.Single(Attributions(Dated(null, text), resources: resources));

        Assert.Equal(type, found.SourceType);
    }

    [Fact]
    public void An_article_with_its_own_date_keeps_it_over_the_undated_period()
    {
        var resources = Resources.Value with { UndatedDays = DayRange.Parse("2021-01-01..2022-12-31") };

        var found = Assert.Single(Attributions(Dated("2018-05-01", "Aurelia Voss said the plan would fail."), resources: resources));

        Assert.Equal("political", found.SourceType);
    }

    [Theory]
    [InlineData("2018-07-01", "2018-07-01", "2018-07-01")]
    [InlineData("2017-01-01..2020-12-31", "2017-01-01", "2020-12-31")]
    public void A_day_or_a_period_is_read_from_iso_dates(string text, string from, string to)
    {
        Assert.Equal(new DayRange(DateOnly.Parse(from), DateOnly.Parse(to)), DayRange.Parse(text));
        Assert.Equal(text, DayRange.Parse(text).ToString());
    }

    [Theory]
    [InlineData("2018")]
    [InlineData("07/01/2018")]
    [InlineData("2020-12-31..2017-01-01")]
    [InlineData("2017-01-01..2018-01-01..2019-01-01")]
    public void What_is_neither_a_day_nor_a_period_is_refused(string text) => Assert.Null(DayRange.Parse(text));

    [Fact]
    public void A_date_that_is_not_a_date_counts_as_undated()
    {
        Assert.Equal("unknown", Only("last Tuesday", "Aurelia Voss said the plan would fail.").SourceType);
        Assert.Equal("official", Only("last Tuesday", "Lena Quist said the border would stay open.").SourceType);
    }

    [Fact]
    public void A_corpus_list_read_first_replaces_the_rows_of_its_people_and_adds_its_own()
    {
        var corpus = WriteTemp("public_figures.csv", $"""
            {Header}
            Lena Quist,,expert,nordland,2021-01-01,,
            Ivo Marsh,,media,media,,,
            """);
        var shipped = WriteTemp("public_figures.csv", $"""
            {Header}
            Lena Quist,,official,nordland,2012-01-01,2020-12-31,
            Aurelia Voss,,official,green_party,2019-07-01,2023-06-30,
            """);
        var resources = FictionalActors with { PublicFigures = PublicFigureLexicon.Load([corpus, shipped]) };

        Assert.Equal(3, resources.PublicFigures.PeopleCount);
        Assert.Equal("unknown", Assert.Single(Attributions(Dated("2015-03-03", "Lena Quist said the border would stay open."), resources: resources)).SourceType);
        Assert.Equal("expert", Assert.Single(Attributions(Dated("2022-03-03", "Lena Quist said the border would stay open."), resources: resources)).SourceType);
        Assert.Equal("media", Assert.Single(Attributions(Dated("2022-03-03", "Ivo Marsh said the border would stay open."), resources: resources)).SourceType);
        Assert.Equal("official", Assert.Single(Attributions(Dated("2022-03-03", "Aurelia Voss said the plan would fail."), resources: resources)).SourceType);
    }

    [Fact]
    public void A_corpus_folder_list_is_found_like_its_actor_list()
    {
        var corpus = Path.GetDirectoryName(WriteTemp("README.md", "A corpus."))!;
        var list = Path.Combine(corpus, FramingAnalyzer.Pipeline.CorpusActors.Folder, PublicFigureLexicon.FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(list)!);
        File.WriteAllText(list, Header + "\n");
        Directory.CreateDirectory(Path.Combine(corpus, "Outlet"));

        Assert.Equal([list], FramingAnalyzer.Pipeline.CorpusActors.Find([Path.Combine(corpus, "Outlet")], PublicFigureLexicon.FileName));
    }

    [Theory]
    [InlineData("Ada Brisk,,official,nordland,2016-02-30,,", "the column 'from' is '2016-02-30', not a date written YYYY-MM-DD")]
    [InlineData("Ada Brisk,,official,nordland,,12/01/2019,", "the column 'to' is '12/01/2019'")]
    [InlineData("Ada Brisk,,official,nordland,2019-01-01,2018-01-01,", "'to' (2018-01-01) is before 'from' (2019-01-01)")]
    [InlineData("Ada Brisk,,governor,nordland,,,", "unknown source_type 'governor'")]
    [InlineData("Ada Brisk,,unknown,nordland,,,", "unknown source_type 'unknown'")]
    [InlineData("Ada Brisk,,official,Nord Land,,,", "the affiliation 'Nord Land' must be a lowercase word")]
    [InlineData("Ada Brisk,,official,nordland,,,van brisk", "the surname 'van brisk' must be one word")]
    [InlineData(",,official,nordland,,,", "the column 'name' is empty")]
    public void A_bad_row_is_an_error_naming_the_file_and_line(string row, string message)
    {
        var path = WriteTemp("public_figures.csv", $"{Header}\nLena Quist,,official,nordland,2012-01-01,,\n{row}");

        var error = Assert.Throws<LexiconException>(() => PublicFigureLexicon.Load([path]));

        Assert.Contains($"{path}:3:", error.Message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_list_without_its_columns_is_an_error()
    {
        var path = WriteTemp("public_figures.csv", "name,source_type\nLena Quist,official");

        Assert.Contains("missing column 'aliases'", Assert.Throws<LexiconException>(() => PublicFigureLexicon.Load([path])).Message);
    }

    [Fact]
    public void The_shipped_list_loads_and_is_read_by_default()
    {
        var shipped = PublicFigureLexicon.Load([ToolData.Lexicon(PublicFigureLexicon.FileName)]);

        Assert.True(shipped.PeopleCount >= 300, $"{shipped.PeopleCount} people");
        Assert.Same(PublicFigureLexicon.Shipped, ShippedLexicons.PublicFigures);
    }

    [Theory]
    [InlineData("2016-10-01", "political", "republican_party")] // the running mate
    [InlineData("2018-03-01", "official", "republican_party")]  // the vice president
    public void On_real_names_the_shipped_list_follows_office(string date, string type, string affiliation)
    {
        var found = Attributions(Dated(date, "Mike Pence arrived in Ohio on Monday.", "\"We will win,\" Pence told reporters."), resources: ShippedLexicons);

        var pence = Assert.Single(found);
        Assert.Equal((type, affiliation, "public_figure"), (pence.SourceType, pence.Affiliation, pence.TypeEvidence));
    }

    [Theory]
    [InlineData("2016-09-10", "Tester said the bill would not pass.", "political", "democratic_party")]  // a senator of the 114th Congress
    [InlineData("2016-09-10", "Merkley told reporters the vote would be close.", "political", "democratic_party")]
    [InlineData("2016-09-10", "Larry King said he had not seen the rest of the network.", "media", "media")]
    [InlineData("2016-09-10", "Hickenlooper said the state would appeal.", "official", "democratic_party")]  // a governor of 2016
    public void The_shipped_list_knows_the_senators_governors_and_broadcasters_of_2016(string date, string text, string type, string affiliation)
    {
        var source = Assert.Single(Attributions(Dated(date, text), resources: ShippedLexicons));
        Assert.Equal((type, affiliation), (source.SourceType, source.Affiliation));
    }

    [Theory]
    [InlineData("2019-05-14", "Tlaib said the bill would not pass.", "political", "democratic_party")]  // the House of the 116th Congress
    [InlineData("2018-06-02", "Tester said the bill would not pass.", "political", "democratic_party")]  // a 114th-Congress senator still serving
    [InlineData("2019-03-11", "Kurz told reporters the border would stay open.", "official", "austria")]  // a head of government of 2017-2021
    [InlineData("2018-09-20", "Kavanaugh said he had never met her.", "official", "united_states")]  // a judge
    [InlineData("2020-04-03", "Whitmer said the order would be extended.", "official", "democratic_party")]  // a governor of 2019
    [InlineData("2019-10-01", "Candace Owens said the hearing was a farce.", "media", "media")]
    [InlineData("2019-09-23", "Greta Thunberg said the leaders had failed.", "ngo_intl", "civil_society")]
    public void The_shipped_list_knows_the_congress_governments_and_commentators_of_2017_to_2021(string date, string text, string type, string affiliation)
    {
        var source = Assert.Single(Attributions(Dated(date, text), resources: ShippedLexicons));
        Assert.Equal((type, affiliation), (source.SourceType, source.Affiliation));
    }

    /// <summary>A candidate who has left the race still speaks as a party figure; people the campaign made news of
    /// without an office are members of the public.</summary>
    [Theory]
    [InlineData("2016-09-10", "Jeb Bush said the nominee did not speak for him.", "political", "republican_party")]  // out of the race in February
    [InlineData("2016-09-10", "Martin O'Malley told reporters the platform was strong.", "political", "democratic_party")]
    [InlineData("2016-10-02", "Paul Manafort said the campaign was on track.", "political", "republican_party")]  // after he resigned as chairman
    [InlineData("2016-10-02", "Khizr Khan said the nominee had sacrificed nothing.", "citizen", "independent")]
    [InlineData("2016-03-01", "Mr. Ban said the deal was historic.", "ngo_intl", "international")]  // a surname that is also a word, after a title
    public void The_shipped_list_keeps_former_candidates_as_party_figures(string date, string text, string type, string affiliation)
    {
        var source = Assert.Single(Attributions(Dated(date, text), resources: ShippedLexicons));
        Assert.Equal((type, affiliation), (source.SourceType, source.Affiliation));
    }

    /// <summary>A listed person described by kinship speaks in their listed role (the 2016 candidates' families
    /// campaigned), also when the description comes first and the name is its apposition; kin the list does not know
    /// stay members of the public.</summary>
    [Theory]
    [InlineData("Trump's daughter Ivanka said her father would win.", "political")]
    [InlineData("The candidate's wife, Melania Trump, said her husband was a fighter.", "political")]
    [InlineData("The 34-year-old mother of three, Ivanka Trump, said her father would win.", "political")]
    [InlineData("Ivanka Trump, the nominee's eldest daughter, said her father would win.", "political")]
    [InlineData("Jane Doe, the candidate's sister, said the family was proud.", "citizen")]
    public void The_shipped_list_types_the_candidates_families_by_their_campaign_role(string text, string type)
    {
        var source = Assert.Single(Attributions(Dated("2016-09-10", text), resources: ShippedLexicons));
        Assert.Equal(type, source.SourceType);
    }
}
