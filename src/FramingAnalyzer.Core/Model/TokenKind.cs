namespace FramingAnalyzer.Model;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    QuoteMark,
}
