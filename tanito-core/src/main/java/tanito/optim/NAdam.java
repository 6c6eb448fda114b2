package tanito.optim;

import static tanito.Require.require;

/**
 * NAdam with {@code torch.optim.NAdam}'s defaults (lr 2e-3, betas 0.9 and 0.999, eps 1e-8, momentum
 * decay 4e-3) and PyTorch 2's rule: see {@link ScaleByNadam} for the equations (Dozat, 2016), with
 * coupled weight decay {@code g = g + weightDecay * p} before them.
 */
public record NAdam(double learningRate, double beta1, double beta2, double epsilon, double weightDecay,
                    double momentumDecay) implements OptimizerSpec {

    public NAdam {
        Hyper.learningRate(learningRate);
        Hyper.beta("beta1", beta1);
        Hyper.beta("beta2", beta2);
        Hyper.epsilon(epsilon);
        Hyper.weightDecay(weightDecay);
        require(momentumDecay >= 0 && Double.isFinite(momentumDecay), "momentumDecay must be >= 0, was %s",
                momentumDecay);
    }

    public static NAdam defaults() {
        return withLearningRate(2e-3);
    }

    public static NAdam withLearningRate(double learningRate) {
        return new NAdam(learningRate, 0.9, 0.999, 1e-8, 0, 4e-3);
    }

    public NAdam withBetas(double newBeta1, double newBeta2) {
        return new NAdam(learningRate, newBeta1, newBeta2, epsilon, weightDecay, momentumDecay);
    }

    public NAdam withEpsilon(double newEpsilon) {
        return new NAdam(learningRate, beta1, beta2, newEpsilon, weightDecay, momentumDecay);
    }

    public NAdam withWeightDecay(double newWeightDecay) {
        return new NAdam(learningRate, beta1, beta2, epsilon, newWeightDecay, momentumDecay);
    }

    @Override
    public Optimizer create(int parameterCount) {
        return ChainedOptimizer.afterCoupledDecay(parameterCount, LearningRate.constant(learningRate), weightDecay,
                new ScaleByNadam(parameterCount, beta1, beta2, epsilon, momentumDecay));
    }
}
