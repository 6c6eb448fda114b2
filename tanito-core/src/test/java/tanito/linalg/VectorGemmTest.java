package tanito.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The Vector API products: every element of C is the fused multiply-add chain over the inner
 * dimension in order, in every transposition form, at any offset, stride, alpha and beta, whichever
 * tile or leftover panel computes it; so a product split over the cores gives the same bits as the
 * whole one ({@link SplitGemmTest}). tanito-core's pom runs it with the machine's vectors and, on x86,
 * with 256-bit ones ({@code -XX:UseAVX=2}), so that both tile heights are covered.
 */
class VectorGemmTest {
    private static final Gemm VECTOR = new VectorGemm();

    @Test
    void theTestsRunWithTheVectorApi() {
        assertTrue(MatMul.pureJava() instanceof VectorGemm,
                "the tests' JVM lacks --add-modules jdk.incubator.vector (see tanito-core's pom)");
        Integer bits = Integer.getInteger("tanito.test.vectorBits");
        if (bits != null) {
            assertEquals(bits, VectorTiles.SPECIES.vectorBitSize(), "the vector width this run asked for");
        }
    }

    @Property(tries = 120)
    void everyElementIsTheFusedChainOverTheInnerDimension(
            @ForAll boolean transA, @ForAll boolean transB, @ForAll @IntRange(min = 1, max = 70) int m,
            @ForAll @IntRange(min = 1, max = 90) int n, @ForAll @IntRange(min = 1, max = 40) int k,
            @ForAll @IntRange(min = 0, max = 5) int padding, @ForAll @IntRange(min = 0, max = 7) int offset,
            @ForAll("scalars") float alpha, @ForAll("scalars") float beta, @ForAll long seed) {
        checkEveryElement(transA, transB, m, n, k, padding, offset, alpha, beta, seed);
    }

    /** Products large enough for the 8-row tiles where the vectors are 512 bits wide (4-row ones elsewhere). */
    @Property(tries = 25)
    void largeProductsToo(
            @ForAll boolean transA, @ForAll boolean transB, @ForAll @IntRange(min = 8, max = 40) int m,
            @ForAll @IntRange(min = 32, max = 90) int n, @ForAll @IntRange(min = 1100, max = 1200) int k,
            @ForAll @IntRange(min = 0, max = 5) int padding, @ForAll @IntRange(min = 0, max = 7) int offset,
            @ForAll("scalars") float alpha, @ForAll("scalars") float beta, @ForAll long seed) {
        int columns = n - n % VectorTiles.LANES;
        assertEquals(VectorTiles.SPECIES.vectorBitSize() >= 512, VectorTiles.eightRows(m, columns, k));
        checkEveryElement(transA, transB, m, n, k, padding, offset, alpha, beta, seed);
    }

    private static void checkEveryElement(boolean transA, boolean transB, int m, int n, int k, int padding, int offset,
                                          float alpha, float beta, long seed) {
        int lda = (transA ? m : k) + padding;
        int ldb = (transB ? k : n) + padding;
        int ldc = n + padding;
        float[] a = gaussian(offset + (transA ? k : m) * lda, seed);
        float[] b = gaussian(offset + (transB ? n : k) * ldb, seed + 1);
        float[] c = gaussian(offset + m * ldc, seed + 2);
        float[] expected = c.clone();
        VECTOR.sgemm(transA, transB, m, n, k, alpha, a, offset, lda, b, offset, ldb, beta, c, offset, ldc);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float sum = 0f;
                for (int p = 0; p < k; p++) {
                    float aip = a[offset + (transA ? p * lda + i : i * lda + p)];
                    float bpj = b[offset + (transB ? j * ldb + p : p * ldb + j)];
                    sum = Math.fma(aip, bpj, sum);
                }
                int at = offset + i * ldc + j;
                float scaled = beta == 0f ? 0f : beta == 1f ? expected[at] : beta * expected[at];
                expected[at] = scaled + alpha * sum;
            }
        }
        for (int at = 0; at < c.length; at++) {
            assertEquals(expected[at], c[at], "element " + at + " of C (offset " + offset + ", ldc " + ldc + ")");
        }
    }

    @Provide
    Arbitrary<Float> scalars() {
        return Arbitraries.of(0f, 1f, -1f, 0.5f, -2.25f);
    }

    @Test
    void betaZeroIgnoresWhatCHeld() {
        float[] c = {Float.NaN, Float.POSITIVE_INFINITY};
        VECTOR.sgemm(false, false, 1, 2, 1, 1f, new float[] {2f}, 0, 1, new float[] {3f, 4f}, 0, 2, 0f, c, 0, 2);
        assertEquals(6f, c[0]);
        assertEquals(8f, c[1]);
    }

    private static float[] gaussian(int size, long seed) {
        Rng rng = Rng.seeded(seed);
        float[] x = new float[size];
        for (int i = 0; i < size; i++) {
            x[i] = (float) rng.nextGaussian();
        }
        return x;
    }
}
