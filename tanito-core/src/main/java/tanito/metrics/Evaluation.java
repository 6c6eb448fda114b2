package tanito.metrics;

/**
 * A model's loss (penalties included, as in training) and metric on one set of rows.
 *
 * @param metricName "accuracy" or "mse"
 */
public record Evaluation(int rows, double loss, String metricName, double metric) {}
