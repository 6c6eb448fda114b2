package tanito.optim;

import static tanito.Require.require;

/**
 * AdaGrad with {@code torch.optim.Adagrad} semantics and defaults (lr 1e-2, lr decay 0, initial
 * accumulator 0, eps 1e-10):
 * <pre>
 *   g = g + weightDecay * p;   s = s + g^2;   p = p - lr / (1 + (t - 1) lrDecay) * g / (sqrt(s) + eps)
 * </pre>
 * Duchi, Hazan &amp; Singer, JMLR 2011. See {@link ScaleByAdagrad}.
 */
public record Adagrad(double learningRate, double learningRateDecay, double weightDecay,
                      double initialAccumulatorValue, double epsilon) implements OptimizerSpec {

    public Adagrad {
        Hyper.learningRate(learningRate);
        require(learningRateDecay >= 0 && Double.isFinite(learningRateDecay),
                "learningRateDecay must be >= 0, was %s", learningRateDecay);
        Hyper.weightDecay(weightDecay);
        require(initialAccumulatorValue >= 0 && Double.isFinite(initialAccumulatorValue),
                "initialAccumulatorValue must be >= 0, was %s", initialAccumulatorValue);
        Hyper.epsilon(epsilon);
    }

    public static Adagrad defaults() {
        return withLearningRate(1e-2);
    }

    public static Adagrad withLearningRate(double learningRate) {
        return new Adagrad(learningRate, 0, 0, 0, 1e-10);
    }

    public Adagrad withLearningRateDecay(double decay) {
        return new Adagrad(learningRate, decay, weightDecay, initialAccumulatorValue, epsilon);
    }

    public Adagrad withInitialAccumulatorValue(double value) {
        return new Adagrad(learningRate, learningRateDecay, weightDecay, value, epsilon);
    }

    public Adagrad withWeightDecay(double newWeightDecay) {
        return new Adagrad(learningRate, learningRateDecay, newWeightDecay, initialAccumulatorValue, epsilon);
    }

    public Adagrad withEpsilon(double newEpsilon) {
        return new Adagrad(learningRate, learningRateDecay, weightDecay, initialAccumulatorValue, newEpsilon);
    }

    @Override
    public Optimizer create(int parameterCount) {
        LearningRate decaying = LearningRate.inverseTime(learningRate, learningRateDecay);
        return ChainedOptimizer.afterCoupledDecay(parameterCount, decaying, weightDecay,
                new ScaleByAdagrad(parameterCount, initialAccumulatorValue, epsilon));
    }
}
