/**
 * Optimisers: an immutable {@link tanito.optim.OptimizerSpec} (hyper-parameters named, validated)
 * creates a fresh {@link tanito.optim.Optimizer} per run. Optimisers are chains of small
 * {@link tanito.optim.Stage}s (weight decay, momentum, ...) followed by the learning-rate step, in
 * the manner of optax; each stage's Javadoc states its equations, its convention and its source.
 * Update rules follow {@code torch.optim}.
 */
package tanito.optim;
