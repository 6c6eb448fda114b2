package tanito.optim;

import static tanito.Require.require;

import tanito.linalg.Vectors;

/**
 * Gradient clipping, applied to the objective's gradient before the optimiser sees it, as
 * {@code torch.nn.utils.clip_grad_value_} and {@code clip_grad_norm_} are applied between backward
 * and step: first each component is clipped to {@code [-maxValue, maxValue]}, then the whole vector is
 * scaled by {@code min(1, maxNorm / ||g||)} (Pascanu, Mikolov &amp; Bengio, "On the difficulty of
 * training recurrent neural networks", ICML 2013). A bound of 0 means no clipping of that kind.
 */
public record GradientClipping(double maxNorm, double maxValue) {

    public GradientClipping {
        require(maxNorm >= 0 && Double.isFinite(maxNorm), "clip norm must be >= 0 (0: none), was %s", maxNorm);
        require(maxValue >= 0 && Double.isFinite(maxValue), "clip value must be >= 0 (0: none), was %s", maxValue);
    }

    public static GradientClipping byNorm(double maxNorm) {
        return new GradientClipping(maxNorm, 0);
    }

    public static GradientClipping byValue(double maxValue) {
        return new GradientClipping(0, maxValue);
    }

    /** The objective with its gradient clipped. */
    public Objective apply(Objective objective) {
        if (maxNorm == 0 && maxValue == 0) {
            return objective;
        }
        return (x, gradient) -> {
            double value = objective.evaluate(x, gradient);
            if (maxValue > 0) {
                Vectors.clip(gradient, (float) -maxValue, (float) maxValue);
            }
            if (maxNorm > 0) {
                double norm = Math.sqrt(Vectors.sumSquares(gradient, 0, gradient.length));
                if (norm > maxNorm) {
                    Vectors.scale(gradient, 0, gradient.length, (float) (maxNorm / norm));
                }
            }
            return value;
        };
    }
}
