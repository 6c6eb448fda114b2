package tanito.optim.lbfgs;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How L-BFGS chooses the step length t along its direction d, starting from the initial guess
 * {@code t0} (the learning rate, and {@code min(1, 1/|g|_1) * lr} on the very first iteration).
 * Written in JSON as torch's names: {@code "none"}, {@code "strong_wolfe"}, {@code "backtracking"}.
 */
public enum LineSearch {

    /**
     * torch's {@code line_search_fn=None}: a fixed step {@code t = t0}, one evaluation at the new
     * point (none on the last iteration of a step, as in torch).
     */
    @JsonProperty("none")
    NONE,

    /**
     * torch's {@code 'strong_wolfe'}: bracketing then zoom with cubic interpolation until
     * {@code f(x + t d) <= f(x) + c1 t g'd} and {@code |g(x + t d)'d| <= c2 |g'd|}, with c1 = 1e-4,
     * c2 = 0.9, at most 25 evaluations after the first (Moré &amp; Thuente 1994; Nocedal &amp; Wright,
     * Alg. 3.5/3.6; torch's port of minFunc's {@code WolfeLineSearch}).
     */
    @JsonProperty("strong_wolfe")
    STRONG_WOLFE,

    /**
     * Armijo backtracking (not in torch): t = t0, t0/2, t0/4, ... until
     * {@code f(x + t d) <= f(x) + 1e-4 t g'd}, at most 25 evaluations; if none passes, t = 0 and the
     * parameters stay where they were (Nocedal &amp; Wright, Alg. 3.1 with contraction 1/2).
     */
    @JsonProperty("backtracking")
    BACKTRACKING;

    /** The step-length rule for a vector of {@code parameterCount} parameters. */
    StepLength create(int parameterCount) {
        return switch (this) {
            case NONE -> new FixedStep();
            case STRONG_WOLFE -> new StrongWolfe(parameterCount);
            case BACKTRACKING -> new Backtracking(parameterCount);
        };
    }
}
