package tanito.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Gathering rows into a batch: every row lands in its place, whether the copy stays on one thread or
 * is split over the cores (from 2 x 16,384 values: most of the shapes drawn below), and nothing else
 * in the target changes.
 */
class RowsGatherTest {

    @Property(tries = 60)
    void everyIndexedRowLandsInItsPlaceAndTheRestOfTheTargetIsUntouched(
            @ForAll @IntRange(min = 1, max = 400) int sourceRows, @ForAll @IntRange(min = 1, max = 900) int cols,
            @ForAll @IntRange(min = 0, max = 300) int count, @ForAll @IntRange(min = 0, max = 20) int from,
            @ForAll long seed) {
        Rng rng = Rng.seeded(seed);
        Matrix source = Matrix.zeros(sourceRows, cols);
        for (int r = 0; r < sourceRows; r++) {
            for (int c = 0; c < cols; c++) {
                source.set(r, c, r * 1000f + c);
            }
        }
        int[] index = new int[from + count + 3];
        for (int i = 0; i < index.length; i++) {
            index[i] = rng.nextInt(sourceRows); // repeats allowed, as in a bootstrap sample
        }
        Matrix target = Matrix.zeros(count + 2, cols);
        for (int r = 0; r < target.rows(); r++) {
            for (int c = 0; c < cols; c++) {
                target.set(r, c, -1f);
            }
        }
        Rows.gather(source, index, from, from + count, target);
        for (int r = 0; r < target.rows(); r++) {
            for (int c = 0; c < cols; c++) {
                float expected = r < count ? index[from + r] * 1000f + c : -1f;
                assertEquals(expected, target.get(r, c), "row " + r + ", column " + c);
            }
        }
    }

    @Test
    void aTargetTooSmallIsRefusedNamingBothShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Rows.gather(Matrix.zeros(10, 3), new int[] {1, 2, 3}, 0, 3, Matrix.zeros(2, 3)));
        assertEquals("cannot gather 3 rows of 10x3 into 2x3", e.getMessage());
    }
}
