using FramingAnalyzer.Model;
using static FramingAnalyzer.Tests.Text.TextKit;

namespace FramingAnalyzer.Tests.Text;

/// <summary>Tokens: their text separated by spaces (quoted ones in [brackets]) and their kinds.</summary>
public class TokenizerTests
{
    [Theory]
    [InlineData("Gen. Sarno met Mr. Reyna and Dr. Vasko.", "Gen. Sarno met Mr. Reyna and Dr. Vasko .")]
    [InlineData("The U.S. and the U.N. met at 9 a.m. and 4 p.m.", "The U.S. and the U.N. met at 9 a.m. and 4 p.m.")]
    [InlineData("J. R. Smith and J.R.R. Tolkien", "J. R. Smith and J.R.R. Tolkien")]
    [InlineData("the U.S.-led coalition and U.N.-backed talks in the U.S. - again", "the U.S.-led coalition and U.N.-backed talks in the U.S. - again")]
    [InlineData("checkpoint No. 4 and No.5, but no. Then", "checkpoint No. 4 and No. 5 , but no . Then")]
    [InlineData("3.5 km, 12,000 people, $1.2 billion, 1,200.50 euros", "3.5 km , 12,000 people , $ 1.2 billion , 1,200.50 euros")]
    [InlineData("Prices rose 3.5. Then", "Prices rose 3.5 . Then")]
    [InlineData("so-called non‑state don't rock'n'roll", "so-called non‑state don't rock'n'roll")]
    [InlineData("Tesk’s soldiers’ 'horror'", "Tesk’s soldiers ’ ' [horror] '")]
    [InlineData("Wait... what… really?!", "Wait ... what … really ? !")]
    [InlineData("A — B – C - D", "A — B – C - D")]
    [InlineData("Ph.D. in e.g. hydrology", "Ph . D. in e.g. hydrology")]
    [InlineData("They sat. Wed. Sat. and sun.", "They sat . Wed. Sat. and sun .")]
    [InlineData("café naïve cafe\u0301", "café naïve cafe\u0301")]
    [InlineData("fire 🔥 in 𝐓esk", "fire 🔥 in 𝐓esk")]
    [InlineData("HarborVote.org said it. Buy at Vell.com. Then end.Com", "HarborVote.org said it . Buy at Vell.com . Then end . Com")]
    public void Keeps_news_words_together(string body, string expected) => Assert.Equal(expected, Tokens(Build(body)));

    [Theory]
    [InlineData("Tesk", TokenKind.Word)]
    [InlineData("U.S.", TokenKind.Word)]
    [InlineData("12,000", TokenKind.Number)]
    [InlineData("3.5", TokenKind.Number)]
    [InlineData("72-hour", TokenKind.Number)]
    [InlineData(",", TokenKind.Punctuation)]
    [InlineData("…", TokenKind.Punctuation)]
    [InlineData("🔥", TokenKind.Punctuation)]
    [InlineData("\"", TokenKind.QuoteMark)]
    [InlineData("“", TokenKind.QuoteMark)]
    [InlineData("»", TokenKind.QuoteMark)]
    [InlineData("’", TokenKind.QuoteMark)]
    public void Gives_each_token_a_kind(string body, TokenKind expected)
    {
        var token = Assert.Single(Build(body).Tokens);
        Assert.Equal(expected, token.Kind);
    }

    [Theory]
    [InlineData(0xD800, @"a\uD800b", new[] { "a", @"\uD800", "b" })]
    [InlineData(0xDC00, @"\uDC00a\uD83D", new[] { @"\uDC00", "a", @"\uD83D" })]
    public void Makes_an_unpaired_surrogate_a_token_of_its_own(int surrogate, string escaped, string[] escapedTokens)
    {
        // Unpaired surrogates cannot travel through test-case serialisation, so they are written escaped.
        var body = System.Text.RegularExpressions.Regex.Unescape(escaped);
        Assert.Contains((char)surrogate, body);
        var doc = Build(body);
        Assert.Equal(escapedTokens.Select(System.Text.RegularExpressions.Regex.Unescape), doc.Tokens.Select(t => doc.TokenText(t).ToString()));
        Assert.All(doc.Tokens.Where(t => char.IsSurrogate(doc.Text[t.Start])), t => Assert.Equal(TokenKind.Punctuation, t.Kind));
    }

    [Theory]
    [InlineData(@"Fran\u00C3\u00A7ois Dury", new[] { @"Fran\u00C3\u00A7ois", "Dury" })] // é/ç read once as Latin-1
    [InlineData(@"Fran\u00C3\u0083\u00C2\u00A7ois Dury", new[] { @"Fran\u00C3\u0083\u00C2\u00A7ois", "Dury" })] // twice, with a C1 control
    [InlineData(@"FranA\u0303\u0083A\u0302\u00A7ois Dury", new[] { @"FranA\u0303\u0083A\u0302\u00A7ois", "Dury" })] // and decomposed
    [InlineData(@"price \u00A7 4", new[] { "price", @"\u00A7", "4" })] // a section sign on its own stays punctuation
    public void Keeps_a_name_with_a_garbled_accented_letter_whole(string escaped, string[] escapedTokens)
    {
        var doc = Build(System.Text.RegularExpressions.Regex.Unescape(escaped));
        Assert.Equal(escapedTokens.Select(System.Text.RegularExpressions.Regex.Unescape), doc.Tokens.Select(t => doc.TokenText(t).ToString()));
    }
}
