package tanito.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tanito.linalg.Matrix;

/** scikit-learn's mean_absolute_error and mean_squared_error examples: y_true [3, -0.5, 2, 7], y_pred [2.5, 0, 2, 8]. */
class RegressionTest {
    private final Matrix truth = Matrix.of(new double[][] {{3}, {-0.5}, {2}, {7}});
    private final Matrix predicted = Matrix.of(new double[][] {{2.5}, {0}, {2}, {8}});

    @Test
    void meanAbsoluteErrorIsHalf() {
        assertEquals(0.5, Regression.meanAbsoluteError(predicted, truth), 1e-12);
    }

    @Test
    void rootMeanSquaredErrorIsTheRootOf0375() {
        assertEquals(Math.sqrt(0.375), Regression.rootMeanSquaredError(predicted, truth), 1e-7);
    }
}
