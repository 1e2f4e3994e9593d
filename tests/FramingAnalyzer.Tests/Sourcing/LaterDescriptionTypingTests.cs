using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// A person quoted with no role, whom the article describes only later in the narrative ("since Mr. Verlund, a
/// constitutional scholar, once taught ..."), is typed by that description (issue 13: the fullest mention of the same entity);
/// a name that opens a fronted prepositional phrase ("For Berg, the format was ...") or a relative clause ("for Berg,
/// who needs young voters") is not described by what follows its comma. People are invented.
/// </summary>
public class LaterDescriptionTypingTests
{
    [Theory]
    [InlineData("Another critic, Kai Verlund, likened the rules to a coup. The charge stung, since Mr. Verlund, a constitutional scholar, once taught the president.", "Another critic, Kai Verlund", "expert")]
    [InlineData("Kai Verlund called the plan reckless. Verlund, a voter from Dayton, has voted in every election since 1970.", "Kai Verlund", "citizen")]
    [InlineData("\"We will not back down,\" Ada Brisk said. Ms. Brisk, the chief executive of a coal company, spoke after the vote.", "Ada Brisk", "business")]
    public void A_later_description_types_a_person_quoted_without_one(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Fact]
    public void A_fronted_preposition_is_no_description()
    {
        const string text = "Kai Verlund said the debate went well. For Verlund, the mayor of Dayton was no friend.";
        Assert.Equal("unknown", TypeOfSource(text, "Kai Verlund"));
    }

    [Fact]
    public void A_relative_clause_tells_what_a_person_does_not_what_they_are()
    {
        const string text = "Kai Verlund said the debate went well. It was an opportunity for Verlund, who needs more young voters.";
        Assert.Equal("unknown", TypeOfSource(text, "Kai Verlund"));
    }
}
