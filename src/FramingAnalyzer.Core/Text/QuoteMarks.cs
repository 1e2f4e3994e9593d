namespace FramingAnalyzer.Text;

/// <summary>The quotation marks the text model recognises and which way they face.</summary>
internal static class QuoteMarks
{
    public static bool IsDoubleOpening(char c) => c is '“' or '„' or '«';
    public static bool IsDoubleClosing(char c) => c is '”' or '»';
    public static bool IsStraightDouble(char c) => c == '"';
    public static bool IsDouble(char c) => IsStraightDouble(c) || IsDoubleOpening(c) || IsDoubleClosing(c);
    public static bool IsSingle(char c) => c is '\'' or '‘' or '’' or '‹' or '›';
    public static bool IsAny(char c) => IsDouble(c) || IsSingle(c);

    /// <summary>
    /// Whether <paramref name="c"/> closes a double quotation opened by <paramref name="opener"/>: guillemets pair with
    /// guillemets, curly and straight quotes with each other (scraped copies mix them), „ with “ or ”.
    /// </summary>
    public static bool Closes(char opener, char c) => opener switch
    {
        '«' => c == '»',
        '»' => c == '«',
        '„' => c is '“' or '”' or '"',
        _ => c is '”' or '"',
    };
}
