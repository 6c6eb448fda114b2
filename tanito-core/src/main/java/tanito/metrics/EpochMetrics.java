package tanito.metrics;

/**
 * What one epoch measured: the training loss (penalties included) and metric, averaged over the
 * epoch's batches as Keras reports them, and the validation loss and metric in evaluation mode
 * after the epoch (NaN when there is no validation set).
 *
 * @param epoch 1-based
 */
public record EpochMetrics(int epoch, double loss, double metric, double validationLoss, double validationMetric) {

    /**
     * A value by its Keras-style key: "loss", "val_loss", or the metric's key with or without
     * "val_" (any metric key selects the metric column).
     */
    public double get(String key) {
        switch (key) {
            case "loss": return loss;
            case "val_loss": return validationLoss;
            default: return key.startsWith("val_") ? validationMetric : metric;
        }
    }

    public boolean hasValidation() {
        return !Double.isNaN(validationLoss);
    }
}
