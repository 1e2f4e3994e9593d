using FramingAnalyzer.Model;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// The one text normalisation lexicon matching uses, for patterns and documents alike: lowercase (invariant), and curly
/// apostrophes and single quotes treated as straight ones. It keeps the length of the text, so offsets stay valid.
/// Patterns are split into tokens by the document tokenizer, so "dr.", "nvf's" and "so-called" are one token in both.
/// </summary>
internal static class LexiconText
{
    public static string Normalise(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (int i = 0; i < source.Length; i++) span[i] = NormaliseChar(source[i]);
    });

    public static char NormaliseChar(char c) => c switch
    {
        '’' or '‘' or 'ʼ' or '′' => '\'',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>The normalised tokens of a lexicon pattern, or an empty array when it has no word or number.</summary>
    public static string[] PatternTokens(string pattern)
    {
        var normalised = Normalise(pattern.Trim());
        var tokens = new List<Token>();
        // Tokenised with each word capitalised, as titles are written in text, so "dr." and "sen." keep their period
        // as the document's "Dr." and "Sen." do; the token text is then taken from the lower-case pattern.
        Tokenizer.Tokenize(CapitaliseWords(normalised), 0, normalised.Length, tokens);
        if (!tokens.Any(t => t.Kind is TokenKind.Word or TokenKind.Number)) return [];
        return tokens.Select(t => normalised.Substring(t.Start, t.Length)).ToArray();
    }

    private static string CapitaliseWords(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (int i = 0; i < source.Length; i++)
        {
            bool wordStart = i == 0 || !char.IsLetterOrDigit(source[i - 1]) && source[i - 1] != '\'';
            span[i] = wordStart ? char.ToUpperInvariant(source[i]) : source[i];
        }
    });
}
