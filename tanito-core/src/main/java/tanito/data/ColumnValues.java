package tanito.data;

import static tanito.Require.require;

import java.util.Arrays;
import tanito.linalg.Matrix;

/**
 * One column of a matrix as doubles, for the statistics that need all its values (medians and
 * percentiles) or only the present ones (imputers), and the median of sorted values.
 */
public final class ColumnValues {
    private ColumnValues() {}

    /** Column {@code column} of {@code m} in ascending order (NaN last, as {@link Arrays#sort} puts them). */
    public static double[] sorted(Matrix m, int column) {
        double[] values = new double[m.rows()];
        for (int r = 0; r < values.length; r++) {
            values[r] = m.get(r, column);
        }
        Arrays.sort(values);
        return values;
    }

    /** The values of column {@code column} of {@code m} that are not NaN, in row order. */
    public static double[] present(Matrix m, int column) {
        double[] values = new double[m.rows()];
        int count = 0;
        for (int r = 0; r < m.rows(); r++) {
            float v = m.get(r, column);
            if (!Float.isNaN(v)) {
                values[count++] = v;
            }
        }
        return Arrays.copyOf(values, count);
    }

    /** The values of column {@code column} of {@code m} that are not NaN, in ascending order. */
    public static double[] sortedPresent(Matrix m, int column) {
        double[] values = present(m, column);
        Arrays.sort(values);
        return values;
    }

    /** NumPy's median of values in ascending order: the middle one, or the mean of the two middle ones. */
    static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Fails, naming the imputer and the column, when the column has no value to fit on. */
    static void requirePresent(String imputer, int column, long count, int rows) {
        require(count > 0, "cannot fit the %s imputer: column %d has no value in the %d training rows",
                imputer, column, rows);
    }
}
