package tanito.spark;

import java.io.Serializable;

/**
 * What one partition returns after its local steps of an {@code average} round: the rows it trained
 * on, the sums of the batches' losses (times their rows) and metrics, and its weights; or, when a
 * loss stopped being finite, that loss ({@code weights} null).
 */
record PartModel(int rows, double lossSum, double metricSum, float[] weights) implements Serializable {

    static PartModel idle() {
        return new PartModel(0, 0, 0, null);
    }

    static PartModel failed(double loss) {
        return new PartModel(0, loss, Double.NaN, null);
    }

    boolean isFailed() {
        return !Double.isFinite(lossSum);
    }
}
