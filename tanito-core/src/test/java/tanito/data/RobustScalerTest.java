package tanito.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tanito.linalg.Matrix;

class RobustScalerTest {
    @Test
    void medianAndInterquartileRangeWithNumpysLinearInterpolation() {
        // five rows, sorted columns 1 2 3 4 100 and 1 2 2.5 3 4: the median is the middle value, q25 and q75
        // fall on positions 1 and 3 exactly: centres 3 and 2.5, ranges 4 - 2 and 3 - 2
        Matrix train = Matrix.of(new float[][] {{100, 4}, {1, 1}, {3, 3}, {2, 2}, {4, 2.5f}});
        RobustScaler odd = (RobustScaler) ScalerSpec.robust().fit(train);
        assertArrayEquals(new double[] {3, 2.5}, odd.center());
        assertArrayEquals(new double[] {2, 1}, odd.scale());
        assertTrue(odd.transform(train).contentEquals(
                Matrix.of(new float[][] {{48.5f, 1.5f}, {-1, -1.5f}, {0, 0.5f}, {-0.5f, -0.5f}, {0.5f, 0}})));
        // the first four rows, sorted 1 2 3 100 and 1 2 3 4: the median is the mean of the middle two (2.5);
        // q25 at position 0.75 (1.75 in both), q75 at 2.25 (3 + 0.25 * 97 = 27.25 and 3.25)
        RobustScaler even = (RobustScaler) ScalerSpec.robust().fit(train.rowRange(0, 4));
        assertArrayEquals(new double[] {2.5, 2.5}, even.center());
        assertArrayEquals(new double[] {25.5, 1.5}, even.scale());
    }

    @Test
    void percentileIsExactAtTheEndsAndInterpolatesBetween() {
        double[] sorted = {10, 20, 30, 40};
        assertEquals(10, RobustScaler.percentile(sorted, 0));
        assertEquals(40, RobustScaler.percentile(sorted, 100));
        assertEquals(17.5, RobustScaler.percentile(sorted, 25)); // position 0.75
        assertEquals(32.5, RobustScaler.percentile(sorted, 75)); // position 2.25
        assertEquals(7, RobustScaler.percentile(new double[] {7}, 75));
    }

    @Test
    void aZeroInterquartileRangeKeepsScaleOne() {
        Matrix train = Matrix.of(new float[][] {{0}, {0}, {0}, {0}, {9}}); // q25 = q75 = 0, an outlier
        RobustScaler scaler = (RobustScaler) ScalerSpec.robust().fit(train);
        assertArrayEquals(new double[] {0}, scaler.center());
        assertArrayEquals(new double[] {1}, scaler.scale());
        assertTrue(scaler.transform(train).contentEquals(train));
    }

    @Test
    void neitherDirectionMutatesItsInput() {
        Matrix train = Matrix.of(new float[][] {{3, 1}, {1, 2}, {2, 0}});
        Matrix before = train.copy();
        RobustScaler scaler = (RobustScaler) ScalerSpec.robust().fit(train);
        assertTrue(train.contentEquals(before), "fitting sorts a copy");
        Matrix scaled = scaler.transform(train);
        Matrix scaledBefore = scaled.copy();
        assertTrue(scaler.inverse(scaled).contentEquals(train));
        assertTrue(scaled.contentEquals(scaledBefore));
        scaler.center()[0] = 99;
        assertEquals(2.0, scaler.center()[0], "the fitted statistics are copies");
    }

    @Test
    void errorsNameTheValues() {
        Scaler scaler = ScalerSpec.robust().fit(Matrix.zeros(3, 2));
        assertEquals("the scaler was fitted on 2 columns, this matrix has 4", assertThrows(
                IllegalArgumentException.class, () -> scaler.transform(Matrix.zeros(1, 4))).getMessage());
        assertEquals("the scaler was fitted on 2 columns, this matrix has 0", assertThrows(
                IllegalArgumentException.class, () -> scaler.inverse(Matrix.zeros(1, 0))).getMessage());
        assertEquals("cannot fit a robust scaler on 0 rows", assertThrows(IllegalArgumentException.class,
                () -> ScalerSpec.robust().fit(Matrix.zeros(0, 2))).getMessage());
        assertEquals("center has 2 columns but scale has 1", assertThrows(IllegalArgumentException.class,
                () -> new RobustScaler(new double[] {0, 0}, new double[] {1})).getMessage());
        assertEquals("center of column 0 must be finite, was NaN", assertThrows(IllegalArgumentException.class,
                () -> ScalerSpec.robust().fit(Matrix.of(new float[][] {{Float.NaN}}))).getMessage());
        assertEquals("scale of column 1 must be finite and > 0, was 0.0", assertThrows(IllegalArgumentException.class,
                () -> new RobustScaler(new double[] {0, 0}, new double[] {1, 0})).getMessage());
    }
}
