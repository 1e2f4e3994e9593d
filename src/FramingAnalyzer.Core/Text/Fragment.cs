using FramingAnalyzer.Model;

namespace FramingAnalyzer.Text;

/// <summary>
/// A lede or body sentence too short for the loaded classifier to read: fewer than <see cref="MinWords"/> words
/// ("Others were less sure.", "Accounts differ.", "No wonder."). The classifier's n-gram bags are L2-normalised per
/// sentence, so in a sentence of three or four words a single word decides the score and a plain fragment can come out
/// near 1 ("The mood was calm." 1.00, "Volunteers handed out food." 0.998); such sentences are not scored and have no
/// probability. Their loaded terms still count in the lexicon's measures. Headlines are scored whatever their length
/// (they have their own gold set, <c>corpora/gold/loaded_headlines.csv</c>).
/// </summary>
public static class Fragment
{
    public const int MinWords = 5;

    public static bool Is(Sentence sentence) =>
        sentence.Role is ParagraphRole.Lede or ParagraphRole.Body && sentence.WordCount < MinWords;
}
