package tanito.data;

import static tanito.Require.require;

import java.util.Arrays;
import tanito.linalg.Matrix;

/**
 * Standardisation, scikit-learn's {@code StandardScaler}: {@code y = (x - mean) / scale} per column,
 * where mean and scale are the training column's mean and population standard deviation
 * ({@code ddof = 0}). A constant column keeps scale 1, so it maps to 0 instead of dividing by zero;
 * "constant" uses scikit-learn's rounding-aware test ({@code var <= n eps var + (n mean eps)^2}),
 * so a column of one repeated float is constant even when its computed variance is a few ulps.
 *
 * <p>Statistics are computed in double by {@link ColumnMoments}, with the corrected two-pass variance
 * scikit-learn uses ({@code (sum d^2 - (sum d)^2 / n) / n} with {@code d = x - mean}); transforms run
 * in double and round to float once.
 *
 * @param mean  the training mean of each column
 * @param scale the training standard deviation of each column (1 for a constant column), &gt; 0
 */
public record StandardScaler(double[] mean, double[] scale) implements Scaler {
    private static final double EPS = Math.ulp(1.0);

    public StandardScaler {
        require(mean.length == scale.length, "mean has %d columns but scale has %d", mean.length, scale.length);
        for (int c = 0; c < mean.length; c++) {
            require(Double.isFinite(mean[c]), "mean of column %d must be finite, was %s", c, mean[c]);
            require(scale[c] > 0 && Double.isFinite(scale[c]), "scale of column %d must be finite and > 0, was %s",
                    c, scale[c]);
        }
        mean = mean.clone();
        scale = scale.clone();
    }

    /** Learns each column's mean and standard deviation from {@code train}, which must have rows. */
    static StandardScaler fit(Matrix train) {
        return ColumnMoments.of(train).scaler();
    }

    /**
     * The scaler of columns with these statistics over {@code count} rows, as {@link #fit} makes it:
     * scale is the square root of the population variance, or 1 for a column the rounding-aware test
     * ({@code var <= n eps var + (n mean eps)^2}) calls constant. For statistics gathered elsewhere,
     * such as combined from a cluster's partitions.
     *
     * @param count    the number of rows, &gt; 0
     * @param mean     each column's mean
     * @param variance each column's population variance ({@code ddof = 0})
     */
    public static StandardScaler of(long count, double[] mean, double[] variance) {
        require(count > 0, "cannot fit a standard scaler on %d rows", count);
        require(mean.length == variance.length, "mean has %d columns but variance has %d", mean.length,
                variance.length);
        double[] scale = new double[mean.length];
        for (int c = 0; c < scale.length; c++) {
            boolean constant = variance[c] <= count * EPS * variance[c] + Math.pow(count * mean[c] * EPS, 2);
            scale[c] = constant ? 1.0 : Math.sqrt(variance[c]);
        }
        return new StandardScaler(mean, scale);
    }

    @Override
    public Matrix transform(Matrix raw) {
        return ColumnAffine.forward(raw, mean, scale);
    }

    @Override
    public Matrix inverse(Matrix scaled) {
        return ColumnAffine.inverse(scaled, mean, scale);
    }

    /** A copy: the fitted statistics cannot be changed through it. */
    @Override
    public double[] mean() {
        return mean.clone();
    }

    /** A copy: the fitted statistics cannot be changed through it. */
    @Override
    public double[] scale() {
        return scale.clone();
    }

    /** Equal when both arrays hold bit-identical values (a record's default compares array identity). */
    @Override
    public boolean equals(Object other) {
        return other instanceof StandardScaler s && Arrays.equals(mean, s.mean) && Arrays.equals(scale, s.scale);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(scale);
    }

    @Override
    public String toString() {
        return "StandardScaler[mean=" + Arrays.toString(mean) + ", scale=" + Arrays.toString(scale) + "]";
    }
}
