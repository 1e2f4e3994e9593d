using System.Numerics.Tensors;
using FramingAnalyzer.Encoders;

namespace FramingAnalyzer.Loaded;

/// <summary>
/// Candidate loaded terms for a person to review: the words of the static encoder's vocabulary nearest (cosine) to a
/// lexicon's terms, the terms already in the lexicon left out. A candidate says which term it is near and that term's
/// category. Suggestions are never used unreviewed: this only lists them.
/// </summary>
public static class LexiconSuggester
{
    public sealed record Suggestion(string Candidate, string NearestTerm, string Category, double Similarity);

    /// <param name="minLength">Shortest candidate word, in letters.</param>
    public static IReadOnlyList<Suggestion> Suggest(WordingLexicon lexicon, StaticVectors vectors, int top, int minLength = 4)
    {
        var terms = lexicon.Entries.Where(e => e.IsLoaded).Select(e => (Text: string.Join(' ', e.Pattern.Words), e.Category)).ToList();
        var known = new HashSet<string>(terms.Select(t => t.Text), StringComparer.Ordinal);
        // The words of multi-word and hyphenated terms are not candidates on their own ("flop" of "flip-flop").
        foreach (var entry in lexicon.Entries)
        {
            foreach (var word in entry.Pattern.Words)
            {
                known.Add(word);
                foreach (var part in word.Split('-', '\'')) known.Add(part);
            }
        }
        var termVectors = terms.Select(t => Normalised(vectors, t.Text)).ToList();

        var best = new List<Suggestion>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in vectors.Tokenizer.Vocabulary)
        {
            if (token.Length < minLength || !token.All(char.IsLetter) || !seen.Add(token) || known.Contains(token)) continue;
            if (IsInflection(token, known)) continue;
            var vector = Normalised(vectors, token);
            if (vector is null) continue;
            int nearest = -1;
            double similarity = double.NegativeInfinity;
            for (int t = 0; t < terms.Count; t++)
            {
                if (termVectors[t] is not { } termVector) continue;
                double s = TensorPrimitives.Dot(vector, termVector);
                if (s > similarity) (similarity, nearest) = (s, t);
            }
            if (nearest >= 0) best.Add(new Suggestion(token, terms[nearest].Text, terms[nearest].Category, Math.Round(similarity, 4)));
        }
        return best.OrderByDescending(s => s.Similarity).ThenBy(s => s.Candidate, StringComparer.Ordinal).Take(top).ToList();
    }

    /// <summary>Whether a word is a known term with an ending added or taken away ("slams" for "slammed" is left to the reviewer, "regimes" for "regime" is not suggested).</summary>
    private static bool IsInflection(string word, HashSet<string> known) =>
        known.Contains(word.TrimEnd('s')) || known.Contains(word + "s") || (word.EndsWith("ly", StringComparison.Ordinal) && known.Contains(word[..^2]));

    private static float[]? Normalised(StaticVectors vectors, string text)
    {
        var vector = new float[vectors.Dimension];
        vectors.Encode(text, vector);
        float norm = TensorPrimitives.Norm(vector);
        if (norm == 0) return null;
        TensorPrimitives.Divide(vector, norm, vector);
        return vector;
    }
}
