/**
 * Tanito: train neural networks in Java with the classic training tricks, done right and fast.
 *
 * <p>The root package holds only what every layer of the library shares ({@link tanito.Require}).
 * The dependencies point inward: {@code linalg <- {nn, loss, regularize, optim, data, metrics} <-
 * train <- io}.
 */
package tanito;
