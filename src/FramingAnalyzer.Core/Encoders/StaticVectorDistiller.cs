namespace FramingAnalyzer.Encoders;

/// <summary>
/// Distils the static tier from the transformer once (the Model2Vec recipe, with SIF weights): every vocabulary token
/// is run through the model alone ([CLS] token [SEP], mean-pooled, normalised), the vectors are projected onto their
/// <c>dimension</c> principal axes, and each token gets the weight a / (a + p(token)), p estimated from token counts of
/// the project's own text, so that "the" and "," count for little in a text's mean. Quantised to 8 bits per value with
/// a scale per token. Words of the project's text (and of the extra word lists) that the transformer cuts into pieces
/// and that occur at least <see cref="MinWordCount"/> times get a row of their own: the whole word through the model.
/// Deterministic: one intra-op thread, fixed batches, ordered sums.
/// </summary>
public static class StaticVectorDistiller
{
    public const int DefaultDimension = 256;
    /// <summary>SIF's smoothing constant (Arora et al. 2017 use 1e-3 to 1e-4).</summary>
    public const double SifConstant = 1e-3;
    public const int MinWordCount = 2;
    private const int Batch = 256;

    /// <param name="frequencyTexts">The project's own text: token counts for the weights, and the words that get rows of their own.</param>
    /// <param name="words">Further words to give rows of their own whatever their count (e.g. the lexicons' terms).</param>
    public static StaticVectors Distil(IReadOnlyList<string> frequencyTexts, IEnumerable<string> words, int dimension = DefaultDimension, Action<string>? progress = null)
    {
        var pieces = MiniLmTransformer.Vocabulary();
        var pieceTokenizer = new WordPieceTokenizer(pieces);
        var wholeWords = WholeWords(pieceTokenizer, frequencyTexts, words);
        var vocabulary = pieces.Concat(wholeWords).ToList();
        var tokenizer = new WordPieceTokenizer(vocabulary, pieces.Count);
        var weights = SifWeights(tokenizer, frequencyTexts);
        using var transformer = new MiniLmTransformer(intraOpThreads: 1);
        var sequences = new List<int[]>(vocabulary.Count);
        for (int id = 0; id < pieces.Count; id++) sequences.Add([tokenizer.ClassificationId, id, tokenizer.SeparatorId]);
        foreach (var word in wholeWords) sequences.Add([tokenizer.ClassificationId, .. pieceTokenizer.Tokenize(word), tokenizer.SeparatorId]);
        var full = new float[vocabulary.Count][];
        // Batches of sequences of one length only, so that no padding enters any vector.
        var byLength = Enumerable.Range(0, sequences.Count).GroupBy(i => sequences[i].Length).OrderBy(g => g.Key);
        int done = 0;
        foreach (var group in byLength)
        {
            var members = group.ToArray();
            for (int start = 0; start < members.Length; start += Batch)
            {
                var batch = members.Skip(start).Take(Batch).ToArray();
                var output = batch.Select(_ => new float[MiniLmTransformer.Width]).ToArray();
                transformer.Run(batch.Select(i => sequences[i]).ToList(), output);
                for (int i = 0; i < batch.Length; i++) full[batch[i]] = output[i];
                done += batch.Length;
                if ((done / Batch) % 20 == 0) progress?.Invoke($"{done:N0} of {vocabulary.Count:N0} tokens and words through the transformer");
            }
        }
        progress?.Invoke("principal axes");
        var (mean, axes) = PrincipalAxes.Fit(full[..pieces.Count], dimension);
        var quantised = new sbyte[vocabulary.Count * dimension];
        var scales = new float[vocabulary.Count];
        var projected = new float[dimension];
        var probe = new StaticVectors(MiniLmTransformer.EncoderName, tokenizer, dimension, new sbyte[dimension], [0f], [0f], mean, axes, "");
        for (int t = 0; t < vocabulary.Count; t++)
        {
            probe.Project(full[t], projected);
            float max = 0;
            foreach (var x in projected) max = Math.Max(max, Math.Abs(x));
            float scale = max > 0 ? max / 127f : 1f;
            scales[t] = scale;
            for (int d = 0; d < dimension; d++) quantised[t * dimension + d] = (sbyte)Math.Clamp(MathF.Round(projected[d] / scale), -127, 127);
        }
        return new StaticVectors(MiniLmTransformer.EncoderName, tokenizer, dimension, quantised, scales, weights, mean, axes, "");
    }

    /// <summary>Words cut into several pieces that occur at least <see cref="MinWordCount"/> times, plus the given words, in ordinal order.</summary>
    internal static List<string> WholeWords(WordPieceTokenizer pieces, IEnumerable<string> texts, IEnumerable<string> extra)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var word in WordPieceTokenizer.Words(text)) counts[word] = counts.GetValueOrDefault(word) + 1;
        }
        foreach (var entry in extra)
        {
            foreach (var word in WordPieceTokenizer.Words(entry)) counts[word] = Math.Max(MinWordCount, counts.GetValueOrDefault(word));
        }
        return counts.Where(c => c.Value >= MinWordCount && c.Key.Length <= 40 && c.Key.All(char.IsLetter)
                && pieces.Tokenize(c.Key) is { Length: > 1 } split && !split.Contains(pieces.UnknownId))
            .Select(c => c.Key).OrderBy(w => w, StringComparer.Ordinal).ToList();
    }

    /// <summary>a / (a + p) per token, p the token's share of all tokens in the texts (tokens never seen weigh 1).</summary>
    internal static float[] SifWeights(WordPieceTokenizer tokenizer, IEnumerable<string> texts)
    {
        var counts = new long[tokenizer.Vocabulary.Count];
        long total = 0;
        var ids = new List<int>(256);
        foreach (var text in texts)
        {
            ids.Clear();
            tokenizer.Tokenize(text, ids, wholeWords: true);
            foreach (var id in ids) counts[id]++;
            total += ids.Count;
        }
        var weights = new float[counts.Length];
        for (int i = 0; i < counts.Length; i++)
        {
            double p = total == 0 ? 0 : (double)counts[i] / total;
            weights[i] = (float)(SifConstant / (SifConstant + p));
        }
        return weights;
    }
}
