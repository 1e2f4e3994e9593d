namespace FramingAnalyzer.Encoders;

/// <summary>
/// The most frequent words of English as the encoder learnt them: the transformer's WordPiece vocabulary lists its
/// pieces in order of frequency in its pretraining text, after the special tokens and single characters, so its first
/// whole-word entries from "the" on are the commonest words ("the", "of", ... "like", "even", "very", "nothing").
/// The loaded-word explainer does not report them: a word that frequent is how a sentence is put, not the loaded word
/// in it (docs/models.md).
/// </summary>
public static class CommonWords
{
    /// <summary>How many of the commonest words; chosen on BABE SG1 and the project's gold set (docs/models.md).</summary>
    public const int DefaultCount = 1500;

    /// <summary>The <paramref name="count"/> first whole-word entries (letters only, no ## continuation) from "the" on.</summary>
    public static HashSet<string> Of(WordPieceTokenizer tokenizer, int count = DefaultCount)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var vocabulary = tokenizer.Vocabulary;
        int start = Array.IndexOf([.. vocabulary], "the");
        if (start < 0) return words;
        for (int id = start; id < tokenizer.PieceCount && words.Count < count; id++)
        {
            var token = vocabulary[id];
            if (token.Length > 1 && token.All(char.IsLetter)) words.Add(token);
        }
        return words;
    }

    /// <summary>The common words of the vocabulary an encoder reads (either tier); empty for another encoder.</summary>
    public static HashSet<string> Of(ITextEncoder? encoder, int count = DefaultCount) => encoder switch
    {
        StaticVectors table => Of(table.Tokenizer, count),
        ContextualEncoder contextual => Of(contextual.Space.Tokenizer, count),
        _ => new HashSet<string>(StringComparer.Ordinal),
    };
}
