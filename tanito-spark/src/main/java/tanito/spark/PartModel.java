package tanito.spark;

import java.io.Serializable;

/**
 * What one partition returns after its local steps of an {@code average} round: the rows it trained
 * on, the sums of the batches' losses (times their rows) and metrics, its weights and its optimiser's
 * state arrays (none when the optimiser's state cannot be averaged); or, when a loss stopped being
 * finite, that loss ({@code weights} null).
 */
record PartModel(int rows, double lossSum, double metricSum, float[] weights, float[][] state)
        implements Serializable {

    static PartModel idle() {
        return new PartModel(0, 0, 0, null, null);
    }

    static PartModel failed(double loss) {
        return new PartModel(0, loss, Double.NaN, null, null);
    }

    boolean isFailed() {
        return !Double.isFinite(lossSum);
    }
}
