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
        double sum = 0;
        for (Params.Segment s : params.segments()) {
            if (s.regularized()) {
                sum += Vectors.sumAbs(params.values(), s.offset(), s.size());
            }
        }
        return strength * sum;
    }

    @Override
    public void addGradient(Params params) {
        if (strength == 0) {
            return;
        }
        for (Params.Segment s : params.segments()) {
            if (s.regularized()) {
                Vectors.addSign((float) strength, params.values(), s.offset(), params.gradients(), s.offset(), s.size());
            }
        }
    }
}
