using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// A role that only speaks for someone, owned by a possessive pronoun ("his advisers", "her spokeswoman"), takes the type
/// of whom the pronoun refers to (issue 13). The sentences and people are invented.
/// </summary>
public class PossessorTypingTests
{
    [Theory]
    [InlineData("Prime Minister Ada Holm said the port would reopen. Her spokeswoman said the talks would resume on Monday.", "Her spokeswoman", "official")]
    [InlineData("Republican presidential nominee Tom Avery said the polls were wrong. His spokesman said the rally would go ahead.", "His spokesman", "political")]
    [InlineData("Democratic Senate candidate Lia Brandt said she would win. Her aides said the debate was a turning point.", "Her aides", "political")]
    [InlineData("President Tom Avery said the treaty was fair. His advisers said the tariffs would stay.", "His advisers", "official")]
    [InlineData("President Tom Avery said the treaty was fair. Advisers to Mr. Avery say he is tired. While his advisers have suggested he will rest, he will travel.", "his advisers", "official")]
    public void A_possessed_speaking_role_takes_the_possessor_type(string text, string source, string type) => Assert.Equal(type, TypeOfSource(text, source));

    [Theory]
    [InlineData("President Tom Avery said the treaty was fair. His doctor said the president was healthy.", "His doctor", "expert")]
    [InlineData("Nobody else spoke. His spokesman said the rally would go ahead.", "His spokesman", "official")]
    public void Other_roles_and_unresolved_pronouns_keep_the_role_type(string text, string source, string type) => Assert.Equal(type, TypeOfSource(text, source));
}
