using System.Numerics.Tensors;
using FramingAnalyzer.Encoders;

namespace FramingAnalyzer.Tests.Encoders;

/// <summary>Hidden states after each encoder layer, from sessions of the model with that layer's output added.</summary>
public sealed class MiniLmLayerStatesTests
{
    private static readonly Lazy<MiniLmTransformer> Transformer = new(() => new MiniLmTransformer());

    /// <summary>[CLS] hello world [SEP].</summary>
    private static readonly int[] HelloWorld = [101, 7592, 2088, 102];

    [Fact]
    public void Each_layer_ends_in_the_add_of_its_last_layer_norm()
    {
        var model = OnnxModelFileTests.Packaged.Value;
        Assert.Equal("662", MiniLmTransformer.LayerOutputTensor(model, 3));
        Assert.Equal("last_hidden_state", MiniLmTransformer.LayerOutputTensor(model, 5));
        var outputs = Enumerable.Range(0, MiniLmTransformer.LayerCount).Select(l => MiniLmTransformer.LayerOutputTensor(model, l)).ToList();
        Assert.Equal(6, outputs.Distinct().Count());
    }

    [Fact]
    public void The_last_layer_pools_to_the_sentence_vector_of_Run()
    {
        int[] sequence = [101, 2231, 2749, 26341, 1996, 3006, 1010, 3901, 2056, 1012, 102];
        var states = Transformer.Value.RunToLayer(sequence, 5);
        Assert.Equal(sequence.Length * MiniLmTransformer.Width, states.Length);
        var pooled = new float[MiniLmTransformer.Width];
        for (int t = 0; t < sequence.Length; t++) TensorPrimitives.Add(pooled, states.AsSpan(t * MiniLmTransformer.Width, MiniLmTransformer.Width), pooled);
        TensorPrimitives.Multiply(pooled, 1 / TensorPrimitives.Norm(pooled), pooled);
        var vectors = new[] { new float[MiniLmTransformer.Width] };
        Transformer.Value.Run([sequence], vectors);
        for (int i = 0; i < pooled.Length; i++) Assert.Equal(vectors[0][i], pooled[i], 1e-5f);
    }

    [Fact]
    public void The_first_layers_match_a_numpy_bert_over_the_same_weights()
    {
        // A float64 numpy BERT layer (erf GELU, LayerNorm eps 1e-12) over numpy_helper.to_array of the model's weights;
        // values at tokens 0, 2, 3 and dimensions 0, 100, 383.
        AssertStates(Transformer.Value.RunToLayer(HelloWorld, 0), -0.002231275f, -0.08086230f, -0.11202435f);
        AssertStates(Transformer.Value.RunToLayer(HelloWorld, 1), -0.044754145f, -0.12759381f, 0.20204243f);

        static void AssertStates(float[] states, float first, float middle, float last)
        {
            Assert.Equal(4 * 384, states.Length);
            Assert.Equal(first, states[0 * 384 + 0], 1e-4f);
            Assert.Equal(middle, states[2 * 384 + 100], 1e-4f);
            Assert.Equal(last, states[3 * 384 + 383], 1e-4f);
        }
    }

    [Fact]
    public void Consecutive_layers_give_different_states_and_a_layer_the_same_states_twice()
    {
        var fourth = Transformer.Value.RunToLayer(HelloWorld, 4);
        var last = Transformer.Value.RunToLayer(HelloWorld, 5);
        Assert.Equal(last.Length, fourth.Length);
        Assert.True(TensorPrimitives.Distance(fourth, last) > 1f, $"distance {TensorPrimitives.Distance(fourth, last)}");
        Assert.Equal(fourth, Transformer.Value.RunToLayer(HelloWorld, 4));
    }

    [Fact]
    public void Layers_are_given_in_parallel_by_one_transformer()
    {
        var expected = Transformer.Value.RunToLayer(HelloWorld, 3);
        var results = new float[8][];
        Parallel.For(0, results.Length, i => results[i] = Transformer.Value.RunToLayer(HelloWorld, 2 + i % 2));
        for (int i = 1; i < results.Length; i += 2) Assert.Equal(expected, results[i]);
    }

    [Fact]
    public void A_layer_outside_the_model_or_an_empty_sequence_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Transformer.Value.RunToLayer(HelloWorld, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => Transformer.Value.RunToLayer(HelloWorld, -1));
        Assert.Throws<ArgumentException>(() => Transformer.Value.RunToLayer([], 0));
    }
}
