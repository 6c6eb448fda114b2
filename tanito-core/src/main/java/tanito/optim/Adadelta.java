package tanito.optim;

import static tanito.Require.require;

/**
 * AdaDelta with {@code torch.optim.Adadelta} semantics and defaults (lr 1.0, rho 0.9, eps 1e-6): see
 * {@link ScaleByAdadelta} for the equations (Zeiler, 2012), with coupled weight decay
 * {@code g = g + weightDecay * p} before them and the step {@code p = p - lr * d} after.
 */
public record Adadelta(double learningRate, double rho, double epsilon, double weightDecay) implements OptimizerSpec {

    public Adadelta {
        Hyper.learningRate(learningRate);
        require(rho > 0 && rho < 1, "rho must be in (0, 1), was %s", rho);
        Hyper.epsilon(epsilon);
        Hyper.weightDecay(weightDecay);
    }

    public static Adadelta defaults() {
        return withLearningRate(1.0);
    }

    public static Adadelta withLearningRate(double learningRate) {
        return new Adadelta(learningRate, 0.9, 1e-6, 0);
    }

    public Adadelta withRho(double newRho) {
        return new Adadelta(learningRate, newRho, epsilon, weightDecay);
    }

    public Adadelta withEpsilon(double newEpsilon) {
        return new Adadelta(learningRate, rho, newEpsilon, weightDecay);
    }

    public Adadelta withWeightDecay(double newWeightDecay) {
        return new Adadelta(learningRate, rho, epsilon, newWeightDecay);
    }

    @Override
    public Optimizer create(int parameterCount) {
        return ChainedOptimizer.afterCoupledDecay(parameterCount, LearningRate.constant(learningRate), weightDecay,
                new ScaleByAdadelta(parameterCount, rho, epsilon));
    }
}
