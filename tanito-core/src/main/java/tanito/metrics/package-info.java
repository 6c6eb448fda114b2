/**
 * Measuring a run: {@link tanito.metrics.Metric}s (accuracy, mean squared error) as sums over rows,
 * {@link tanito.metrics.EpochMetrics} per epoch, the {@link tanito.metrics.History} of a run, and the
 * {@link tanito.metrics.Evaluation} of a model on a data set.
 */
package tanito.metrics;
