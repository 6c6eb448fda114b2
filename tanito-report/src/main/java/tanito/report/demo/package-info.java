/**
 * The lecture's demonstrations, each a few training runs on the real engine and a chart:
 * overfitting and early stopping, standardisation on and off, dropout on and off, the optimisers
 * side by side, and the elephant (few parameters fit, many overfit). {@code ./tanito example NAME}
 * runs them.
 */
package tanito.report.demo;
