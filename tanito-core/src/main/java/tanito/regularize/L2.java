package tanito.regularize;

import static tanito.Require.require;

import tanito.linalg.Params;
import tanito.linalg.Vectors;

/**
 * L2 penalty (ridge, weight decay) {@code P = (lambda / 2) * sum w^2} over the weights; gradient
 * {@code lambda * w}. With plain SGD this equals PyTorch's coupled {@code weight_decay = lambda}
 * applied to the weights only (Krogh &amp; Hertz, 1992).
 */
public record L2(double strength) implements Penalty {

    public L2 {
        require(strength >= 0 && Double.isFinite(strength), "l2 strength must be >= 0, was %s", strength);
    }

    @Override
    public double value(Params params) {
        return 0.5 * strength * Weights.sum(params, Vectors::sumSquares);
    }

    @Override
    public void addGradient(Params params) {
        if (strength != 0) {
            Weights.update(params, (w, g, offset, n) -> Vectors.axpy((float) strength, w, offset, g, offset, n));
        }
    }
}
