package tanito.data;

import static tanito.Require.require;

import java.io.Serializable;
import tanito.linalg.Matrix;

/**
 * The count, mean and sum of squared deviations ({@code M2}) of each column of some rows, in double:
 * what a {@link StandardScaler} is fitted from, and what parts of a training set (a cluster's
 * partitions) can compute on their own and {@link #plus combine}.
 *
 * <p>{@link #of} is the corrected two-pass algorithm scikit-learn uses: {@code mean = sum x / n}, then
 * with {@code d = x - mean}, {@code M2 = sum d^2 - (sum d)^2 / n}. {@link #plus} is the parallel
 * update of Chan, Golub and LeVeque (1979): with {@code delta = mean_b - mean_a},
 * {@code mean = mean_a + delta n_b / n} and {@code M2 = M2_a + M2_b + delta^2 n_a n_b / n}. One part
 * gives exactly {@link #of} of all rows; several give the same up to rounding.
 *
 * @param count the number of rows, &gt; 0
 * @param mean  each column's mean
 * @param m2    each column's sum of squared deviations from its mean
 */
public record ColumnMoments(long count, double[] mean, double[] m2) implements Serializable {

    public ColumnMoments {
        require(count > 0, "moments need rows, count was %d", count);
        require(mean.length == m2.length, "mean has %d columns but m2 has %d", mean.length, m2.length);
        mean = mean.clone();
        m2 = m2.clone();
    }

    /** The moments of the rows of {@code rows}, which must have some. */
    public static ColumnMoments of(Matrix rows) {
        int n = rows.rows(), cols = rows.cols();
        require(n > 0, "cannot fit a standard scaler on 0 rows");
        double[] mean = new double[cols], sum = new double[cols], squares = new double[cols];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < cols; c++) {
                sum[c] += rows.get(r, c);
            }
        }
        for (int c = 0; c < cols; c++) {
            mean[c] = sum[c] / n;
            sum[c] = 0; // now the sum of deviations, for the correction term
        }
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < cols; c++) {
                double d = rows.get(r, c) - mean[c];
                sum[c] += d;
                squares[c] += d * d;
            }
        }
        for (int c = 0; c < cols; c++) {
            squares[c] -= sum[c] * sum[c] / n;
        }
        return new ColumnMoments(n, mean, squares);
    }

    /** The moments of these rows followed by {@code other}'s (Chan et al.'s update). */
    public ColumnMoments plus(ColumnMoments other) {
        require(other.mean.length == mean.length, "cannot combine moments of %d and %d columns", mean.length,
                other.mean.length);
        long n = count + other.count;
        double[] combinedMean = new double[mean.length], combinedM2 = new double[mean.length];
        for (int c = 0; c < mean.length; c++) {
            double delta = other.mean[c] - mean[c];
            combinedMean[c] = mean[c] + delta * other.count / n;
            combinedM2[c] = m2[c] + other.m2[c] + delta * delta * count * other.count / n;
        }
        return new ColumnMoments(n, combinedMean, combinedM2);
    }

    /** The standard scaler of these moments: population variance {@code M2 / n} ({@link StandardScaler#of}). */
    public StandardScaler scaler() {
        double[] variance = new double[m2.length];
        for (int c = 0; c < variance.length; c++) {
            variance[c] = m2[c] / count;
        }
        return StandardScaler.of(count, mean, variance);
    }

    /** A copy. */
    @Override
    public double[] mean() {
        return mean.clone();
    }

    /** A copy. */
    @Override
    public double[] m2() {
        return m2.clone();
    }
}
