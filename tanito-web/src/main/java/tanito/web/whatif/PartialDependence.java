package tanito.web.whatif;

import static tanito.Require.require;

import java.util.function.Function;
import tanito.linalg.Matrix;

/**
 * Partial dependence of the model's outputs on one feature (Friedman 2001, "Greedy function
 * approximation", section 8.2), on a grid of {@code GRID} evenly spaced values over the feature's
 * observed range:
 * <pre>
 *   around a point x:  f_j(v) = f(x with x_j = v)                 (an individual conditional expectation curve)
 *   over the data:     PD_j(v) = (1/n) sum_i f(x_i with x_ij = v)
 * </pre>
 * The outputs are the class probabilities, or the predicted value for regression. The average is
 * over at most {@link #AVERAGED_ROWS} rows, evenly spaced through the data (row {@code floor(i n / m)}
 * for {@code i < m}), which bounds the work at {@code GRID * AVERAGED_ROWS} predictions.
 *
 * @param grid the feature's values, ascending
 * @param point {@code point[g][k]}: output k around the point at {@code grid[g]}
 * @param average {@code average[g][k]}: output k averaged over the data rows at {@code grid[g]}
 * @param averagedRows how many rows the average is over
 */
public record PartialDependence(String feature, double[] grid, double[][] point, double[][] average,
                                int averagedRows) {
    /** Grid points per curve. */
    public static final int GRID = 25;
    /** The most rows the average is over. */
    public static final int AVERAGED_ROWS = 500;

    public PartialDependence {
        require(grid.length == point.length && grid.length == average.length,
                "%d grid values but %d and %d curve points", grid.length, point.length, average.length);
    }

    /** The curves of {@code probe}'s model for feature {@code feature} around {@code features} and over its data. */
    public static PartialDependence of(Probe probe, int feature, float[] features) {
        probe.predict(features); // checks the point
        double[] grid = grid(probe.column(feature), GRID);
        Function<Matrix, double[][]> outputs = rows -> Predictions.outputs(probe.model(), rows);
        Matrix point = Matrix.wrap(features.clone(), 1, features.length);
        Matrix rows = spread(probe.data().features(), AVERAGED_ROWS);
        return new PartialDependence(probe.model().featureNames().get(feature), grid,
                averages(outputs, point, feature, grid), averages(outputs, rows, feature, grid), rows.rows());
    }

    /** At most {@code most} rows of {@code all}, evenly spaced; {@code all} itself when it has no more. */
    static Matrix spread(Matrix all, int most) {
        int n = all.rows();
        if (n <= most) {
            return all;
        }
        Matrix rows = Matrix.zeros(most, all.cols());
        for (int i = 0; i < most; i++) {
            rows.row(i).copyFrom(all.row((int) ((long) i * n / most)));
        }
        return rows;
    }

    /** {@code points} evenly spaced values from the column's least to its greatest (one value if constant). */
    static double[] grid(float[] column, int points) {
        require(points >= 2, "a grid needs >= 2 points, had %d", points);
        Range range = Range.of(column);
        if (range.width() == 0) {
            return new double[] {range.min()};
        }
        double[] grid = new double[points];
        for (int g = 0; g < points; g++) {
            grid[g] = g == points - 1 ? range.max() : range.min() + range.width() * g / (points - 1);
        }
        return grid;
    }

    /**
     * {@code result[g][k]}: the mean over the rows of {@code rows} of output k when feature
     * {@code feature} is set to {@code grid[g]}; one call of {@code outputs} for all grid values.
     */
    static double[][] averages(Function<Matrix, double[][]> outputs, Matrix rows, int feature, double[] grid) {
        int n = rows.rows();
        Matrix stacked = Matrix.zeros(n * grid.length, rows.cols());
        for (int g = 0; g < grid.length; g++) {
            stacked.rowRange(g * n, (g + 1) * n).copyFrom(rows);
            for (int r = 0; r < n; r++) {
                stacked.set(g * n + r, feature, (float) grid[g]);
            }
        }
        double[][] all = outputs.apply(stacked);
        double[][] result = new double[grid.length][all[0].length];
        for (int g = 0; g < grid.length; g++) {
            for (int r = 0; r < n; r++) {
                for (int k = 0; k < result[g].length; k++) {
                    result[g][k] += all[g * n + r][k] / n;
                }
            }
        }
        return result;
    }
}
