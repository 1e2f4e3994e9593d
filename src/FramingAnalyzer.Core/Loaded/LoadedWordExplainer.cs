using FramingAnalyzer.Learning;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Loaded;

/// <summary>
/// Why the classifier reads a sentence as loaded, word by word, by occlusion: each distinct content word of the
/// sentence in the outlet's own voice is taken out and the sentence scored again (one batched call per article); a
/// word's weight is how much the log-odds of "loaded" fall without it. The words whose weight reaches
/// <see cref="MinWeight"/> are reported, strongest first, at most <see cref="MaxWords"/>. Model-agnostic, so it
/// explains whatever model is loaded (shipped or retrained), with the n-gram, lexicon and vector features it reads.
/// The commonest words of English (<paramref name="commonWords"/>, <see cref="Encoders.CommonWords"/>: "like", "even",
/// "very", "nothing") are not candidates, however much the classifier leans on them.
/// </summary>
public sealed class LoadedWordExplainer(ITextClassifier model, IReadOnlySet<string>? commonWords = null,
    double minWeight = LoadedWordExplainer.MinWeight, int maxWords = LoadedWordExplainer.MaxWords)
{
    private readonly IReadOnlySet<string> _commonWords = commonWords ?? new HashSet<string>();

    /// <summary>The least fall in log-odds that makes a word a loaded word; chosen on corpora/gold/loaded_words.csv (docs/models.md).</summary>
    public const double MinWeight = 0.5;
    public const int MaxWords = 2;
    /// <summary>Only sentences the classifier is this sure of are explained (in the others the lexicon's terms still show);
    /// chosen on BABE SG1 (docs/models.md).</summary>
    public const double MinProbability = 0.9;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "and", "but", "for", "nor", "yet", "with", "from", "into", "onto", "upon", "over", "under", "about", "after", "before",
        "than", "then", "that", "this", "these", "those", "there", "their", "they", "them", "his", "her", "hers", "its", "our", "your",
        "who", "whom", "whose", "which", "what", "when", "where", "while", "why", "how", "was", "were", "are", "has", "had", "have",
        "been", "being", "will", "would", "could", "should", "can", "may", "might", "must", "did", "does", "not", "all", "any", "some",
        "also", "just", "said", "says", "say", "one", "two", "out", "off", "per", "via", "she", "him", "more", "most",
    };

    /// <summary>For each sentence (same order), its loaded words; empty where <paramref name="explain"/> is false.</summary>
    public IReadOnlyList<WordContribution>[] Explain(Document document, IReadOnlyList<Sentence> sentences, IReadOnlyList<bool> explain)
    {
        var result = new IReadOnlyList<WordContribution>[sentences.Count];
        var inputs = new List<ClassifierInput>();
        var plan = new List<(int Sentence, int Base, List<string> Words)>();
        for (int i = 0; i < sentences.Count; i++)
        {
            result[i] = [];
            if (!explain[i]) continue;
            var sentence = sentences[i];
            var words = Candidates(document, sentence, _commonWords);
            if (words.Count == 0) continue;
            plan.Add((i, inputs.Count, words));
            inputs.Add(new ClassifierInput(document.Slice(sentence.Span)));
            foreach (var word in words) inputs.Add(new ClassifierInput(Without(document, sentence, word)));
        }
        if (inputs.Count == 0) return result;
        var predictions = model.Predict(inputs);
        foreach (var (index, at, words) in plan)
        {
            double full = LogOdds(predictions[at]);
            var found = new List<WordContribution>();
            for (int w = 0; w < words.Count; w++)
            {
                double weight = full - LogOdds(predictions[at + 1 + w]);
                if (weight >= minWeight) found.Add(new WordContribution(words[w], Math.Round(weight, 2)));
            }
            result[index] = found.OrderByDescending(c => c.Weight).ThenBy(c => c.Word, StringComparer.Ordinal).Take(maxWords).ToArray();
        }
        return result;
    }

    /// <summary>The log-odds that the sentence is loaded, with the probability kept within [0.0001, 0.9999]: in log-odds a
    /// word still counts in a sentence the classifier is already sure of (p 0.999 → 0.99 is a fall of 2.3).</summary>
    private static double LogOdds(ClassifierPrediction prediction)
    {
        double p = prediction.Label == "loaded" ? prediction.Probability : 1 - prediction.Probability;
        p = Math.Clamp(p, 0.0001, 0.9999);
        return Math.Log(p / (1 - p));
    }

    /// <summary>The distinct lower-case content words of the sentence outside quotation marks, in text order; names
    /// (capitalised words after the first) are not candidates: a name is not a loaded word.</summary>
    private static List<string> Candidates(Document document, Sentence sentence, IReadOnlySet<string> commonWords)
    {
        var words = new List<string>();
        bool first = true;
        foreach (var token in document.SentenceTokens(sentence))
        {
            if (token.Kind != TokenKind.Word) continue;
            bool name = !first && char.IsUpper(document.Text[token.Start]);
            first = false;
            if (name || token.InQuote || token.Length < 3) continue;
            var word = document.Text.Substring(token.Start, token.Length).ToLowerInvariant();
            if (IsCommon(word, commonWords) || words.Contains(word)) continue;
            words.Add(word);
        }
        return words;
    }

    /// <summary>A function word or one of the commonest words, also before an apostrophe ("don't", "it's", "people's").</summary>
    private static bool IsCommon(string word, IReadOnlySet<string> commonWords)
    {
        if (FunctionWords.Contains(word) || commonWords.Contains(word)) return true;
        int apostrophe = word.IndexOfAny(['\'', '’']);
        if (apostrophe <= 0) return false;
        var stem = word[..apostrophe];
        return FunctionWords.Contains(stem) || commonWords.Contains(stem);
    }

    /// <summary>The sentence with every occurrence of <paramref name="word"/> taken out.</summary>
    private static string Without(Document document, Sentence sentence, string word)
    {
        var text = new System.Text.StringBuilder(sentence.Span.Length);
        int at = sentence.Span.Start;
        foreach (var token in document.SentenceTokens(sentence))
        {
            if (token.Kind != TokenKind.Word || token.Length != word.Length
                || !document.Text.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase)) continue;
            text.Append(document.Text, at, token.Start - at);
            at = token.End;
            while (at < sentence.Span.End && document.Text[at] == ' ' && text.Length > 0 && text[^1] == ' ') at++;
        }
        text.Append(document.Text, at, sentence.Span.End - at);
        return text.ToString();
    }
}
