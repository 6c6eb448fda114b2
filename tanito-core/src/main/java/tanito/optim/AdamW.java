package tanito.optim;

import java.util.List;

/**
 * AdamW with {@code torch.optim.AdamW} semantics and defaults (lr 1e-3, betas 0.9 and 0.999, eps 1e-8,
 * weight decay 1e-2): Adam's step plus weight decay that is not scaled by the second moment,
 * <pre>
 *   p = p - lr * weightDecay * p - lr * (m / (1 - b1^t)) / (sqrt(v) / sqrt(1 - b2^t) + eps)
 * </pre>
 * Loshchilov &amp; Hutter, "Decoupled Weight Decay Regularization", ICLR 2019. With weight decay 0 it
 * is Adam.
 */
public record AdamW(double learningRate, double beta1, double beta2, double epsilon, double weightDecay,
                    boolean amsgrad) implements OptimizerSpec {

    public AdamW {
        Hyper.learningRate(learningRate);
        Hyper.beta("beta1", beta1);
        Hyper.beta("beta2", beta2);
        Hyper.epsilon(epsilon);
        Hyper.weightDecay(weightDecay);
    }

    /** PyTorch's defaults, weight decay 1e-2 included. */
    public static AdamW defaults() {
        return withLearningRate(1e-3);
    }

    public static AdamW withLearningRate(double learningRate) {
        return new AdamW(learningRate, 0.9, 0.999, 1e-8, 1e-2, false);
    }

    public AdamW withBetas(double newBeta1, double newBeta2) {
        return new AdamW(learningRate, newBeta1, newBeta2, epsilon, weightDecay, amsgrad);
    }

    public AdamW withEpsilon(double newEpsilon) {
        return new AdamW(learningRate, beta1, beta2, newEpsilon, weightDecay, amsgrad);
    }

    public AdamW withWeightDecay(double newWeightDecay) {
        return new AdamW(learningRate, beta1, beta2, epsilon, newWeightDecay, amsgrad);
    }

    @Override
    public Optimizer create(int parameterCount) {
        return new ChainedOptimizer(parameterCount, LearningRate.constant(learningRate), List.of(
                new ScaleByAdam(parameterCount, beta1, beta2, epsilon, amsgrad),
                new DecoupledWeightDecay(weightDecay)));
    }
}
