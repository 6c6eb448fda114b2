package tanito.optim;

/**
 * RMSProp with {@code torch.optim.RMSprop} semantics and defaults (lr 1e-2, alpha 0.99, eps 1e-8, no
 * momentum, not centered):
 * <pre>
 *   g = g + weightDecay * p;   d = g / (sqrt(v) + eps)   (see {@link ScaleByRms}; centered subtracts the mean^2)
 *   momentum &gt; 0:  b = momentum * b + d;  p = p - lr * b        else  p = p - lr * d
 * </pre>
 * The momentum buffer starts at zero, so it is {@link Momentum} without dampening. Hinton's lecture
 * 6e (2012); centered: Graves (2013).
 */
public record RmsProp(double learningRate, double alpha, double epsilon, double weightDecay, double momentum,
                      boolean centered) implements OptimizerSpec {

    public RmsProp {
        Hyper.learningRate(learningRate);
        Hyper.beta("alpha", alpha);
        Hyper.epsilon(epsilon);
        Hyper.weightDecay(weightDecay);
        Hyper.beta("momentum", momentum);
    }

    public static RmsProp defaults() {
        return withLearningRate(1e-2);
    }

    public static RmsProp withLearningRate(double learningRate) {
        return new RmsProp(learningRate, 0.99, 1e-8, 0, 0, false);
    }

    public RmsProp withAlpha(double newAlpha) {
        return new RmsProp(learningRate, newAlpha, epsilon, weightDecay, momentum, centered);
    }

    public RmsProp withEpsilon(double newEpsilon) {
        return new RmsProp(learningRate, alpha, newEpsilon, weightDecay, momentum, centered);
    }

    public RmsProp withWeightDecay(double newWeightDecay) {
        return new RmsProp(learningRate, alpha, epsilon, newWeightDecay, momentum, centered);
    }

    public RmsProp withMomentum(double newMomentum) {
        return new RmsProp(learningRate, alpha, epsilon, weightDecay, newMomentum, centered);
    }

    public RmsProp withCentered(boolean newCentered) {
        return new RmsProp(learningRate, alpha, epsilon, weightDecay, momentum, newCentered);
    }

    @Override
    public Optimizer create(int parameterCount) {
        Stage scaling = new ScaleByRms(parameterCount, alpha, epsilon, centered);
        return momentum > 0
                ? ChainedOptimizer.afterCoupledDecay(parameterCount, LearningRate.constant(learningRate), weightDecay,
                        scaling, new Momentum(parameterCount, momentum, 0, false))
                : ChainedOptimizer.afterCoupledDecay(parameterCount, LearningRate.constant(learningRate), weightDecay,
                        scaling);
    }
}
