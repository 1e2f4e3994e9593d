using FramingAnalyzer.Encoders;

namespace FramingAnalyzer.Tests.Encoders;

/// <summary>The MiniLM parameters under their PyTorch names and layout, checked against numpy on the same model file.</summary>
public sealed class MiniLmWeightsTests
{
    private static readonly Lazy<MiniLmWeights> Weights = new(() => MiniLmWeights.From(OnnxModelFileTests.Packaged.Value));

    [Fact]
    public void All_36_layer_matrices_are_found_as_out_by_in()
    {
        var found = new List<FloatTensor>();
        for (int layer = 0; layer < MiniLmTransformer.LayerCount; layer++)
        {
            string prefix = $"encoder.layer.{layer}.";
            foreach (var name in (string[])["attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense"])
            {
                found.Add(Weights.Value[prefix + name + ".weight"]);
                Assert.Equal([384, 384], found[^1].Shape);
            }
            found.Add(Weights.Value[prefix + "intermediate.dense.weight"]);
            Assert.Equal([1536, 384], found[^1].Shape);
            found.Add(Weights.Value[prefix + "output.dense.weight"]);
            Assert.Equal([384, 1536], found[^1].Shape);
        }
        Assert.Equal(36, found.Count);
        Assert.All(found, w => Assert.Equal(w.ElementCount, w.Data.Length));
        Assert.Equal(36, found.Select(w => (w.Data[0], w.Data[1], w.Data[^1])).Distinct().Count()); // 36 different matrices
    }

    [Fact]
    public void Every_linear_of_every_layer_has_a_weight_and_a_bias_of_its_output_width()
    {
        for (int layer = 0; layer < MiniLmTransformer.LayerCount; layer++)
        {
            foreach (var linear in MiniLmWeights.LinearNames)
            {
                var weight = Weights.Value[$"encoder.layer.{layer}.{linear}.weight"];
                var bias = Weights.Value[$"encoder.layer.{layer}.{linear}.bias"];
                Assert.Equal([weight.Shape[0]], bias.Shape);
            }
            foreach (var layerNorm in MiniLmWeights.LayerNormNames)
            {
                Assert.Equal([384], Weights.Value[$"encoder.layer.{layer}.{layerNorm}.weight"].Shape);
                Assert.Equal([384], Weights.Value[$"encoder.layer.{layer}.{layerNorm}.bias"].Shape);
            }
        }
        Assert.Equal([512, 384], Weights.Value["embeddings.position_embeddings.weight"].Shape);
        Assert.Equal([2, 384], Weights.Value["embeddings.token_type_embeddings.weight"].Shape);
        Assert.Equal(5 + 6 * 16, Weights.Value.Parameters.Count);
    }

    [Fact]
    public void Weights_are_the_transposed_matmul_initializers_as_numpy_reads_them()
    {
        // numpy_helper.to_array(<the MatMul initializer before the bias>).T in Python, on the same model.onnx.
        var query = Weights.Value["encoder.layer.0.attention.self.query.weight"];
        Assert.Equal(-0.14861962f, query[0, 0]);
        Assert.Equal(0.043580376f, query[0, 1]);
        Assert.Equal(0.035969656f, query[1, 0]);
        var intermediate = Weights.Value["encoder.layer.5.intermediate.dense.weight"];
        Assert.Equal(0.032631323f, intermediate[1535, 383]);
        Assert.Equal(-0.08346531f, intermediate[7, 3]);
    }

    [Fact]
    public void An_unknown_parameter_name_is_a_clear_error()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Weights.Value["encoder.layer.6.output.dense.weight"]);
        Assert.Contains("encoder.layer.6.output.dense.weight", error.Message);
    }
}
