package tanito.optim.lbfgs;

import tanito.linalg.Params;
import tanito.linalg.Vectors;
import tanito.optim.Objective;

/**
 * No line search, torch's {@code line_search_fn=None}: {@code x = x + t0 d}, then one evaluation at
 * the new point, except on a step's last iteration, where torch does not re-evaluate ("in a
 * stochastic setting, no use to re-evaluate that function here"); the next step evaluates there.
 */
final class FixedStep implements StepLength {

    @Override
    public Result search(Params params, Objective objective, float[] direction, double initialStep, double value,
                         double slope, boolean lastIteration) {
        Vectors.addScaled(initialStep, direction, params.values());
        if (lastIteration) {
            return new Result(value, initialStep, 0);
        }
        return new Result(objective.evaluate(params.values(), params.gradients()), initialStep, 1);
    }
}
