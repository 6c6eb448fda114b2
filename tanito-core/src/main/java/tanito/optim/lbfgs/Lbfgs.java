package tanito.optim.lbfgs;

import static tanito.Require.require;

import java.util.Arrays;
import tanito.optim.Optimizer;
import tanito.optim.OptimizerSpec;

/**
 * L-BFGS (Liu &amp; Nocedal, "On the limited memory BFGS method for large scale optimization",
 * Mathematical Programming 45, 1989) with {@code torch.optim.LBFGS} semantics (PyTorch 1.13, itself
 * after Schmidt's minFunc). Each {@link Optimizer#step} runs up to {@code maxIterations} iterations
 * {@code x = x + t d} with {@code d = -H g}, where H, the inverse-Hessian approximation from the last
 * {@code historySize} pairs {@code s_i = x_{i+1} - x_i}, {@code y_i = g_{i+1} - g_i}, is applied by
 * the two-loop recursion (Nocedal &amp; Wright, Numerical Optimization, 2nd ed., Alg. 7.4, within
 * Alg. 7.5):
 * <pre>
 *   q = g;  for i = k-1 ... k-m:  alpha_i = rho_i s_i'q,  q = q - alpha_i y_i      (rho_i = 1 / y_i's_i)
 *   r = gamma q,  gamma = s_{k-1}'y_{k-1} / y_{k-1}'y_{k-1}
 *   for i = k-m ... k-1:  beta = rho_i y_i'r,  r = r + (alpha_i - beta) s_i;       d = -r
 * </pre>
 * A pair is kept only when {@code y's > 1e-10}. The step length starts at {@code learningRate} (on the
 * very first iteration at {@code min(1, 1/|g|_1) learningRate}) and is then set by {@link #lineSearch}:
 * none (a fixed step), Armijo backtracking, or the strong Wolfe conditions
 * <pre>
 *   f(x + t d) &lt;= f(x) + c1 t g'd,   |g(x + t d)'d| &lt;= c2 |g'd|,   c1 = 1e-4, c2 = 0.9
 * </pre>
 * by torch's port of minFunc's line search with cubic interpolation. A step stops early when
 * {@code max|g| <= toleranceGrad}, when {@code g'd > -toleranceChange}, when {@code max|t d|} or the
 * change in f is at most {@code toleranceChange}, or after {@code maxEvaluations} evaluations. Memory:
 * {@code 2 historySize} float vectors of the parameters' size.
 *
 * @param learningRate torch's {@code lr}: the initial step length of every line search
 * @param maxIterations torch's {@code max_iter}: iterations per step
 * @param maxEvaluations torch's {@code max_eval}: objective evaluations per step (checked after each iteration)
 * @param toleranceGrad torch's {@code tolerance_grad}: first-order optimality on {@code max|g|}
 * @param toleranceChange torch's {@code tolerance_change}: on the slope, the step and the change in f
 * @param historySize torch's {@code history_size}: curvature pairs kept
 * @param lineSearch torch's {@code line_search_fn}, plus {@link LineSearch#BACKTRACKING}
 */
public record Lbfgs(double learningRate, int maxIterations, int maxEvaluations, double toleranceGrad,
                    double toleranceChange, int historySize, LineSearch lineSearch) implements OptimizerSpec {

    public Lbfgs {
        require(learningRate > 0 && Double.isFinite(learningRate), "learningRate must be > 0, was %s", learningRate);
        require(maxIterations > 0, "maxIterations must be > 0, was %d", maxIterations);
        require(maxEvaluations > 0, "maxEvaluations must be > 0, was %d", maxEvaluations);
        require(toleranceGrad >= 0 && Double.isFinite(toleranceGrad),
                "toleranceGrad must be >= 0, was %s", toleranceGrad);
        require(toleranceChange >= 0 && Double.isFinite(toleranceChange),
                "toleranceChange must be >= 0, was %s", toleranceChange);
        require(historySize > 0, "historySize must be > 0, was %d", historySize);
        require(lineSearch != null, "lineSearch must be one of %s, was null", Arrays.toString(LineSearch.values()));
    }

    /**
     * torch's defaults: lr 1, 20 iterations and 25 evaluations per step, tolerances 1e-7 (gradient) and
     * 1e-9 (change), 100 pairs, no line search. {@code withLineSearch(LineSearch.STRONG_WOLFE)} is the
     * usual choice for full-batch training.
     */
    public static Lbfgs defaults() {
        return new Lbfgs(1, 20, 25, 1e-7, 1e-9, 100, LineSearch.NONE);
    }

    public Lbfgs withLearningRate(double newLearningRate) {
        return new Lbfgs(newLearningRate, maxIterations, maxEvaluations, toleranceGrad, toleranceChange, historySize,
                lineSearch);
    }

    /** Also sets {@code maxEvaluations} to {@code newMaxIterations * 5 / 4}, torch's default for it; override after. */
    public Lbfgs withMaxIterations(int newMaxIterations) {
        return new Lbfgs(learningRate, newMaxIterations, newMaxIterations * 5 / 4, toleranceGrad, toleranceChange,
                historySize, lineSearch);
    }

    public Lbfgs withMaxEvaluations(int newMaxEvaluations) {
        return new Lbfgs(learningRate, maxIterations, newMaxEvaluations, toleranceGrad, toleranceChange, historySize,
                lineSearch);
    }

    public Lbfgs withToleranceGrad(double newToleranceGrad) {
        return new Lbfgs(learningRate, maxIterations, maxEvaluations, newToleranceGrad, toleranceChange, historySize,
                lineSearch);
    }

    public Lbfgs withToleranceChange(double newToleranceChange) {
        return new Lbfgs(learningRate, maxIterations, maxEvaluations, toleranceGrad, newToleranceChange, historySize,
                lineSearch);
    }

    public Lbfgs withHistorySize(int newHistorySize) {
        return new Lbfgs(learningRate, maxIterations, maxEvaluations, toleranceGrad, toleranceChange, newHistorySize,
                lineSearch);
    }

    public Lbfgs withLineSearch(LineSearch newLineSearch) {
        return new Lbfgs(learningRate, maxIterations, maxEvaluations, toleranceGrad, toleranceChange, historySize,
                newLineSearch);
    }

    @Override
    public LbfgsOptimizer create(int parameterCount) {
        return new LbfgsOptimizer(this, parameterCount);
    }
}
