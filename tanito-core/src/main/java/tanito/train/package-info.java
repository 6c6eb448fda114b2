/**
 * Training: an immutable {@link tanito.train.TrainerConfig}, the {@link tanito.train.Trainer} with its
 * one short loop, {@link tanito.train.Callback}s (early stopping with Keras semantics among them),
 * and the fitted {@link tanito.train.Model}: preprocessing plus network, which predicts on raw rows.
 */
package tanito.train;
