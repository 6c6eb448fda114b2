package tanito.report.demo;

import tanito.metrics.History;

/**
 * How one {@link Variant} did: its history, the epoch whose weights it kept, and its final metric
 * (accuracy for classification, mean squared error for regression) and loss per split.
 */
public record Outcome(String label, History history, int weightsEpoch, double trainMetric, double validationMetric,
                      double testMetric, double trainLoss, double validationLoss) {

    /** One of the history's columns (loss, val_loss, the metric, val_ + metric) as an array per epoch. */
    public double[] series(String key) {
        return history.values(key);
    }
}
