namespace FramingAnalyzer.Benchmarks.Generation;

/// <summary>Words as <c>wc -w</c> counts them: maximal runs of non-whitespace.</summary>
public static class WordCount
{
    public static int Of(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}
