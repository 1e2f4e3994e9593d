namespace FramingAnalyzer.Model;

/// <summary>A token with its character range. <see cref="InQuote"/> is true when it lies inside a quoted span.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind, bool InQuote)
{
    public int Length => End - Start;
}
