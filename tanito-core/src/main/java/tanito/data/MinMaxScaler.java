package tanito.data;

import static tanito.Require.require;

import java.util.Arrays;
import tanito.linalg.Matrix;

/**
 * Min-max scaling, scikit-learn 1.2's {@code MinMaxScaler(feature_range=(low, high))}: per column,
 * {@code y = (x - dataMin) / range * (high - low) + low} with {@code range = dataMax - dataMin}, so
 * the training minimum maps to {@code low} and the training maximum to {@code high}; values outside
 * the training range map outside {@code [low, high]} (no clipping, scikit-learn's default).
 *
 * <p>A constant column (range below 10 machine epsilons, scikit-learn's {@code _handle_zeros_in_scale}
 * for float64 data) keeps range 1, as scikit-learn does: it maps to {@code low} on the training data
 * and to {@code low + (x - dataMin) (high - low)} elsewhere.
 *
 * <p>Computed as {@code y = (x - dataMin) / d + low} with the divisor {@code d = range / (high - low)},
 * in double, rounded to float once (scikit-learn computes {@code x * scale_ + min_}: the same map,
 * other rounding). Statistics are exact: the min and max of the float column.
 *
 * @param low     the value the training minimum maps to
 * @param high    the value the training maximum maps to, &gt; low
 * @param dataMin the training minimum of each column
 * @param dataMax the training maximum of each column, &gt;= dataMin
 */
public record MinMaxScaler(double low, double high, double[] dataMin, double[] dataMax) implements Scaler {
    private static final double TINY_RANGE = 10 * Math.ulp(1.0);

    public MinMaxScaler {
        ScalerSpec.MinMax.requireRange(low, high);
        require(dataMin.length == dataMax.length, "dataMin has %d columns but dataMax has %d",
                dataMin.length, dataMax.length);
        for (int c = 0; c < dataMin.length; c++) {
            require(Double.isFinite(dataMin[c]) && Double.isFinite(dataMax[c]) && dataMin[c] <= dataMax[c],
                    "column %d needs a finite dataMin <= dataMax, was %s and %s", c, dataMin[c], dataMax[c]);
        }
        dataMin = dataMin.clone();
        dataMax = dataMax.clone();
    }

    /** Learns each column's minimum and maximum from {@code train}, which must have rows. */
    static MinMaxScaler fit(Matrix train, double low, double high) {
        require(train.rows() > 0, "cannot fit a minmax scaler on 0 rows");
        int cols = train.cols();
        double[] min = new double[cols], max = new double[cols];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int r = 0; r < train.rows(); r++) {
            for (int c = 0; c < cols; c++) {
                float v = train.get(r, c);
                min[c] = Math.min(min[c], v);
                max[c] = Math.max(max[c], v);
            }
        }
        return new MinMaxScaler(low, high, min, max);
    }

    /** The divisor of each column: {@code range / (high - low)}, with range 1 for a constant column. */
    private double[] divisors() {
        double[] d = new double[dataMin.length];
        for (int c = 0; c < d.length; c++) {
            double range = dataMax[c] - dataMin[c];
            d[c] = (range < TINY_RANGE ? 1.0 : range) / (high - low);
        }
        return d;
    }

    @Override
    public Matrix transform(Matrix raw) {
        return ColumnAffine.forward(raw, dataMin, divisors(), low);
    }

    @Override
    public Matrix inverse(Matrix scaled) {
        return ColumnAffine.inverse(scaled, dataMin, divisors(), low);
    }

    /** A copy: the fitted statistics cannot be changed through it. */
    @Override
    public double[] dataMin() {
        return dataMin.clone();
    }

    /** A copy: the fitted statistics cannot be changed through it. */
    @Override
    public double[] dataMax() {
        return dataMax.clone();
    }

    /** Equal when the range and both arrays are bit-identical (a record's default compares array identity). */
    @Override
    public boolean equals(Object other) {
        return other instanceof MinMaxScaler s && Double.compare(low, s.low) == 0 && Double.compare(high, s.high) == 0
                && Arrays.equals(dataMin, s.dataMin) && Arrays.equals(dataMax, s.dataMax);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new double[] {low, high}) * 961 + Arrays.hashCode(dataMin) * 31
                + Arrays.hashCode(dataMax);
    }

    @Override
    public String toString() {
        return "MinMaxScaler[low=" + low + ", high=" + high + ", dataMin=" + Arrays.toString(dataMin)
                + ", dataMax=" + Arrays.toString(dataMax) + "]";
    }
}
