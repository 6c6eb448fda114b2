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

    /**
     * Every one of the 120 orders of five items is equally likely, drawn as the epochs draw theirs (a
     * fresh split stream each): 120,000 draws, Pearson's chi-square against 1,000 each. The bound,
     * 172.5, is the 0.999 quantile of chi-square with 119 degrees of freedom (Wilson-Hilferty); a
     * Fisher-Yates that draws j from [0, i) instead of [0, i] (Sattolo's cycles only) scores in the
     * hundreds of thousands.
     */
    @Test
    void everyOrderOfFiveItemsIsEquallyLikely() {
        int draws = 120_000;
        int[] counts = new int[120];
        for (int k = 0; k < draws; k++) {
            counts[rank(Rng.seeded(5).split(2, k).permutation(5))]++;
        }
        assertTrue(chiSquare(counts, draws / 120.0) < 172.5, Arrays.toString(counts));
    }

    /**
     * Consecutive epochs' orders are independent: where item 0 lands in epoch e and in epoch e + 1 is
     * uniform over the 36 pairs of six positions (60,000 pairs of epochs; the bound, 66.7, is the 0.999
     * quantile of chi-square with 35 degrees of freedom).
     */
    @Test
    void consecutiveEpochsOrdersAreIndependent() {
        int pairs = 60_000;
        int[] counts = new int[36];
        for (int e = 0; e < pairs; e++) {
            counts[6 * positionOfZero(Rng.seeded(9).split(2, e).permutation(6))
                    + positionOfZero(Rng.seeded(9).split(2, e + 1).permutation(6))]++;
        }
        assertTrue(chiSquare(counts, pairs / 36.0) < 66.7, Arrays.toString(counts));
    }

    /** The permutation's index in lexicographic order (its Lehmer code read as a factorial-base number). */
    private static int rank(int[] p) {
        int rank = 0;
        for (int i = 0; i < p.length; i++) {
            int smallerAfter = 0;
            for (int j = i + 1; j < p.length; j++) {
                smallerAfter += p[j] < p[i] ? 1 : 0;
            }
            rank = rank * (p.length - i) + smallerAfter;
        }
        return rank;
    }

    private static int positionOfZero(int[] p) {
        for (int i = 0; i < p.length; i++) {
            if (p[i] == 0) {
                return i;
            }
        }
        throw new AssertionError("no 0 in " + Arrays.toString(p));
    }

    private static double chiSquare(int[] counts, double expected) {
        double sum = 0;
        for (int count : counts) {
            sum += (count - expected) * (count - expected) / expected;
        }
        return sum;
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
