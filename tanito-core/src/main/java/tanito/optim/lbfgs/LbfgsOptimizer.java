package tanito.optim.lbfgs;

import static tanito.Require.require;

import tanito.linalg.Params;
import tanito.linalg.Vectors;
import tanito.optim.LearningRate;
import tanito.optim.Objective;
import tanito.optim.Optimizer;

/**
 * A running L-BFGS: one {@link #step} is one {@code torch.optim.LBFGS.step(closure)}. From f and g at
 * x it runs up to {@code maxIterations} iterations of
 * <pre>
 *   d = -g (very first iteration)   or   d = -H g (two-loop recursion, {@link CurvatureHistory})
 *   t0 = min(1, 1/|g|_1) lr (very first iteration)   or   t0 = lr
 *   stop if g'd &gt; -toleranceChange;   x = x + t d, t from the line search starting at t0
 * </pre>
 * and stops early when the evaluations this step reach {@code maxEvaluations}, when
 * {@code max|g| <= toleranceGrad}, when {@code max|t d| <= toleranceChange}, or when f changed by less
 * than {@code toleranceChange}. The direction, step length, curvature pairs, gamma, previous gradient
 * and iteration count carry over to the next step, as torch keeps them. Like torch, an iteration that
 * stops on the slope test has already stored its new d and t0, which the next pair then uses.
 */
public final class LbfgsOptimizer implements Optimizer {
    private final Lbfgs spec;
    private final StepLength stepLength;
    private final CurvatureHistory history;
    private final float[] direction;
    private final float[] previousGradient;
    private double step;
    private long iterations;
    private long evaluations;
    private long steps;
    private double scale = 1;

    public LbfgsOptimizer(Lbfgs spec, int parameterCount) {
        require(parameterCount > 0, "parameterCount must be > 0, was %d", parameterCount);
        this.spec = spec;
        this.stepLength = spec.lineSearch().create(parameterCount);
        this.history = new CurvatureHistory(spec.historySize());
        this.direction = new float[parameterCount];
        this.previousGradient = new float[parameterCount];
    }

    @Override
    public double step(Params params, Objective objective) {
        require(params.size() == direction.length,
                "this optimiser was created for %d parameters, got %d", direction.length, params.size());
        float[] g = params.gradients();
        double startValue = objective.evaluate(params.values(), g);
        evaluations++;
        if (!Double.isFinite(startValue) || Vectors.maxAbs(g) <= spec.toleranceGrad()) {
            return startValue;
        }
        double value = startValue;
        int stepEvaluations = 1;
        boolean moved = false;
        for (int iteration = 1; iteration <= spec.maxIterations(); iteration++) {
            iterations++;
            if (iterations == 1) {
                Vectors.scaled(-1, g, direction);
            } else {
                history.offer(g, previousGradient, direction, step);
                history.direction(g, direction);
            }
            System.arraycopy(g, 0, previousGradient, 0, g.length);
            double previousValue = value;
            double lr = learningRate();
            step = iterations == 1 ? Math.min(1, 1 / Vectors.sumAbs(g, 0, g.length)) * lr : lr;
            double slope = Vectors.dot(g, direction);
            if (slope > -spec.toleranceChange()) {
                break;
            }
            StepLength.Result accepted = stepLength.search(params, objective, direction, step, value, slope,
                    iteration == spec.maxIterations());
            value = accepted.value();
            step = accepted.step();
            moved |= step != 0;
            stepEvaluations += accepted.evaluations();
            evaluations += accepted.evaluations();
            if (iteration == spec.maxIterations() || stepEvaluations >= spec.maxEvaluations()
                    || Vectors.maxAbs(g) <= spec.toleranceGrad()
                    || Math.abs(step) * Vectors.maxAbs(direction) <= spec.toleranceChange()
                    || Math.abs(value - previousValue) < spec.toleranceChange()) {
                break;
            }
        }
        if (moved) {
            steps++;
        }
        return startValue;
    }

    /** How many times the objective has been evaluated, a non-finite start included (torch's {@code func_evals}). */
    public long evaluations() {
        return evaluations;
    }

    /** How many inner iterations have run over all steps (torch's {@code n_iter}). */
    public long iterations() {
        return iterations;
    }

    /** The number of curvature pairs held now (at most {@code historySize}). */
    public int historyLength() {
        return history.size();
    }

    @Override
    public long steps() {
        return steps;
    }

    @Override
    public double learningRate() {
        return scale * spec.learningRate();
    }

    @Override
    public void setLearningRateMultiplier(double multiplier) {
        scale = LearningRate.requireMultiplier(multiplier);
    }
}
