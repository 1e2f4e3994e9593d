using FramingAnalyzer.Model;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// A source name with accented letters is found whole (issue 13): ç, é, ğ, ñ, ö and the like, precomposed or decomposed,
/// and also when the article's text garbled them (UTF-8 read as Latin-1, "FranÃ§ois"). The people are invented.
/// </summary>
public class AccentedNameTests
{
    [Theory]
    [InlineData(@"Fran\u00E7ois Dury-M\u00E9nard said the summit would go ahead.", @"Fran\u00E7ois Dury-M\u00E9nard")]
    [InlineData(@"\u201CWe will not sign,\u201D said Ay\u015Fe Do\u011Fan G\u00F6ksel.", @"Ay\u015Fe Do\u011Fan G\u00F6ksel")]
    [InlineData(@"Iv\u00E1n Pe\u00F1alver said the count was late.", @"Iv\u00E1n Pe\u00F1alver")]
    [InlineData(@"Prime Minister Fran\u00C3\u00A7ois Dury said the summit would go ahead.", @"Prime Minister Fran\u00C3\u00A7ois Dury")]
    [InlineData(@"President FranA\u0303\u0083A\u0302\u00A7ois Dury said the summit would go ahead.", @"President FranA\u0303\u0083A\u0302\u00A7ois Dury")]
    public void Finds_the_whole_name(string escaped, string escapedSource)
    {
        var document = Doc(System.Text.RegularExpressions.Regex.Unescape(escaped));
        Assert.Equal(System.Text.RegularExpressions.Regex.Unescape(escapedSource), document.Slice(Single(document).Source));
    }
}
