package tanito.spark;

import java.io.Serializable;

/**
 * What one partition returns for its share of a batch: how many rows it had, their mean loss
 * (without penalties, which the driver adds once), the mean gradient over them, and the metric's sum.
 * A partition with no rows in the batch returns {@code rows == 0} and no gradient.
 */
record PartGradient(int rows, double loss, float[] gradient, double metricSum) implements Serializable {

    static PartGradient none() {
        return new PartGradient(0, 0, null, 0);
    }
}
