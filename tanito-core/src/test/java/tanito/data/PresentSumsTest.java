package tanito.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.linalg.Matrix;

/** Counts and sums of present values: of a table, added from two parts, and the mean imputer they make. */
class PresentSumsTest {
    private static final float NAN = Float.NaN;

    @Test
    void countsAndSumsSkipMissingValues() {
        PresentSums sums = PresentSums.of(Matrix.of(new float[][] {{1, NAN}, {NAN, NAN}, {4, 2}}));
        assertEquals(3, sums.rows());
        assertArrayEquals(new long[] {2, 1}, sums.counts());
        assertArrayEquals(new double[] {5, 2}, sums.sums());
        assertEquals(new Imputer.Mean(List.of(2.5, 2.0)), sums.imputer());
    }

    @Test
    void twoPartsAddUpToTheWholeAndItsMeanImputer() {
        Matrix whole = Matrix.of(new float[][] {{1, NAN}, {NAN, 3}, {4, 2}, {7, NAN}});
        PresentSums parts = PresentSums.of(Matrix.of(new float[][] {{1, NAN}, {NAN, 3}}))
                .plus(PresentSums.of(Matrix.of(new float[][] {{4, 2}, {7, NAN}})));
        assertEquals(4, parts.rows());
        assertArrayEquals(new long[] {3, 2}, parts.counts());
        assertEquals(ImputerSpec.mean().fit(whole), parts.imputer());
        assertEquals(new Imputer.Mean(List.of(4.0, 2.5)), parts.imputer());
    }

    @Test
    void aColumnWithoutValuesFailsNamingIt() {
        PresentSums sums = PresentSums.of(Matrix.of(new float[][] {{1, NAN}, {2, NAN}}));
        assertEquals("cannot fit the mean imputer: column 1 has no value in the 2 training rows",
                assertThrows(IllegalArgumentException.class, sums::imputer).getMessage());
    }
}
