/**
 * L-BFGS, the limited-memory quasi-Newton method, with {@code torch.optim.LBFGS} semantics
 * (PyTorch 1.13): the {@link tanito.optim.lbfgs.Lbfgs} spec, the optimiser that keeps the curvature
 * history across steps, the two-loop recursion, and its line searches (fixed step, strong Wolfe,
 * Armijo backtracking).
 *
 * <p>It is the one optimiser that evaluates its {@link tanito.optim.Objective} several times per
 * step, so it belongs with full-batch (or large-batch) training. Its vector loops are
 * {@link tanito.linalg.Vectors}'s; dot products and all scalars are in double, history vectors in
 * float.
 */
package tanito.optim.lbfgs;
