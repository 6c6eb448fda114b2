package tanito.regularize;

import static tanito.Require.require;

import tanito.linalg.Params;
import tanito.linalg.Vectors;

/**
 * L1 (lasso) penalty {@code P = lambda * sum |w|} over the weights; its subgradient
 * {@code lambda * sign(w)} with sign(0) = 0, as PyTorch's {@code torch.sign}. Drives small weights to
 * exactly zero (Tibshirani, 1996).
 */
public record L1(double strength) implements Penalty {

    public L1 {
        require(strength >= 0 && Double.isFinite(strength), "l1 strength must be >= 0, was %s", strength);
    }

    @Override
    public double value(Params params) {
        return strength * Weights.sum(params, Vectors::sumAbs);
    }

    @Override
    public void addGradient(Params params) {
        if (strength != 0) {
            Weights.update(params, (w, g, offset, n) -> Vectors.addSign((float) strength, w, offset, g, offset, n));
        }
    }
}
