package tanito.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reduction of the shares' gradients: weighted, in the order given, independent of the split. */
class VectorsWeightedSumTest {
    private static final int N = 200_003; // several shares of Parallel.forRange, and an odd tail

    @Test
    void oneVectorOfWeightOneComesBackBitForBit() {
        float[] v = gaussian(1);
        v[7] = -0f;
        v[8] = Float.MIN_VALUE;
        float[] into = new float[N];
        Vectors.weightedSum(List.of(v), new double[] {1}, into);
        assertArrayEquals(v, into);
        assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits(into[7]));
    }

    @Test
    void eachElementIsTheWeightedSumInTheOrderGiven() {
        float[] a = gaussian(2);
        float[] b = gaussian(3);
        float[] c = gaussian(4);
        double[] weights = {0.25, 0, 0.5, 0.25};
        float[] into = new float[N];
        Arrays.fill(into, 99f);
        Vectors.weightedSum(Arrays.asList(a, null, b, c), weights, into);
        for (int i = 0; i < N; i++) {
            float expected = 0.25f * a[i];
            expected += 0.5f * b[i];
            expected += 0.25f * c[i];
            assertEquals(expected, into[i], "element " + i);
        }
    }

    @Test
    void noVectorOfNonZeroWeightGivesZeros() {
        float[] into = {1f, 2f};
        Vectors.weightedSum(Arrays.asList(null, null), new double[] {0, 0}, into);
        assertArrayEquals(new float[2], into);
    }

    @Test
    void vectorsOfAnotherLengthAreRefused() {
        assertEquals("vector lengths differ: 3 and 2", assertThrows(IllegalArgumentException.class,
                () -> Vectors.weightedSum(List.of(new float[3]), new double[] {1}, new float[2])).getMessage());
    }

    private static float[] gaussian(long seed) {
        Rng rng = Rng.seeded(seed);
        float[] v = new float[N];
        for (int i = 0; i < N; i++) {
            v[i] = (float) rng.nextGaussian();
        }
        return v;
    }
}
