package tanito.optim.lbfgs;

import tanito.linalg.Params;
import tanito.linalg.Vectors;
import tanito.optim.Objective;

/**
 * The strong Wolfe line search of {@code torch.optim.LBFGS} ({@code _strong_wolfe}, ported from
 * Torch7's {@code lswolfe.lua}, itself from minFunc's {@code WolfeLineSearch}; Nocedal &amp; Wright,
 * Numerical Optimization, 2nd ed., Alg. 3.5 and 3.6). It looks for t with
 * <pre>
 *   f(x + t d) &lt;= f(x) + c1 t g'd           (sufficient decrease, c1 = 1e-4)
 *   |g(x + t d)'d| &lt;= c2 |g'd|               (curvature, c2 = 0.9)
 * </pre>
 * Bracketing extrapolates by cubic interpolation within {@code [t + 0.01 (t - t_prev), 10 t]} until an
 * interval holds such a t; zoom then shrinks it by cubic interpolation, moving a trial that lands
 * within 10% of an end to 10% inside. At most 25 evaluations after the first; it stops early when
 * {@code |bracket| max|d| < 1e-9}. It returns the lowest point of the bracket. Beyond torch, a
 * non-finite value counts as +infinity, so that it fails the sufficient-decrease test. Each trial
 * keeps its own copy of the gradient, as torch clones it, so that the accepted one can be returned.
 */
final class StrongWolfe implements StepLength {
    static final double C1 = 1e-4;
    static final double C2 = 0.9;
    static final double TOLERANCE_CHANGE = 1e-9;
    static final int MAX_ITERATIONS = 25;

    /** One trial: step t, value f, its own copy of the gradient g, and the slope g'd. */
    private record Point(double t, double f, float[] g, double slope) {}

    private final float[] start;
    private int evaluations;

    StrongWolfe(int parameterCount) {
        this.start = new float[parameterCount];
    }

    @Override
    public Result search(Params params, Objective objective, float[] direction, double initialStep, double value,
                         double slope, boolean lastIteration) {
        System.arraycopy(params.values(), 0, start, 0, start.length);
        evaluations = 0;
        Point origin = new Point(0, value, params.gradients().clone(), slope);
        Point accepted = search(params, objective, direction, origin, initialStep);
        Vectors.pointAlong(start, accepted.t(), direction, params.values());
        System.arraycopy(accepted.g(), 0, params.gradients(), 0, start.length);
        return new Result(accepted.f(), accepted.t(), evaluations);
    }

    private Point search(Params params, Objective objective, float[] d, Point origin, double t) {
        double f = origin.f();
        double slope = origin.slope();
        Point previous = origin;
        Point next = evaluate(params, objective, d, t);
        Point[] bracket = null;
        int iteration = 0;
        while (iteration < MAX_ITERATIONS) {
            if (next.f() > f + C1 * next.t() * slope || (iteration > 1 && next.f() >= previous.f())) {
                bracket = new Point[] {previous, next};
                break;
            }
            if (Math.abs(next.slope()) <= -C2 * slope) {
                return next;
            }
            if (next.slope() >= 0) {
                bracket = new Point[] {previous, next};
                break;
            }
            double extrapolated = CubicInterpolation.minimum(previous.t(), previous.f(), previous.slope(),
                    next.t(), next.f(), next.slope(), next.t() + 0.01 * (next.t() - previous.t()), next.t() * 10);
            previous = next;
            next = evaluate(params, objective, d, extrapolated);
            iteration++;
        }
        if (iteration == MAX_ITERATIONS) {
            bracket = new Point[] {origin, next};
        }
        return zoom(params, objective, d, origin, bracket, iteration);
    }

    private Point zoom(Params params, Objective objective, float[] d, Point origin, Point[] bracket, int iteration) {
        double dNorm = Vectors.maxAbs(d);
        int low = bracket[0].f() <= bracket[1].f() ? 0 : 1;
        boolean insufficientProgress = false;
        boolean done = false;
        while (!done && iteration < MAX_ITERATIONS) {
            if (Math.abs(bracket[1].t() - bracket[0].t()) * dNorm < TOLERANCE_CHANGE) {
                break;
            }
            double t = CubicInterpolation.minimum(bracket[0].t(), bracket[0].f(), bracket[0].slope(),
                    bracket[1].t(), bracket[1].f(), bracket[1].slope());
            double lower = Math.min(bracket[0].t(), bracket[1].t());
            double upper = Math.max(bracket[0].t(), bracket[1].t());
            double margin = 0.1 * (upper - lower);
            if (Math.min(upper - t, t - lower) < margin) {
                if (insufficientProgress || t >= upper || t <= lower) {
                    t = Math.abs(t - upper) < Math.abs(t - lower) ? upper - margin : lower + margin;
                    insufficientProgress = false;
                } else {
                    insufficientProgress = true;
                }
            } else {
                insufficientProgress = false;
            }
            Point next = evaluate(params, objective, d, t);
            iteration++;
            int high = 1 - low;
            if (next.f() > origin.f() + C1 * t * origin.slope() || next.f() >= bracket[low].f()) {
                bracket[high] = next;
                low = bracket[0].f() <= bracket[1].f() ? 0 : 1;
            } else {
                if (Math.abs(next.slope()) <= -C2 * origin.slope()) {
                    done = true;
                } else if (next.slope() * (bracket[high].t() - bracket[low].t()) >= 0) {
                    bracket[high] = bracket[low];
                }
                bracket[low] = next;
            }
        }
        return bracket[low];
    }

    /** Evaluates f and g at {@code start + t d}, leaving the parameters there. */
    private Point evaluate(Params params, Objective objective, float[] d, double t) {
        Vectors.pointAlong(start, t, d, params.values());
        double f = objective.evaluate(params.values(), params.gradients());
        evaluations++;
        float[] g = params.gradients().clone();
        return new Point(t, Double.isFinite(f) ? f : Double.POSITIVE_INFINITY, g, Vectors.dot(g, d));
    }
}
