package tanito.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RngTest {

    @Test
    void theSameSeedGivesTheSameStream() {
        Rng a = Rng.seeded(42);
        Rng b = Rng.seeded(42);
        for (int i = 0; i < 100; i++) {
            assertEquals(a.nextLong(), b.nextLong());
        }
    }

    @Test
    void aSplitDependsOnTheSeedAndKeysNotOnThePosition() {
        Rng used = Rng.seeded(7);
        for (int i = 0; i < 1000; i++) {
            used.nextLong();
        }
        assertEquals(Rng.seeded(7).split(2, 5).nextLong(), used.split(2, 5).nextLong());
        assertFalse(Rng.seeded(7).split(2, 5).nextLong() == Rng.seeded(7).split(2, 6).nextLong());
        assertFalse(Rng.seeded(7).split(2, 5).nextLong() == Rng.seeded(7).split(5, 2).nextLong());
    }

    @Test
    void aPermutationHoldsEveryIndexOnce() {
        int[] p = Rng.seeded(3).permutation(1000);
        int[] sorted = p.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            assertEquals(i, sorted[i]);
        }
        assertFalse(Arrays.equals(p, sorted), "a permutation of 1000 left in order");
        assertArrayEquals(p, Rng.seeded(3).permutation(1000));
    }

    @Test
    void drawsHaveTheRightMomentsAndRanges() {
        Rng rng = Rng.seeded(11);
        int n = 200_000;
        double sum = 0;
        double sumSquares = 0;
        int[] counts = new int[10];
        for (int i = 0; i < n; i++) {
            double g = rng.nextGaussian();
            sum += g;
            sumSquares += g * g;
            float u = rng.nextFloat();
            assertTrue(u >= 0 && u < 1);
            counts[rng.nextInt(10)]++;
        }
        assertEquals(0, sum / n, 0.01);
        assertEquals(1, sumSquares / n, 0.01);
        for (int count : counts) {
            assertEquals(n / 10.0, count, 5 * Math.sqrt(n / 10.0)); // five binomial standard deviations
        }
    }
}
