package tanito.optim.lbfgs;

import tanito.linalg.Params;
import tanito.optim.Objective;

/**
 * A rule for the step length t along a descent direction d. On entry {@code params.values()} is the
 * point x, {@code params.gradients()} the gradient g there, and the caller passes f(x) and the slope
 * {@code g'd < 0}. On return the parameters are at the accepted point {@code x + t d}, and, when the
 * rule evaluated the objective there, its gradient is in {@code params.gradients()}.
 */
interface StepLength {

    /**
     * The accepted step.
     *
     * @param value the objective at the accepted point ({@code f(x)} when the rule did not evaluate it)
     * @param step the accepted step length t
     * @param evaluations how many times the rule evaluated the objective
     */
    record Result(double value, double step, int evaluations) {}

    /**
     * Moves {@code params} along {@code direction} from the initial guess {@code initialStep}.
     *
     * @param lastIteration whether this is the step's last iteration (the fixed step skips its
     *     evaluation then, as torch does)
     */
    Result search(Params params, Objective objective, float[] direction, double initialStep, double value,
                  double slope, boolean lastIteration);
}
