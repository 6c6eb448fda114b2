package tanito.optim.lbfgs;

import tanito.linalg.Params;
import tanito.linalg.Vectors;
import tanito.optim.Objective;

/**
 * Armijo backtracking (Nocedal &amp; Wright, Numerical Optimization, 2nd ed., Alg. 3.1, contraction
 * 1/2): tries {@code t = t0, t0/2, t0/4, ...} and accepts the first t with
 * <pre>
 *   f(x + t d) &lt;= f(x) + c1 t g'd,     c1 = 1e-4
 * </pre>
 * evaluating at most 25 times. A non-finite value fails the test. If no trial passes, the step is
 * t = 0: the parameters and gradient go back to x, and L-BFGS then stops the step for lack of progress.
 */
final class Backtracking implements StepLength {
    static final double C1 = 1e-4;
    static final int MAX_EVALUATIONS = 25;

    private final float[] start;
    private final float[] startGradient;

    Backtracking(int parameterCount) {
        this.start = new float[parameterCount];
        this.startGradient = new float[parameterCount];
    }

    @Override
    public Result search(Params params, Objective objective, float[] direction, double initialStep, double value,
                         double slope, boolean lastIteration) {
        float[] x = params.values();
        System.arraycopy(x, 0, start, 0, x.length);
        System.arraycopy(params.gradients(), 0, startGradient, 0, x.length);
        double t = initialStep;
        for (int evaluations = 1; evaluations <= MAX_EVALUATIONS; evaluations++) {
            Vectors.pointAlong(start, t, direction, x);
            double trial = objective.evaluate(x, params.gradients());
            if (trial <= value + C1 * t * slope) {
                return new Result(trial, t, evaluations);
            }
            t /= 2;
        }
        System.arraycopy(start, 0, x, 0, x.length);
        System.arraycopy(startGradient, 0, params.gradients(), 0, x.length);
        return new Result(value, 0, MAX_EVALUATIONS);
    }
}
