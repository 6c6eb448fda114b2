package tanito.optim;

/**
 * A differentiable function of a flat parameter vector: what every optimiser minimises. For training
 * it is the loss (plus penalties) of one batch as a function of the network's parameters; in tests
 * it is a known function such as Rosenbrock's.
 *
 * <p>First-order optimisers evaluate it once per step; L-BFGS evaluates it again along its search
 * direction. Evaluations at the same point must give the same value (dropout masks are fixed per
 * batch for this reason).
 */
@FunctionalInterface
public interface Objective {

    /** Returns f(x) and writes its gradient into {@code gradient} (same length as x); x is not modified. */
    double evaluate(float[] x, float[] gradient);
}
