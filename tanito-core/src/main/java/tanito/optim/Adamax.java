package tanito.optim;

/**
 * Adamax with {@code torch.optim.Adamax} semantics and defaults (lr 2e-3, betas 0.9 and 0.999, eps
 * 1e-8): see {@link ScaleByAdamax} for the equations (Kingma &amp; Ba, 2015, Section 7.1), with
 * coupled weight decay {@code g = g + weightDecay * p} before them.
 */
public record Adamax(double learningRate, double beta1, double beta2, double epsilon, double weightDecay)
        implements OptimizerSpec {

    public Adamax {
        Hyper.learningRate(learningRate);
        Hyper.beta("beta1", beta1);
        Hyper.beta("beta2", beta2);
        Hyper.epsilon(epsilon);
        Hyper.weightDecay(weightDecay);
    }

    public static Adamax defaults() {
        return withLearningRate(2e-3);
    }

    public static Adamax withLearningRate(double learningRate) {
        return new Adamax(learningRate, 0.9, 0.999, 1e-8, 0);
    }

    public Adamax withBetas(double newBeta1, double newBeta2) {
        return new Adamax(learningRate, newBeta1, newBeta2, epsilon, weightDecay);
    }

    public Adamax withEpsilon(double newEpsilon) {
        return new Adamax(learningRate, beta1, beta2, newEpsilon, weightDecay);
    }

    public Adamax withWeightDecay(double newWeightDecay) {
        return new Adamax(learningRate, beta1, beta2, epsilon, newWeightDecay);
    }

    @Override
    public Optimizer create(int parameterCount) {
        return ChainedOptimizer.afterCoupledDecay(parameterCount, LearningRate.constant(learningRate), weightDecay,
                new ScaleByAdamax(parameterCount, beta1, beta2, epsilon));
    }
}
