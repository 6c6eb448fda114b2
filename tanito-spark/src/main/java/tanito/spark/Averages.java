package tanito.spark;

import java.util.Arrays;
import java.util.List;

/**
 * The driver's one reduction: a weighted sum of the partitions' float vectors, accumulated in double
 * in partition order and rounded to float once, so that it does not depend on timing and a single
 * vector of weight 1 comes back unchanged bit for bit.
 */
final class Averages {
    private final double[] sum;

    Averages(int length) {
        this.sum = new double[length];
    }

    /** {@code into = sum_p weights[p] vectors[p]}; a null vector (an idle partition) must have weight 0. */
    void weighted(List<float[]> vectors, double[] weights, float[] into) {
        Arrays.fill(sum, 0, into.length, 0);
        for (int p = 0; p < vectors.size(); p++) {
            if (weights[p] == 0) {
                continue;
            }
            float[] v = vectors.get(p);
            for (int i = 0; i < into.length; i++) {
                sum[i] += weights[p] * v[i];
            }
        }
        for (int i = 0; i < into.length; i++) {
            into[i] = (float) sum[i];
        }
    }
}
