namespace FramingAnalyzer.Sourcing;

/// <summary>
/// The article's own evidence for the type of a source only the model could type. A political story quotes mostly
/// politicians, a story about a trial mostly officials and lawyers: a bare name the rules cannot type ("Mr. Beaulac
/// accused ...") among sources the rules typed political is more likely political than the model, reading the name and
/// its sentence alone, says. The types the rules gave the article's other sources are a prior over the source's type,
/// smoothed (so that one typed source does not rule out the other types) and weighted by β:
/// <code>
///   q(t) ∝ p(t) · ((n_t + α) / (N + α·K))^β     for each type t the model knows
/// </code>
/// where p is the model's probability of t, n_t how many of the article's other sources the rules typed t, N how many
/// the rules typed in all and K the number of types (9). The model's probability that the words give no type at all
/// (its class <see cref="SourceTypes.Unknown"/>) is not a type the rules give, so it is kept as it is and the prior
/// shares out the rest. A source the model was sure of (<see cref="SourceClassifier.MinModelProbability"/>) takes the
/// combined best type (or stays unknown, unsure, when the mix spreads that type so thin that "no type" comes out best);
/// one it was unsure of stays unknown unless the combined probability of the best type reaches
/// <see cref="MinUnsureProbability"/> (an honest unknown is better than a confident wrong type). With no rule-typed
/// source in the article (N = 0) the prior is uniform and nothing changes.
/// </summary>
public sealed class ArticleTypePrior
{
    // The constants were chosen on the project's own data only: the regression set (corpora/gold/sourcing) and the
    // development samples of PolNeAR (dev5-dev13) and BABE (dev1-dev10), never on a held-out sample (docs/models.md,
    // round 29). On those sets every α from 2 to 3.5 gave the same types (below 2, two or three typed sources
    // outweighed the model and broke right types); 3 lies inside that range. β = 1 is the plain product of the model's
    // probability and the article's smoothed mix (β 0.75 and 1.25 were no better; β 2 with a small α let one or two
    // typed sources override types the model gave 0.7). Of the unsure sources on all the sets, the combined best
    // reached 0.64 for one (right), 0.47 and 0.42 for the next two (right, wrong): 0.6 takes only the clear case.

    /// <summary>α, the pseudo-count each type gets: with N rule-typed sources the article's mix weighs N against 9α.</summary>
    public const double DefaultSmoothing = 3.0;

    /// <summary>β, the weight of the article's mix against the model.</summary>
    public const double DefaultWeight = 1.0;

    /// <summary>The combined probability at which a source the model was unsure of takes a type.</summary>
    public const double DefaultMinUnsureProbability = 0.60;

    public static ArticleTypePrior Default { get; } = new(DefaultSmoothing, DefaultWeight, DefaultMinUnsureProbability);

    public ArticleTypePrior(double smoothing, double weight, double minUnsureProbability)
    {
        if (smoothing <= 0) throw new ArgumentOutOfRangeException(nameof(smoothing), "α must be positive.");
        if (weight < 0) throw new ArgumentOutOfRangeException(nameof(weight), "β must not be negative.");
        Smoothing = smoothing;
        Weight = weight;
        MinUnsureProbability = minUnsureProbability;
    }

    public double Smoothing { get; }
    public double Weight { get; }
    public double MinUnsureProbability { get; }

    /// <summary>A model-typed source's type (<see cref="SourceTypes.Unknown"/> when unsure) and whether it was sure.</summary>
    public readonly record struct Decision(string Type, bool Sure);

    /// <summary>
    /// How many of the article's sources the rules typed, by type (the types of <see cref="SourceTypes.All"/> but unknown,
    /// in that order). A source typed by the model, or untyped, does not count.
    /// </summary>
    public static int[] Count(IEnumerable<string> ruleTypes)
    {
        var counts = new int[SourceTypes.All.Count - 1];
        foreach (var type in ruleTypes)
        {
            int t = TypeIndex(type);
            if (t >= 0) counts[t]++;
        }
        return counts;
    }

    /// <summary>The combined distribution over <paramref name="labels"/> (the model's classes, in the order of
    /// <paramref name="model"/>), given the rule-typed sources' <paramref name="counts"/> (<see cref="Count"/>).</summary>
    public double[] Combine(IReadOnlyList<string> labels, ReadOnlySpan<float> model, int[] counts)
    {
        var combined = new double[labels.Count];
        int total = counts.Sum();
        double typeMass = 0, weighted = 0;
        for (int c = 0; c < labels.Count; c++)
        {
            combined[c] = model[c];
            int t = TypeIndex(labels[c]);
            if (t < 0) continue;
            typeMass += model[c];
            combined[c] = model[c] * Math.Pow((counts[t] + Smoothing) / (total + Smoothing * counts.Length), Weight);
            weighted += combined[c];
        }
        if (weighted <= 0) return combined;
        for (int c = 0; c < labels.Count; c++)
        {
            if (TypeIndex(labels[c]) >= 0) combined[c] *= typeMass / weighted;
        }
        return combined;
    }

    /// <summary>
    /// The type of a source from the model's distribution and the article's rule-typed sources: the combined best type
    /// when the model was sure (its best probability at least <paramref name="minModelProbability"/>); when it was
    /// unsure, that type only when its combined probability reaches <see cref="MinUnsureProbability"/>, else unknown.
    /// </summary>
    public Decision Decide(IReadOnlyList<string> labels, ReadOnlySpan<float> model, int[] counts, double minModelProbability)
    {
        int modelBest = ArgMax(model);
        bool sure = model[modelBest] >= minModelProbability;
        if (counts.Sum() == 0) return sure ? new Decision(labels[modelBest], true) : new Decision(SourceTypes.Unknown, false);
        var combined = Combine(labels, model, counts);
        int best = ArgMax<double>(combined);
        // A type the model was sure of, which the article's mix spreads so thin that no type beats "no type": unsure.
        if (sure) return TypeIndex(labels[best]) >= 0 || best == modelBest
            ? new Decision(labels[best], true) : new Decision(SourceTypes.Unknown, false);
        return combined[best] >= MinUnsureProbability && TypeIndex(labels[best]) >= 0
            ? new Decision(labels[best], true) : new Decision(SourceTypes.Unknown, false);
    }

    private static int TypeIndex(string type)
    {
        if (type == SourceTypes.Unknown) return -1;
        for (int t = 0, k = 0; t < SourceTypes.All.Count; t++)
        {
            if (SourceTypes.All[t] == SourceTypes.Unknown) continue;
            if (SourceTypes.All[t] == type) return k;
            k++;
        }
        return -1;
    }

    /// <summary>The index of the largest value, the first on ties.</summary>
    private static int ArgMax<T>(ReadOnlySpan<T> values) where T : System.Numerics.INumber<T>
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++) if (values[i] > values[best]) best = i;
        return best;
    }
}
