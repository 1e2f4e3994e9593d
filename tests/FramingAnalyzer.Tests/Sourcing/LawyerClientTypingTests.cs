using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// A lawyer for a client named by name alone ("Avery lawyer Kai Berg", "Holm's attorney", "a lawyer for Tom Avery")
/// takes the client's type when the client is a typed source of the article (issue 13; GUIDE: a lawyer speaking for a
/// client takes the client's type); a client nobody types leaves the lawyer the legal expert. People are invented.
/// </summary>
public class LawyerClientTypingTests
{
    [Theory]
    [InlineData("Republican presidential nominee Tom Avery said the polls were wrong. Avery lawyer Kai Berg said the suit was baseless.", "Avery lawyer Kai Berg", "political")]
    [InlineData("Finance Minister Ada Holm said the audit was routine. Holm's attorney said the files were complete.", "Holm's attorney", "official")]
    [InlineData("Finance Minister Ada Holm said the audit was routine. A lawyer for Ms. Holm said the files were complete.", "A lawyer for Ms. Holm", "official")]
    public void A_lawyer_takes_a_typed_clients_type(string text, string source, string type) => Assert.Equal(type, TypeOfSource(text, source));

    [Theory]
    [InlineData("Lund lawyer Kai Berg said the suit was baseless.", "Lund lawyer Kai Berg", "expert")]
    [InlineData("Finance Minister Ada Holm said the audit was routine. A lawyer for Mr. Lund said the files were complete.", "A lawyer for Mr. Lund", "expert")]
    [InlineData("Finance Minister Ada Holm said the audit was routine. Lund's attorney said the files were complete.", "Lund's attorney", "expert")]
    public void A_lawyer_for_an_unknown_client_stays_expert(string text, string source, string type) => Assert.Equal(type, TypeOfSource(text, source));
}
