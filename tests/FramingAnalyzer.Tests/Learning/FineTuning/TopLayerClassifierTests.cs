using FramingAnalyzer.Learning.FineTuning;
using FramingAnalyzer.Statistics;
using Xunit;

namespace FramingAnalyzer.Tests.Learning.FineTuning;

public class TopLayerClassifierTests
{
    private const int Width = TransformerLayer.Width;

    /// <summary>Small random weights in the shapes of MiniLM's layers (layer norms near 1), so tests need no model file.</summary>
    private static Func<string, float[]> RandomWeights(int seed)
    {
        var cache = new Dictionary<string, float[]>();
        return name =>
        {
            if (cache.TryGetValue(name, out var known)) return known;
            var random = SeededRandom.For(seed, name);
            int length = name.EndsWith("intermediate.dense.weight") || name.EndsWith("output.dense.weight") && !name.Contains("attention")
                ? Width * TransformerLayer.Inner
                : name.EndsWith("intermediate.dense.bias") ? TransformerLayer.Inner
                : name.EndsWith(".weight") && !name.Contains("LayerNorm") ? Width * Width
                : Width;
            bool gamma = name.EndsWith("LayerNorm.weight");
            var values = new float[length];
            for (int i = 0; i < length; i++) values[i] = (float)((gamma ? 1 : 0) + (random.NextDouble() * 2 - 1) * 0.08);
            return cache[name] = values;
        };
    }

    private static float[] RandomStates(int tokens, int seed)
    {
        var random = SeededRandom.For(seed, "states");
        return Enumerable.Range(0, tokens * Width).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
    }

    private static double Loss(TopLayerClassifier model, IReadOnlyList<float[]> states, int[] labels) =>
        model.Accumulate(states, Enumerable.Range(0, states.Count).ToArray(), labels, null, model.NewGradients());

    [Fact]
    public void Back_propagated_gradients_match_finite_differences_of_the_loss()
    {
        var model = new TopLayerClassifier(RandomWeights(1), 4, 5, 2, seed: 3);
        // two sequences of different lengths in one batch, so packing and per-sequence attention are checked too
        var states = new[] { RandomStates(4, 2), RandomStates(3, 5) };
        int[] labels = [1, 0];
        var gradients = model.NewGradients();
        model.Accumulate(states, [0, 1], labels, null, gradients);
        var random = SeededRandom.For(7, "entries");
        int checkedEntries = 0;
        for (int p = 0; p < model.Parameters.Count; p++)
        {
            var parameter = model.Parameters[p];
            for (int draw = 0; draw < 3; draw++)
            {
                int i = random.Next(parameter.Length);
                float kept = parameter.Values[i];
                const float step = 2e-3f;
                parameter.Values[i] = kept + step;
                double up = Loss(model, states, labels);
                parameter.Values[i] = kept - step;
                double down = Loss(model, states, labels);
                parameter.Values[i] = kept;
                double numeric = (up - down) / (2 * step);
                double analytic = gradients[p][i];
                Assert.True(Math.Abs(numeric - analytic) <= 2e-3 + 0.05 * Math.Abs(numeric),
                    $"{parameter.Name}[{i}]: back-propagated {analytic:G6}, finite difference {numeric:G6}");
                checkedEntries++;
            }
        }
        Assert.Equal(2 * 16 * 3 + 2 * 3, checkedEntries);
    }

    [Fact]
    public void Gradients_of_the_attention_weights_are_not_all_zero()
    {
        // a guard on the check above: a layer whose attention had no gradient would pass it trivially for those entries
        var model = new TopLayerClassifier(RandomWeights(1), 5, 5, 2, seed: 3);
        var gradients = model.NewGradients();
        model.Accumulate([RandomStates(5, 4)], [0], [0], null, gradients);
        for (int p = 0; p < model.Parameters.Count; p++)
            Assert.True(gradients[p].Any(g => g != 0), model.Parameters[p].Name);
    }

    [Fact]
    public void Training_learns_a_task_the_states_determine()
    {
        // label = whether the first token's first coordinate is positive
        var states = Enumerable.Range(0, 48).Select(i => RandomStates(3, 100 + i)).ToList();
        var labels = states.Select(s => s[0] > 0 ? 1 : 0).ToList();
        var model = new TopLayerClassifier(RandomWeights(5), 5, 5, 2, seed: 3);
        var losses = new List<double>();
        model.Train(states, labels, new FineTuneOptions(Epochs: 12, BatchSize: 8, LearningRate: 2e-3, DropoutRate: 0), (_, loss) => losses.Add(loss));
        Assert.True(losses[^1] < losses[0] * 0.5, $"loss {losses[0]:F3} → {losses[^1]:F3}");
        var probabilities = model.Probabilities(states);
        int right = states.Select((_, i) => probabilities[i][1] > 0.5 == (labels[i] == 1)).Count(x => x);
        Assert.True(right >= 44, $"{right} of 48 training sequences right");
    }

    [Fact]
    public void Training_twice_with_one_seed_gives_the_same_weights()
    {
        var states = Enumerable.Range(0, 12).Select(i => RandomStates(2, 200 + i)).ToList();
        var labels = states.Select((_, i) => i % 2).ToList();
        float[] Train()
        {
            var model = new TopLayerClassifier(RandomWeights(9), 5, 5, 2, seed: 4);
            model.Train(states, labels, new FineTuneOptions(Epochs: 2, BatchSize: 5));
            return model.Parameters.SelectMany(p => p.Values).ToArray();
        }
        Assert.Equal(Train(), Train());
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.5, 0.5204998778)]
    [InlineData(1.0, 0.8427007929)]
    [InlineData(-2.0, -0.9953222650)]
    [InlineData(3.5, 0.9999992569)]
    public void The_error_function_is_right_to_float_precision(double x, double expected) =>
        Assert.Equal(expected, DenseOps.Erf((float)x), 6);
}
