package tanito.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tanito.linalg.Matrix;

/**
 * Column moments: the two-pass values on a table, Chan et al.'s combination of two parts equal to the
 * whole, and the standard scaler they make, constant columns included.
 */
class ColumnMomentsTest {
    // column 0: 1..5 (mean 3, M2 10); column 1: constant 0.1f
    private static final Matrix ROWS = Matrix.of(new float[][] {{1, 0.1f}, {2, 0.1f}, {3, 0.1f}, {4, 0.1f}, {5, 0.1f}});

    @Test
    void twoPassMomentsOfAColumn() {
        ColumnMoments all = ColumnMoments.of(ROWS);
        assertEquals(5, all.count());
        assertEquals(3.0, all.mean()[0]);
        assertEquals(10.0, all.m2()[0]);
        assertEquals((double) 0.1f, all.mean()[1], 1e-17);
    }

    @Test
    void combiningTwoPartsGivesTheMomentsOfTheWhole() {
        ColumnMoments head = ColumnMoments.of(Matrix.of(new float[][] {{1, 0.1f}, {2, 0.1f}}));
        ColumnMoments tail = ColumnMoments.of(Matrix.of(new float[][] {{3, 0.1f}, {4, 0.1f}, {5, 0.1f}}));
        ColumnMoments combined = head.plus(tail);
        assertEquals(5, combined.count());
        assertArrayEquals(new double[] {3.0, 0.1f}, combined.mean(), 1e-15);
        assertArrayEquals(new double[] {10.0, 0.0}, combined.m2(), 1e-15);
    }

    @Test
    void theScalerOfTheMomentsIsTheFittedOneWithConstantColumnsAtScaleOne() {
        StandardScaler scaler = ColumnMoments.of(ROWS).scaler();
        assertEquals(ScalerSpec.standard().fit(ROWS), scaler);
        assertArrayEquals(new double[] {Math.sqrt(2), 1.0}, scaler.scale());
        // a variance below (n mean eps)^2 = 1.2e-32 is rounding: the column counts as constant
        assertEquals(scaler, StandardScaler.of(5, new double[] {3, 0.1f}, new double[] {2, 1e-33}));
    }

    @Test
    void movedOrEmptyInputsFailNamingTheProblem() {
        ColumnMoments two = ColumnMoments.of(Matrix.of(new float[][] {{1, 2}}));
        ColumnMoments one = ColumnMoments.of(Matrix.of(new float[][] {{1}}));
        assertEquals("cannot combine moments of 2 and 1 columns",
                assertThrows(IllegalArgumentException.class, () -> two.plus(one)).getMessage());
        assertEquals("cannot fit a standard scaler on 0 rows",
                assertThrows(IllegalArgumentException.class, () -> ColumnMoments.of(Matrix.zeros(0, 2))).getMessage());
    }
}
