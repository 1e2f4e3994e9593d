using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// A role word in a relative clause after a name types the person only when the clause says the person is, was, serves
/// as, runs or owns it ("who is a senior fellow", "who served as Asia director", "who runs the campaign's field
/// operation", "whose company ..."); a clause that tells what the person did to someone else names that someone ("who saw
/// the senator speak", "who met the governor"). Issue 13: a voter "who saw the running mate
/// speak" is no politician. People are invented.
/// </summary>
public class RelativeClauseTypingTests
{
    [Theory]
    [InlineData("Lena Marsh, who is a senior fellow at a research group, said the numbers were wrong.", "Lena Marsh, who is a senior fellow at a research group", "expert")]
    [InlineData("Dana Pryor, who served as Africa director at the National Security Council in the last administration, said the talks would fail.", "Dana Pryor, who served as Africa director at the National Security Council in the last administration", "expert")]
    [InlineData("Tom Avery, whose company employs 300 people, said costs had tripled.", "Tom Avery, whose company employs 300 people", "business")]
    [InlineData("Rue Holloway, who runs the campaign's get-out-the-vote operation in the county, said turnout would be high.", "Rue Holloway, who runs the campaign's get-out-the-vote operation in the county", "political")]
    public void A_clause_that_says_what_the_person_is_types_them(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Theory]
    [InlineData("Maria Lopez, who saw the senator speak at a rally, said the outreach was phony.", "Maria Lopez, who saw the senator speak at a rally")]
    [InlineData("Maria Lopez, who met the governor last week, said the outreach was phony.", "Maria Lopez, who met the governor last week")]
    public void A_role_the_clause_gives_someone_else_does_not_type_the_person(string text, string source) =>
        Assert.Equal("unknown", TypeOfSource(text, source));

    [Fact]
    public void An_age_before_the_description_is_no_description()
    {
        const string text = "\"I came to see who could win,\" said Tess Varga, 22, a nursing student at Eastmoor State University who caucused for the first time.";
        Assert.Equal("citizen", TypeOfSource(text, "Tess Varga, 22, a nursing student at Eastmoor State University who caucused for the first time"));
    }

    [Fact]
    public void A_company_a_participle_phrase_follows_is_still_the_descriptions_head()
    {
        const string text = "\"We back energy jobs,\" said a spokesman for Brandt Energy, the Houston drilling company founded by Lars Brandt, who gave money to a Senate super PAC.";
        Assert.Equal("business", TypeOfSource(text, "a spokesman for Brandt Energy, the Houston drilling company founded by Lars Brandt, who gave money to a Senate super PAC"));
    }

    [Fact]
    public void What_a_former_banker_serves_as_now_types_him() =>
        Assert.Equal("political", TypeOfSource("\"We will have the money,\" said Tom Reed, a former banker who serves as the campaign's finance chairman.",
            "Tom Reed, a former banker who serves as the campaign's finance chairman"));

    [Theory]
    [InlineData("Dana Pryor, who heads the Clinton Foundation, said the report was wrong.", "Dana Pryor, who heads the Clinton Foundation", "ngo_intl")]
    [InlineData("Dana Pryor, who heads the Pentagon, said the report was wrong.", "Dana Pryor, who heads the Pentagon", "official")]
    [InlineData("Dana Pryor, who heads the Center of Research for Development in Mexico City, said the peso would fall.", "Dana Pryor, who heads the Center of Research for Development in Mexico City", "expert")]
    public void Who_heads_a_body_speaks_for_it_the_actor_list_first(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));
}
