package tanito.optim;

import static tanito.Require.require;

/**
 * Stochastic gradient descent with momentum, dampening, Nesterov momentum and coupled weight decay,
 * with {@code torch.optim.SGD} semantics. For gradient g of parameters p at step t:
 * <pre>
 *   d = g + weightDecay * p
 *   b_1 = d;  b_t = momentum * b_{t-1} + (1 - dampening) * d        (when momentum &gt; 0)
 *   d = d + momentum * b_t  (nesterov)  or  d = b_t
 *   p = p - learningRate * d
 * </pre>
 * With a constant learning rate, classical momentum is the lecture's
 * {@code dW(t) = -mu * dC/dW + alpha * dW(t-1)} with mu = learningRate and alpha = momentum.
 * With momentum 0, Nesterov is plain SGD (PyTorch refuses that combination; it is allowed here
 * because it is well defined). Sources: Robbins &amp; Monro (1951); Polyak (1964); Sutskever et al.
 * (2013) for Nesterov in this form.
 */
public record Sgd(double learningRate, double momentum, double dampening, boolean nesterov, double weightDecay)
        implements OptimizerSpec {

    public Sgd {
        Hyper.learningRate(learningRate);
        Hyper.beta("momentum", momentum);
        require(dampening >= 0 && dampening <= 1, "dampening must be in [0, 1], was %s", dampening);
        Hyper.weightDecay(weightDecay);
        require(!nesterov || dampening == 0, "nesterov needs dampening 0, was %s", dampening);
    }

    /** Plain SGD: {@code p = p - lr * g}. */
    public static Sgd plain(double learningRate) {
        return new Sgd(learningRate, 0, 0, false, 0);
    }

    /** SGD with classical (heavy-ball) momentum. */
    public static Sgd momentum(double learningRate, double momentum) {
        return new Sgd(learningRate, momentum, 0, false, 0);
    }

    /** SGD with Nesterov momentum. */
    public static Sgd nesterov(double learningRate, double momentum) {
        return new Sgd(learningRate, momentum, 0, true, 0);
    }

    public Sgd withDampening(double newDampening) {
        return new Sgd(learningRate, momentum, newDampening, nesterov, weightDecay);
    }

    public Sgd withWeightDecay(double newWeightDecay) {
        return new Sgd(learningRate, momentum, dampening, nesterov, newWeightDecay);
    }

    public Sgd withLearningRate(double newLearningRate) {
        return new Sgd(newLearningRate, momentum, dampening, nesterov, weightDecay);
    }

    @Override
    public Optimizer create(int parameterCount) {
        Stage[] momentumStage = momentum > 0
                ? new Stage[] {new Momentum(parameterCount, momentum, dampening, nesterov)} : new Stage[0];
        return ChainedOptimizer.afterCoupledDecay(parameterCount, LearningRate.constant(learningRate), weightDecay,
                momentumStage);
    }
}
