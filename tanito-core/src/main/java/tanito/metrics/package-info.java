/**
 * Measuring a run: {@link tanito.metrics.Metric}s (accuracy, mean squared error) as sums over rows,
 * {@link tanito.metrics.EpochMetrics} per epoch, the {@link tanito.metrics.History} of a run, the
 * {@link tanito.metrics.Evaluation} of a model on a data set, and pure functions of predictions
 * against truth: {@link tanito.metrics.ConfusionMatrix}, {@link tanito.metrics.Regression} scores and
 * a binary classifier's ROC and precision-recall {@link tanito.metrics.ThresholdCurve}.
 */
package tanito.metrics;
