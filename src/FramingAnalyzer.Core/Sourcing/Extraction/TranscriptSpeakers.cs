using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// The speaker labels of a transcript in capitals (<c>HOST: ...</c> | <c>VELL: ...</c>): a one- or two-word label in
/// capitals followed by a colon at the start of a sentence (after an optional opening quotation mark) that opens at least
/// two sentences of the document. A label that opens a single line ("LOCKDOWN: ...", "CLARIFICATION: ...") is a
/// tabloid or editorial label, not a speaker.
/// </summary>
internal static class TranscriptSpeakers
{
    private const int MinLines = 2;
    private const int MaxLabelWords = 2;

    /// <summary>The labels (normalised, words joined by one space) that open at least two lines.</summary>
    public static IReadOnlySet<string> Find(DocumentText text)
    {
        // Most articles are no transcript and have no label at all: they share one empty set and allocate nothing.
        Dictionary<string, int>? counts = null;
        foreach (var sentence in text.Document.Sentences)
        {
            if (sentence.Role == ParagraphRole.Note) continue;
            if (LabelOf(text, sentence) is not { } label) continue;
            counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
            counts[label] = counts.GetValueOrDefault(label) + 1;
        }
        if (counts is null) return None;
        var speakers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (label, lines) in counts)
        {
            if (lines >= MinLines) speakers.Add(label);
        }
        return speakers;
    }

    private static readonly IReadOnlySet<string> None = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The capitalised label before the colon that opens <paramref name="sentence"/>, or null.</summary>
    public static string? LabelOf(DocumentText text, Sentence sentence)
    {
        var document = text.Document;
        var tokens = document.SentenceTokens(sentence);
        int t = 0;
        while (t < tokens.Length && IsOpeningMark(document.Text, tokens[t])) t++;
        int first = t;
        while (t < tokens.Length && t - first < MaxLabelWords && tokens[t].Kind == TokenKind.Word && IsCapitals(document.Text, tokens[t])) t++;
        if (t == first || t >= tokens.Length || tokens[t].Kind != TokenKind.Punctuation || document.Text[tokens[t].Start] != ':') return null;
        var words = new string[t - first];
        for (int i = first; i < t; i++) words[i - first] = text.Normalised.Substring(tokens[i].Start, tokens[i].Length);
        return string.Join(' ', words);
    }

    /// <summary>An opening quotation mark, which the text model may leave unpaired (a transcript quoted line by line).</summary>
    public static bool IsOpeningMark(string text, Token token) => token.Kind == TokenKind.QuoteMark
        || (token.Kind == TokenKind.Punctuation && token.Length == 1 && text[token.Start] is '"' or '“' or '\'');

    private static bool IsCapitals(string text, Token token)
    {
        int letters = 0;
        for (int i = token.Start; i < token.End; i++)
        {
            if (!char.IsLetter(text[i])) continue;
            if (!char.IsUpper(text[i])) return false;
            letters++;
        }
        return letters >= 2;
    }
}
