package tanito.data;

import static tanito.Require.require;

import java.util.Arrays;
import tanito.linalg.Matrix;

/**
 * Robust scaling, scikit-learn 1.2's {@code RobustScaler()} with its defaults (centring, scaling,
 * {@code quantile_range=(25, 75)}, no {@code unit_variance}): per column
 * {@code y = (x - median) / (q75 - q25)}, so outliers move neither the centre nor the scale much.
 *
 * <p>The median and the 25th and 75th percentiles are numpy's ({@code np.nanmedian},
 * {@code np.nanpercentile} with the default {@code method="linear"}): on the sorted column
 * {@code v[0..n-1]}, the q-th percentile is at position {@code h = (n - 1) q / 100}, interpolated
 * linearly between {@code v[floor h]} and {@code v[floor h + 1]}; the median of an even count is the
 * mean of the two middle values. An interquartile range below 10 machine epsilons (scikit-learn's
 * {@code _handle_zeros_in_scale} for float64 data) keeps scale 1, so such a column is only centred.
 *
 * @param center the training median of each column
 * @param scale  the training interquartile range of each column (1 when it is zero), &gt; 0
 */
public record RobustScaler(double[] center, double[] scale) implements Scaler {
    private static final double TINY_RANGE = 10 * Math.ulp(1.0);

    public RobustScaler {
        require(center.length == scale.length, "center has %d columns but scale has %d", center.length, scale.length);
        for (int c = 0; c < center.length; c++) {
            require(Double.isFinite(center[c]), "center of column %d must be finite, was %s", c, center[c]);
            require(scale[c] > 0 && Double.isFinite(scale[c]), "scale of column %d must be finite and > 0, was %s",
                    c, scale[c]);
        }
        center = center.clone();
        scale = scale.clone();
    }

    /** Learns each column's median and interquartile range from {@code train}, which must have rows. */
    static RobustScaler fit(Matrix train) {
        int n = train.rows(), cols = train.cols();
        require(n > 0, "cannot fit a robust scaler on 0 rows");
        double[][] sorted = new double[cols][];
        for (int c = 0; c < cols; c++) {
            sorted[c] = ColumnValues.sorted(train, c);
        }
        return ofSorted(sorted);
    }

    /**
     * The scaler of these columns, each given as all its training values in ascending order (as
     * {@link #fit} sorts them), such as merged from a cluster's partitions: the arrays are read only.
     */
    public static RobustScaler ofSorted(double[][] sortedColumns) {
        double[] center = new double[sortedColumns.length], scale = new double[sortedColumns.length];
        for (int c = 0; c < center.length; c++) {
            double[] column = sortedColumns[c];
            int n = column.length;
            require(n > 0, "cannot fit a robust scaler on 0 rows");
            center[c] = ColumnValues.median(column);
            double range = percentile(column, 75) - percentile(column, 25);
            scale[c] = range < TINY_RANGE ? 1.0 : range;
        }
        return new RobustScaler(center, scale);
    }

    /**
     * numpy's linear percentile of a sorted array, with numpy's {@code _lerp}: {@code a + (b - a) t},
     * or {@code b - (b - a) (1 - t)} when {@code t >= 0.5}, so that it is exact at both ends.
     */
    static double percentile(double[] sorted, double q) {
        double h = (sorted.length - 1) * (q / 100);
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        double t = h - below, a = sorted[below], b = sorted[above], difference = b - a;
        return t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
    }

    @Override
    public Matrix transform(Matrix raw) {
        return ColumnAffine.forward(raw, center, scale);
    }

    @Override
    public Matrix inverse(Matrix scaled) {
        return ColumnAffine.inverse(scaled, center, scale);
    }

    /** A copy: the fitted statistics cannot be changed through it. */
    @Override
    public double[] center() {
        return center.clone();
    }

    /** A copy: the fitted statistics cannot be changed through it. */
    @Override
    public double[] scale() {
        return scale.clone();
    }

    /** Equal when both arrays hold bit-identical values (a record's default compares array identity). */
    @Override
    public boolean equals(Object other) {
        return other instanceof RobustScaler s && Arrays.equals(center, s.center) && Arrays.equals(scale, s.scale);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(center) + Arrays.hashCode(scale);
    }

    @Override
    public String toString() {
        return "RobustScaler[center=" + Arrays.toString(center) + ", scale=" + Arrays.toString(scale) + "]";
    }
}
