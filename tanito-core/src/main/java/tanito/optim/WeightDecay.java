package tanito.optim;

import tanito.linalg.Vectors;

/**
 * Coupled weight decay, as {@code torch.optim.SGD}'s {@code weight_decay}: {@code d = d + lambda * p}
 * on every parameter (biases included), before momentum. For penalising weights only, use the
 * {@code tanito.regularize.L2} penalty instead.
 */
public final class WeightDecay implements Stage {
    private final float lambda;

    public WeightDecay(double lambda) {
        this.lambda = (float) lambda;
    }

    @Override
    public void apply(float[] direction, float[] params, long step) {
        Vectors.axpy(lambda, params, direction);
    }
}
