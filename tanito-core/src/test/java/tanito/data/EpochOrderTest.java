package tanito.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tanito.linalg.Rng;

class EpochOrderTest {

    @Provide
    Arbitrary<int[]> labels() {
        return Arbitraries.integers().between(0, 4).array(int[].class).ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 300)
    void interleavedIsAPermutationWithoutRepeatsWhereTheMixAllows(@ForAll("labels") int[] labels, @ForAll long seed) {
        int[] order = new EpochOrder.Interleaved().order(labels.length, labels, null, Rng.seeded(seed));
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            assertEquals(i, sorted[i], "every row exactly once");
        }
        for (int i = 0; i + 1 < order.length; i++) {
            if (labels[order[i]] == labels[order[i + 1]]) {
                int repeated = labels[order[i]];
                for (int j = i + 1; j < order.length; j++) {
                    assertEquals(repeated, labels[order[j]],
                            "a class repeats at " + i + " although another class still had rows left");
                }
            }
        }
        int[] counts = new int[5];
        for (int label : labels) {
            counts[label]++;
        }
        if (Arrays.stream(counts).max().getAsInt() <= (labels.length + 1) / 2) {
            for (int i = 0; i + 1 < order.length; i++) {
                assertTrue(labels[order[i]] != labels[order[i + 1]], "no class may repeat when none holds a majority");
            }
        }
    }

    @Test
    void interleavedAlternatesTwoBalancedClasses() {
        int[] labels = {0, 0, 0, 0, 1, 1, 1, 1};
        int[] order = new EpochOrder.Interleaved().order(8, labels, null, Rng.seeded(3));
        for (int i = 0; i + 1 < 8; i++) {
            assertTrue(labels[order[i]] != labels[order[i + 1]]);
        }
    }

    @Test
    void hardFirstPresentsLargeErrorsMoreOftenButNeverStarvesARow() {
        double[] errors = new double[100];
        Arrays.fill(errors, 0.0);
        errors[7] = 10.0; // one hard row among easy ones
        int[] counts = new int[100];
        EpochOrder hard = new EpochOrder.HardFirst(0.3);
        Rng rng = Rng.seeded(5);
        for (int epoch = 0; epoch < 200; epoch++) {
            for (int row : hard.order(100, null, errors, rng.split(epoch))) {
                counts[row]++;
            }
        }
        // row 7 draws 70% of the non-floor picks: about 0.7 * 20,000 + 0.3 * 200 = 14,060
        assertEquals(14_060, counts[7], 600);
        for (int row = 0; row < 100; row++) {
            if (row != 7) {
                assertTrue(counts[row] > 20, "row " + row + " starved: " + counts[row] + " draws");
            }
        }
    }

    @Test
    void hardFirstIsUniformBeforeAnyErrorIsKnownAndNeedsErrors() {
        double[] unknown = new double[50];
        Arrays.fill(unknown, Double.NaN);
        int[] counts = new int[50];
        for (int epoch = 0; epoch < 400; epoch++) {
            for (int row : new EpochOrder.HardFirst(0.3).order(50, null, unknown, Rng.seeded(epoch))) {
                counts[row]++;
            }
        }
        for (int count : counts) {
            assertEquals(400, count, 5 * Math.sqrt(400));
        }
        assertTrue(new EpochOrder.HardFirst(0.3).usesErrors());
        assertTrue(!new EpochOrder.Random().usesErrors());
    }

    @Test
    void ordersAreDeterministicForASeedAndSequentialKeepsTheFileOrder() {
        int[] labels = {0, 1, 2, 0, 1, 2, 2, 2};
        assertArrayEquals(new EpochOrder.Interleaved().order(8, labels, null, Rng.seeded(9)),
                new EpochOrder.Interleaved().order(8, labels, null, Rng.seeded(9)));
        assertArrayEquals(new int[] {0, 1, 2, 3}, new EpochOrder.Sequential().order(4, null, null, Rng.seeded(1)));
        assertEquals(new EpochOrder.HardFirst(EpochOrder.HardFirst.DEFAULT_FLOOR), EpochOrder.named("hard-first"));
    }
}
