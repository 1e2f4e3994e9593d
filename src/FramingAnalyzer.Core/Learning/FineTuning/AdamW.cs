namespace FramingAnalyzer.Learning.FineTuning;

/// <summary>
/// Adam with decoupled weight decay (Loshchilov and Hutter), as PyTorch's AdamW applies it: decay first, then the
/// bias-corrected moment step. β₁ 0.9, β₂ 0.999, ε 1e-8.
/// </summary>
public sealed class AdamW(IReadOnlyList<Parameter> parameters, double weightDecay)
{
    private const double Beta1 = 0.9, Beta2 = 0.999, Epsilon = 1e-8;
    private int _step;

    /// <summary>Clips the gradients to a global norm of <paramref name="maxNorm"/>, takes one step at <paramref name="learningRate"/>, clears the gradients.</summary>
    public void Step(double learningRate, double maxNorm = 1.0)
    {
        _step++;
        double squares = 0;
        foreach (var p in parameters) squares += System.Numerics.Tensors.TensorPrimitives.Dot(p.Gradient, p.Gradient);
        double norm = Math.Sqrt(squares);
        float clip = norm > maxNorm ? (float)(maxNorm / (norm + 1e-6)) : 1f;
        double correction1 = 1 - Math.Pow(Beta1, _step), correction2 = 1 - Math.Pow(Beta2, _step);
        float stepSize = (float)(learningRate / correction1);
        float decay = (float)(1 - learningRate * weightDecay);
        float inverseRootCorrection2 = (float)(1 / Math.Sqrt(correction2));
        foreach (var p in parameters)
        {
            var values = p.Values; var gradient = p.Gradient; var m = p.FirstMoment; var v = p.SecondMoment;
            for (int i = 0; i < values.Length; i++)
            {
                float g = gradient[i] * clip;
                m[i] = (float)(Beta1 * m[i] + (1 - Beta1) * g);
                v[i] = (float)(Beta2 * v[i] + (1 - Beta2) * g * g);
                values[i] = values[i] * decay - stepSize * m[i] / (MathF.Sqrt(v[i]) * inverseRootCorrection2 + (float)Epsilon);
            }
            Array.Clear(gradient);
        }
    }
}
