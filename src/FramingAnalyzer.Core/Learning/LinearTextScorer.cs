using System.Collections.Immutable;
using System.Text;
using FramingAnalyzer.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;

namespace FramingAnalyzer.Learning;

/// <summary>
/// Scores a trained maximum-entropy text model without ML.NET's per-row machinery: the n-gram vocabulary (from the
/// featurizer's slot names), the per-class weights and biases and the extra-feature scales are read out of the
/// ML.NET model once, and each sentence is featurized exactly as ML.NET's text featurizer does (lower case, diacritics
/// removed, character 4-grams over the text between start and end markers, word 1–2-grams split on spaces, each bag
/// L2-normalised on its own) and scored with a sparse dot product and a softmax. About ten times faster than a
/// prediction engine; <c>FastScorerAgreementTests</c> checks that it gives ML.NET's probabilities on the gold sets.
/// Returns null from <see cref="TryCreate"/> for models it does not understand (they are scored by ML.NET).
/// </summary>
internal sealed class LinearTextScorer
{
    private const char Start = '\u0002', End = '\u0003';
    private readonly NgramBag _text;
    private readonly NgramBag? _context;
    private readonly int _contextOffset, _extraOffset;
    private readonly float[]? _extraScale;
    // The encoder's vector (already scaled by the caller): its first slot, and its width (0: none).
    private readonly int _embeddingOffset, _embeddingWidth;
    // Slot-major: the weights of all classes for one slot are adjacent (one cache line per slot, not one per class).
    private readonly float[] _weights;
    private readonly float[] _biases;

    private LinearTextScorer(NgramBag text, NgramBag? context, int contextOffset, int extraOffset, float[]? extraScale, int embeddingOffset, int embeddingWidth,
        float[] weights, float[] biases)
    {
        _embeddingOffset = embeddingOffset;
        _embeddingWidth = embeddingWidth;
        _text = text;
        _context = context;
        _contextOffset = contextOffset;
        _extraOffset = extraOffset;
        _extraScale = extraScale;
        _weights = weights;
        _biases = biases;
    }

    public int Classes => _biases.Length;

    /// <summary>Whether the model reads the encoder's vector (then <see cref="Score"/> needs it).</summary>
    public bool ReadsEmbedding => _embeddingWidth > 0;

    /// <summary>The weights of the encoder's slots, slot-major (for <see cref="Encoders.StaticProjection"/>).</summary>
    public ReadOnlySpan<float> EmbeddingWeights => _weights.AsSpan(_embeddingOffset * Classes, _embeddingWidth * Classes);

    /// <param name="textNgrams">The n-grams the model's text featurizer extracts (slot names carry a Char./Word. prefix only when it has both).</param>
    /// <param name="withEmbedding">Whether the model's features end with the encoder's vector (<see cref="ModelInputRow.Embedding"/>).</param>
    public static LinearTextScorer? TryCreate(ITransformer model, DataViewSchema inputSchema, NgramKind textNgrams, bool withEmbedding)
    {
        if (model is not TransformerChain<ITransformer> chain) return null;
        var parts = chain.ToArray();
        if (parts.Length < 2 || parts[1] is not MulticlassPredictionTransformer<MaximumEntropyModelParameters> predictor) return null;
        var featurization = parts[0];
        var features = featurization.GetOutputSchema(inputSchema);
        var text = NgramBag.FromSlotNames(features, "TextFeatures", textNgrams);
        if (text is null) return null;
        NgramBag? context = null;
        int offset = text.Size;
        int contextOffset = 0;
        if (features.GetColumnOrNull("ContextFeatures") is not null)
        {
            context = NgramBag.FromSlotNames(features, "ContextFeatures", NgramKind.Word);
            if (context is null) return null;
            contextOffset = offset;
            offset += context.Size;
        }
        float[]? extraScale = null;
        if (features.GetColumnOrNull("ExtraNormalised") is not null)
        {
            var normalizer = Flatten(featurization).OfType<NormalizingTransformer>().FirstOrDefault();
            if (normalizer?.GetNormalizerModelParameters(0) is not NormalizingTransformer.AffineNormalizerModelParameters<ImmutableArray<float>> affine
                || affine.Offset.Length > 0) return null;
            extraScale = [.. affine.Scale];
        }
        int extraOffset = offset;
        offset += extraScale?.Length ?? 0;
        int embeddingOffset = offset, embeddingWidth = withEmbedding ? ModelInputRow.EmbeddingWidth : 0;
        offset += embeddingWidth;
        VBuffer<float>[] weights = default!;
        predictor.Model.GetWeights(ref weights, out int classes);
        if (features["Features"].Type is not VectorDataViewType vector) return null;
        int width = vector.Size;
        if (width != offset) return null;
        var dense = new float[width * classes];
        var row = new float[width];
        for (int c = 0; c < classes; c++)
        {
            weights[c].CopyTo(row);
            for (int slot = 0; slot < width; slot++) dense[slot * classes + c] = row[slot];
        }
        return new LinearTextScorer(text, context, contextOffset, extraOffset, extraScale, embeddingOffset, embeddingWidth, dense, [.. predictor.Model.GetBiases()]);
    }

    /// <summary>Where a model zip carries its exported scorer (written by <see cref="ModelTrainer.TrainAndSave"/>).</summary>
    public const string EntryName = "framing/linear-scorer.bin";
    private const string Magic = "framing-linear-scorer";
    private const int FormatVersion = 2; // 2: the encoder's vector (version 1 files are read as without one)

    /// <summary>
    /// Stores the scorer and the class labels in the model zip, so that scoring can start without loading ML.NET (which
    /// costs ~0.4 s of start-up per run). Written from the trained ML.NET model, so the two always agree.
    /// </summary>
    public void WriteInto(string modelZip, IReadOnlyList<string> classLabels)
    {
        using var zip = System.IO.Compression.ZipFile.Open(modelZip, System.IO.Compression.ZipArchiveMode.Update);
        zip.GetEntry(EntryName)?.Delete();
        var entry = zip.CreateEntry(EntryName, System.IO.Compression.CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var w = new BinaryWriter(entry.Open(), Encoding.UTF8);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(classLabels.Count);
        foreach (var label in classLabels) w.Write(label);
        _text.Write(w);
        w.Write(_context is not null);
        _context?.Write(w);
        w.Write(_contextOffset);
        w.Write(_extraOffset);
        w.Write(_embeddingOffset);
        w.Write(_embeddingWidth);
        WriteFloats(w, _extraScale);
        WriteFloats(w, _weights);
        WriteFloats(w, _biases);
    }

    /// <summary>The scorer and class labels stored in a model zip, or null when it has none (older models, other trainers).</summary>
    public static (LinearTextScorer Scorer, string[] ClassLabels)? TryReadFrom(string modelZip)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(modelZip);
        var entry = zip.GetEntry(EntryName);
        if (entry is null) return null;
        using var r = new BinaryReader(entry.Open(), Encoding.UTF8);
        if (r.ReadString() != Magic) return null;
        int version = r.ReadInt32();
        if (version is < 1 or > FormatVersion) return null;
        var labels = new string[r.ReadInt32()];
        for (int i = 0; i < labels.Length; i++) labels[i] = r.ReadString();
        var text = NgramBag.Read(r);
        var context = r.ReadBoolean() ? NgramBag.Read(r) : null;
        int contextOffset = r.ReadInt32(), extraOffset = r.ReadInt32();
        int embeddingOffset = version >= 2 ? r.ReadInt32() : 0, embeddingWidth = version >= 2 ? r.ReadInt32() : 0;
        var extraScale = ReadFloats(r);
        var weights = ReadFloats(r) ?? throw new InvalidDataException($"{modelZip}: {EntryName} has no weights.");
        var biases = ReadFloats(r) ?? throw new InvalidDataException($"{modelZip}: {EntryName} has no biases.");
        if (biases.Length != labels.Length || weights.Length % biases.Length != 0) throw new InvalidDataException($"{modelZip}: {EntryName} is inconsistent.");
        if (embeddingWidth > 0 && (embeddingOffset + embeddingWidth) * biases.Length > weights.Length) throw new InvalidDataException($"{modelZip}: {EntryName} is inconsistent.");
        return (new LinearTextScorer(text, context, contextOffset, extraOffset, extraScale, embeddingOffset, embeddingWidth, weights, biases), labels);
    }

    private static void WriteFloats(BinaryWriter w, float[]? values)
    {
        w.Write(values?.Length ?? -1);
        if (values is not null) w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static float[]? ReadFloats(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n < 0) return null;
        var values = new float[n];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan());
        r.BaseStream.ReadExactly(bytes); // a deflate stream may return fewer bytes per read
        return values;
    }

    private static IEnumerable<ITransformer> Flatten(ITransformer transformer) =>
        transformer is IEnumerable<ITransformer> chain ? chain.SelectMany(Flatten) : [transformer];

    /// <summary>Class probabilities in the model's class order (the order of the Score column's slots).</summary>
    /// <param name="embedding">The encoder's vector of the text, scaled (<see cref="EncoderFeatures"/>); empty when the model reads none.</param>
    /// <param name="embeddingLogits">Instead of <paramref name="embedding"/>: the encoder's contribution to the class scores, already computed.</param>
    public void Score(string text, string context, float[]? extra, ReadOnlySpan<float> embedding, Span<float> probabilities,
        ReadOnlySpan<float> embeddingLogits = default)
    {
        Span<float> logits = stackalloc float[_biases.Length];
        for (int c = 0; c < logits.Length; c++) logits[c] = _biases[c];
        AddBag(_text, text, 0, logits);
        if (_context is not null) AddBag(_context, context, _contextOffset, logits);
        if (_extraScale is not null && extra is not null)
        {
            for (int i = 0; i < _extraScale.Length; i++)
            {
                float x = extra[i] * _extraScale[i];
                if (x == 0) continue;
                int at = (_extraOffset + i) * logits.Length;
                for (int c = 0; c < logits.Length; c++) logits[c] += _weights[at + c] * x;
            }
        }
        if (_embeddingWidth > 0 && embeddingLogits.Length == logits.Length)
        {
            for (int c = 0; c < logits.Length; c++) logits[c] += embeddingLogits[c];
        }
        else if (_embeddingWidth > 0)
        {
            if (embedding.Length != _embeddingWidth) throw new ArgumentException($"The model reads the encoder's vector ({_embeddingWidth} numbers); got {embedding.Length}.", nameof(embedding));
            for (int i = 0; i < _embeddingWidth; i++)
            {
                float x = embedding[i];
                int at = (_embeddingOffset + i) * logits.Length;
                for (int c = 0; c < logits.Length; c++) logits[c] += _weights[at + c] * x;
            }
        }
        float max = float.MinValue;
        foreach (var l in logits) max = Math.Max(max, l);
        float sum = 0;
        for (int c = 0; c < logits.Length; c++)
        {
            probabilities[c] = MathF.Exp(logits[c] - max);
            sum += probabilities[c];
        }
        for (int c = 0; c < logits.Length; c++) probabilities[c] /= sum;
    }

    /// <summary>The char and word n-gram counts of a text (for tests comparing with ML.NET's featurizer).</summary>
    internal (Dictionary<int, int> Chars, Dictionary<int, int> Words) CountsOf(string text)
    {
        var buffer = new char[text.Length + 2];
        int length = Mark(text, buffer);
        var counts = new SlotCounts();
        Dictionary<int, int> Drain()
        {
            var result = new Dictionary<int, int>();
            for (int t = 0; t < counts.Touched; t++) result[counts.Order[t]] = counts.Counts[counts.Order[t]];
            Array.Clear(counts.Counts);
            counts.Touched = 0;
            return result;
        }
        counts.Prepare(_text.Size, text.Length + 2);
        if (_text.Chars.Count > 0) CountChars(_text, buffer.AsSpan(0, length), counts);
        var chars = Drain();
        if (_text.Words.Count > 0) CountWords(_text, buffer.AsSpan(1, length - 2), counts);
        return (chars, Drain());
    }

    [ThreadStatic] private static SlotCounts? t_counts;

    private void AddBag(NgramBag bag, string text, int offset, Span<float> logits)
    {
        var counts = t_counts ??= new SlotCounts();
        counts.Prepare(bag.Size, text.Length + 2);
        char[] buffer = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length + 2);
        try
        {
            int length = Mark(text, buffer);
            if (bag.Chars.Count > 0) CountChars(bag, buffer.AsSpan(0, length), counts);
            AddNormalised(counts, offset, logits);
            if (bag.Words.Count > 0)
            {
                CountWords(bag, buffer.AsSpan(1, length - 2), counts);
                AddNormalised(counts, offset, logits);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Adds the L2-normalised counts to the logits (slots in order of first occurrence) and clears the counts.</summary>
    private void AddNormalised(SlotCounts counts, int offset, Span<float> logits)
    {
        if (counts.Touched == 0) return;
        double squares = 0;
        for (int t = 0; t < counts.Touched; t++)
        {
            double n = counts.Counts[counts.Order[t]];
            squares += n * n;
        }
        float inverse = (float)(1 / Math.Sqrt(squares));
        for (int t = 0; t < counts.Touched; t++)
        {
            int slot = counts.Order[t];
            float x = counts.Counts[slot] * inverse;
            counts.Counts[slot] = 0;
            int at = (offset + slot) * logits.Length;
            for (int c = 0; c < logits.Length; c++) logits[c] += _weights[at + c] * x;
        }
        counts.Touched = 0;
    }

    /// <summary>
    /// N-gram counts of one text by slot: a dense array indexed by slot plus the slots in order of first occurrence, so
    /// counting is an array increment rather than a hash update, and the sums run in the same order as before.
    /// </summary>
    private sealed class SlotCounts
    {
        public int[] Counts = [];
        public int[] Order = [];
        public int Touched;

        public void Prepare(int slots, int maxHits)
        {
            if (Counts.Length < slots) Counts = new int[slots];
            if (Order.Length < maxHits) Order = new int[Math.Max(maxHits, 2 * Order.Length)];
            Touched = 0;
        }

        public void Add(int slot)
        {
            if (Counts[slot]++ == 0) Order[Touched++] = slot;
        }
    }

    /// <summary>Writes start marker, normalised text and end marker into the buffer; returns the length.</summary>
    private static int Mark(string text, char[] buffer)
    {
        int n = 0;
        buffer[n++] = Start;
        foreach (char ch in text)
        {
            if (ch < 128)
            {
                buffer[n++] = ch is >= 'A' and <= 'Z' ? (char)(ch + 32) : ch;
                continue;
            }
            if (Diacritics.IsCombiningMark(ch)) continue;
            buffer[n++] = char.ToLowerInvariant(Diacritics.TryStrip(ch, out var plain) ? plain : ch);
        }
        buffer[n++] = End;
        return n;
    }

    private static void CountChars(NgramBag bag, ReadOnlySpan<char> marked, SlotCounts counts)
    {
        if (bag.NarrowChars is { } narrow && bag.PackedChars is { } packed)
        {
            // n ≤ 4: a rolling window over the text, each n-gram packed 8 bits per char (a NarrowGram) while all its
            // chars are Latin-1, else 16 bits per char into 64 bits and mixed (a MixedKey, in the table of the other n-grams).
            int n = bag.CharLength;
            uint narrowMask = n == 4 ? uint.MaxValue : (1u << (8 * n)) - 1, narrowKey = 0;
            ulong mask = n == 4 ? ulong.MaxValue : (1UL << (16 * n)) - 1, key = 0;
            int lastWide = -n; // the position of the last char above U+00FF
            for (int i = 0; i < marked.Length; i++)
            {
                char c = marked[i];
                key = ((key << 16) | c) & mask;
                narrowKey = ((narrowKey << 8) | (byte)c) & narrowMask;
                if (c > 0xFF) lastWide = i;
                if (i + 1 < n) continue;
                bool found = i - lastWide >= n
                    ? narrow.TryGetValue(narrowKey, out int slot)
                    : packed.TryGetValue(NgramBag.Mix(key), out slot);
                if (found) counts.Add(slot);
            }
            return;
        }
        var lookup = bag.Chars.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i + bag.CharLength <= marked.Length; i++)
        {
            if (lookup.TryGetValue(marked.Slice(i, bag.CharLength), out int slot)) counts.Add(slot);
        }
    }

    private static void CountWords(NgramBag bag, ReadOnlySpan<char> text, SlotCounts counts)
    {
        var index = bag.WordIndex;
        int previousStart = -1, previousLength = 0;
        uint previousState = 0;
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] == ' ') i++;
            if (i >= text.Length) break;
            int start = i;
            while (i < text.Length && text[i] != ' ') i++;
            var token = text[start..i];
            uint state = WordGramIndex.Continue(WordGramIndex.Start, token);
            if (index.TryGetWord(token, state, out int slot)) counts.Add(slot);
            // Pairs longer than this were never looked up (they were joined in a buffer of that size); kept so, for the same features.
            if (previousStart >= 0 && previousLength + 1 + token.Length <= MaxPairLength
                && index.TryGetPair(text.Slice(previousStart, previousLength), previousState, NgramBag.Separator, token, out slot)) counts.Add(slot);
            previousStart = start;
            previousLength = token.Length;
            previousState = state;
        }
    }

    private const int MaxPairLength = 128;

    /// <summary>The vocabulary of one featurized text column: character n-grams and word n-grams, by slot.</summary>
    private sealed class NgramBag
    {
        public const char Separator = '\u0001';
        public Dictionary<string, int> Chars { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Words { get; } = new(StringComparer.Ordinal);
        /// <summary>The n-grams of <see cref="Chars"/> whose chars are all Latin-1, keyed 8 bits per char, when n ≤ 4.</summary>
        public LinearProbeTable<uint, NarrowGram>? NarrowChars { get; private set; }
        /// <summary>The other n-grams of <see cref="Chars"/>, keyed by the n-gram packed into 64 bits (see <see cref="Pack"/>), when n ≤ 4.</summary>
        public LinearProbeTable<ulong, MixedKey>? PackedChars { get; private set; }
        /// <summary><see cref="Words"/> for span lookups (built by <see cref="Index"/>).</summary>
        public WordGramIndex WordIndex { get; private set; } = new([]);
        public int CharLength { get; private set; }

        /// <summary>The n-gram's chars, 16 bits each, through <see cref="Mix"/>.</summary>
        public static ulong Pack(string gram)
        {
            ulong key = 0;
            foreach (char c in gram) key = (key << 16) | c;
            return Mix(key);
        }

        /// <summary>
        /// Mixed (<see cref="Numerics.SplitMix64"/>) because packed lower-case text alone would put many n-grams in
        /// the same bucket of <see cref="PackedChars"/>, which takes a key's home bucket from its top bits (<see cref="MixedKey"/>).
        /// </summary>
        public static ulong Mix(ulong key) => Numerics.SplitMix64.Mix(key);

        public int Size { get; private set; }

        public void Write(BinaryWriter w)
        {
            w.Write(Size);
            w.Write(CharLength);
            WriteGrams(w, Chars);
            WriteGrams(w, Words);
        }

        public static NgramBag Read(BinaryReader r)
        {
            var bag = new NgramBag { Size = r.ReadInt32(), CharLength = r.ReadInt32() };
            ReadGrams(r, bag.Chars);
            ReadGrams(r, bag.Words);
            bag.Index();
            return bag;
        }

        /// <summary>Builds the lookup tables over the n-grams read.</summary>
        private void Index()
        {
            if (CharLength is > 0 and <= 4)
            {
                NarrowChars = new(Chars.Where(e => NarrowGram.Fits(e.Key)).Select(e => KeyValuePair.Create(NarrowGram.Pack(e.Key), e.Value)));
                PackedChars = new(Chars.Where(e => !NarrowGram.Fits(e.Key)).Select(e => KeyValuePair.Create(Pack(e.Key), e.Value)));
            }
            WordIndex = new WordGramIndex(Words);
        }

        // In slot order, so the bytes are the same for the same model; as UTF-16 code units, because a char n-gram can
        // hold half of a surrogate pair, which a UTF-8 string would not survive.
        private static void WriteGrams(BinaryWriter w, Dictionary<string, int> grams)
        {
            w.Write(grams.Count);
            foreach (var (gram, slot) in grams.OrderBy(g => g.Value))
            {
                w.Write(gram.Length);
                foreach (char c in gram) w.Write((ushort)c);
                w.Write(slot);
            }
        }

        private static void ReadGrams(BinaryReader r, Dictionary<string, int> grams)
        {
            int n = r.ReadInt32();
            grams.EnsureCapacity(n);
            for (int i = 0; i < n; i++)
            {
                var chars = new char[r.ReadInt32()];
                for (int c = 0; c < chars.Length; c++) chars[c] = (char)r.ReadUInt16();
                grams[new string(chars)] = r.ReadInt32();
            }
        }

        public static NgramBag? FromSlotNames(DataViewSchema schema, string column, NgramKind kind)
        {
            var col = schema.GetColumnOrNull(column);
            if (col is null || !col.Value.HasSlotNames()) return null;
            VBuffer<ReadOnlyMemory<char>> names = default;
            col.Value.GetSlotNames(ref names);
            var bag = new NgramBag { Size = names.Length };
            int slot = 0;
            foreach (var memory in names.DenseValues())
            {
                var name = memory.ToString();
                if (kind == NgramKind.Char) name = "Char." + name;
                else if (kind == NgramKind.Word) name = "Word." + name;
                if (name.StartsWith("Char.", StringComparison.Ordinal))
                {
                    var gram = ParseCharGram(name.AsSpan(5));
                    if (gram is null) return null;
                    if (bag.CharLength == 0) bag.CharLength = gram.Length;
                    if (gram.Length != bag.CharLength) return null;
                    bag.Chars.TryAdd(gram, slot);
                }
                else if (name.StartsWith("Word.", StringComparison.Ordinal))
                {
                    var words = name[5..].Split('|');
                    // A word containing '|' makes the name ambiguous; such rare slots are left out (the agreement test would show it).
                    if (words.Length is 1 or 2) bag.Words.TryAdd(string.Join(Separator, words), slot);
                }
                else
                {
                    return null;
                }
                slot++;
            }
            bag.Index();
            return bag;
        }

        private static string? ParseCharGram(ReadOnlySpan<char> name)
        {
            var gram = new StringBuilder(8);
            int i = 0;
            while (i < name.Length)
            {
                if (name[i..].StartsWith("<␂>")) { gram.Append(Start); i += 3; }
                else if (name[i..].StartsWith("<␃>")) { gram.Append(End); i += 3; }
                else if (name[i..].StartsWith("<␠>")) { gram.Append(' '); i += 3; }
                else { gram.Append(name[i]); i++; }
                if (i < name.Length)
                {
                    if (name[i] != '|') return null;
                    i++;
                }
            }
            return gram.ToString();
        }
    }
}
