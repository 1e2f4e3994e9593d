using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Learning;
using FramingAnalyzer.Model;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Loaded;

/// <summary>
/// Features beyond bag-of-words for the loaded-sentence classifier, computed the same way in training and scoring:
/// own-voice loaded-term hits and their weight, quoted hits, the quoted share of words, intensifiers in the outlet's
/// voice, exclamation marks, the hit rate per word, and whether a hedging term is used.
/// </summary>
public sealed class LoadedSentenceFeatures
{
    public const string Name = "loaded_lexicon_v1";
    private readonly TermMatcher _matcher;
    private readonly HashSet<string> _intensifiers;
    private readonly KeyPrefilter _intensifierFilter;

    public LoadedSentenceFeatures(TermMatcher matcher, IEnumerable<string> intensifiers)
    {
        _matcher = matcher;
        _intensifiers = new HashSet<string>(intensifiers, StringComparer.OrdinalIgnoreCase);
        _intensifierFilter = new KeyPrefilter(_intensifiers, StringComparison.OrdinalIgnoreCase);
    }

    public static LoadedSentenceFeatures Load(TermMatcher matcher, string intensifiersCsv) =>
        new(matcher, LexiconFileReader.Rows(intensifiersCsv, "pattern").Select(r => r.Field("pattern")).Where(p => p.Length > 0).ToList());

    public ExtraFeatures AsExtraFeatures() => new(Name, Compute);

    public void Compute(ClassifierInput input, float[] features)
    {
        var document = DocumentBuilder.Build(new Article { Id = "s", Outlet = "s", Body = input.Text, Origin = "sentence" });
        var hits = new List<TermHit>();
        foreach (var sentence in document.Sentences) _matcher.MatchSentence(document, sentence, hits);
        Compute(document, document.Sentences, hits, features);
    }

    /// <summary>
    /// Features of one sentence read in its article's text model (so a sentence inside a quotation that spans several
    /// sentences counts as quoted), matched with this instance's lexicon — the one the model was trained with.
    /// </summary>
    public float[] ComputeFor(Document document, Sentence sentence)
    {
        var hits = new List<TermHit>();
        _matcher.MatchSentence(document, sentence, hits);
        var features = new float[ModelInputRow.ExtraFeatureCount];
        Compute(document, [sentence], hits, features);
        return features;
    }

    /// <summary>Features of the given sentences of a document, from hits already matched in them.</summary>
    public void Compute(Document document, IEnumerable<Sentence> sentences, IReadOnlyList<TermHit> hits, float[] features)
    {
        Array.Clear(features);
        int words = 0, quoted = 0, intensifiers = 0, exclamations = 0;
        var lookup = _intensifiers.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var sentence in sentences)
        {
            foreach (var token in document.SentenceTokens(sentence))
            {
                if (token.Kind == TokenKind.Punctuation && document.Text[token.Start] == '!') exclamations++;
                if (token.Kind != TokenKind.Word) continue;
                words++;
                if (token.InQuote) quoted++;
                else if (_intensifierFilter.MayContain(document.TokenText(token)) && lookup.Contains(document.TokenText(token))) intensifiers++;
            }
        }
        int own = 0, inQuote = 0;
        double weight = 0;
        bool hedging = false;
        foreach (var hit in hits)
        {
            if (!hit.IsLoaded) continue;
            if (hit.InQuote) { inQuote++; continue; }
            own++;
            weight += hit.Weight;
            hedging |= hit.Category == "hedging";
        }
        features[0] = own;
        features[1] = (float)weight;
        features[2] = inQuote;
        features[3] = words == 0 ? 0 : (float)quoted / words;
        features[4] = intensifiers;
        features[5] = exclamations;
        features[6] = words == 0 ? 0 : 10f * own / words;
        features[7] = hedging ? 1 : 0;
    }
}
