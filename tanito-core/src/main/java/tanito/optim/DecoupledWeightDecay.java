package tanito.optim;

import tanito.linalg.Vectors;

/**
 * Decoupled weight decay (Loshchilov &amp; Hutter, "Decoupled Weight Decay Regularization", ICLR 2019),
 * placed after the adaptive scaling: {@code d = d + lambda * p}, so that with the learning-rate step
 * {@code p = p - lr * d} it is {@code torch.optim.AdamW}'s {@code p = p (1 - lr lambda) - lr * adam}:
 * the decay is not divided by Adam's second moment.
 */
public final class DecoupledWeightDecay implements Stage {
    private final float lambda;

    public DecoupledWeightDecay(double lambda) {
        this.lambda = (float) lambda;
    }

    @Override
    public void apply(float[] direction, float[] params, long step) {
        Vectors.axpy(lambda, params, direction);
    }
}
