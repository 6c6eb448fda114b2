package tanito.linalg;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link VectorGemm}'s register tiles: a tile of r rows of C by one or two vectors of columns keeps
 * its r x 1 or r x 2 accumulators in vector registers while it runs over the inner dimension, each step
 * one broadcast of an element of A per row and one fused multiply-add per accumulator, then adds alpha
 * times the accumulators to C:
 * <pre>
 *   acc(i, j) = fma(A(i, p), B(p, j), acc(i, j))   for p = 0 .. k-1, from acc = 0;   C(i, j) += alpha acc(i, j)
 * </pre>
 * Element (i, p) of op(A) is {@code a[a0 + i * rowStep + p * colStep]}; B's rows are {@code ldb} apart.
 */
final class VectorTiles {
    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();
    /**
     * Tiles of 8 rows where the vectors are 512 bits wide (AVX-512, 32 vector registers: 16
     * accumulators, B's two vectors and a broadcast fit), else of 4. Measured on one core at the
     * benchmark's shapes, the eight products of a training step: 8-row tiles took 148-154 µs instead
     * of 178-189 at batch 16, 800-864 instead of 1,070-1,268 at 128; with 256-bit vectors
     * ({@code -XX:UseAVX=2}, 16 registers) they spilled, 319-321 µs instead of 246-252 at 16.
     */
    private static final boolean EIGHT_ROWS = SPECIES.vectorBitSize() >= 512;
    /**
     * Products of fewer multiply-adds than this keep to 4-row tiles, so that the small networks of a
     * short run never wait for C2 to compile the larger tile (in which a Vector API operation allocates
     * until then): without it, `train` on the built-in iris took 1.60-2.16 s instead of 1.36-1.91 s
     * (eight interleaved runs each).
     */
    private static final long EIGHT_ROW_WORK = 1L << 18;

    private VectorTiles() {}

    /** Whether an m x n x k product (or block of one) runs on 8-row tiles. */
    static boolean eightRows(int m, int n, int k) {
        return EIGHT_ROWS && (long) m * n * k >= EIGHT_ROW_WORK;
    }

    /**
     * Eight rows by two vectors, 16 accumulators. Its last steps are written out rather than calls to
     * {@link #addTo}: at this size C2 stops inlining ordinary methods (NodeCountInliningCutoff), and an
     * accumulator handed to a method that is not inlined must become a Java object.
     */
    static void tile8x2(int k, float alpha, float[] a, int a0, int rowStep, int colStep,
                        float[] b, int offsetB, int ldb, float[] c, int c0, int ldc) {
        FloatVector s00 = FloatVector.zero(SPECIES), s01 = FloatVector.zero(SPECIES);
        FloatVector s10 = FloatVector.zero(SPECIES), s11 = FloatVector.zero(SPECIES);
        FloatVector s20 = FloatVector.zero(SPECIES), s21 = FloatVector.zero(SPECIES);
        FloatVector s30 = FloatVector.zero(SPECIES), s31 = FloatVector.zero(SPECIES);
        FloatVector s40 = FloatVector.zero(SPECIES), s41 = FloatVector.zero(SPECIES);
        FloatVector s50 = FloatVector.zero(SPECIES), s51 = FloatVector.zero(SPECIES);
        FloatVector s60 = FloatVector.zero(SPECIES), s61 = FloatVector.zero(SPECIES);
        FloatVector s70 = FloatVector.zero(SPECIES), s71 = FloatVector.zero(SPECIES);
        int a1 = a0 + rowStep, a2 = a1 + rowStep, a3 = a2 + rowStep, a4 = a3 + rowStep;
        int a5 = a4 + rowStep, a6 = a5 + rowStep, a7 = a6 + rowStep;
        for (int p = 0, ap = 0, bp = offsetB; p < k; p++, ap += colStep, bp += ldb) {
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, bp);
            FloatVector b1 = FloatVector.fromArray(SPECIES, b, bp + LANES);
            FloatVector x = FloatVector.broadcast(SPECIES, a[a0 + ap]);
            s00 = x.fma(b0, s00);
            s01 = x.fma(b1, s01);
            x = FloatVector.broadcast(SPECIES, a[a1 + ap]);
            s10 = x.fma(b0, s10);
            s11 = x.fma(b1, s11);
            x = FloatVector.broadcast(SPECIES, a[a2 + ap]);
            s20 = x.fma(b0, s20);
            s21 = x.fma(b1, s21);
            x = FloatVector.broadcast(SPECIES, a[a3 + ap]);
            s30 = x.fma(b0, s30);
            s31 = x.fma(b1, s31);
            x = FloatVector.broadcast(SPECIES, a[a4 + ap]);
            s40 = x.fma(b0, s40);
            s41 = x.fma(b1, s41);
            x = FloatVector.broadcast(SPECIES, a[a5 + ap]);
            s50 = x.fma(b0, s50);
            s51 = x.fma(b1, s51);
            x = FloatVector.broadcast(SPECIES, a[a6 + ap]);
            s60 = x.fma(b0, s60);
            s61 = x.fma(b1, s61);
            x = FloatVector.broadcast(SPECIES, a[a7 + ap]);
            s70 = x.fma(b0, s70);
            s71 = x.fma(b1, s71);
        }
        int c1 = c0 + ldc, c2 = c1 + ldc, c3 = c2 + ldc, c4 = c3 + ldc, c5 = c4 + ldc, c6 = c5 + ldc, c7 = c6 + ldc;
        FloatVector.fromArray(SPECIES, c, c0).add(s00.mul(alpha)).intoArray(c, c0);
        FloatVector.fromArray(SPECIES, c, c0 + LANES).add(s01.mul(alpha)).intoArray(c, c0 + LANES);
        FloatVector.fromArray(SPECIES, c, c1).add(s10.mul(alpha)).intoArray(c, c1);
        FloatVector.fromArray(SPECIES, c, c1 + LANES).add(s11.mul(alpha)).intoArray(c, c1 + LANES);
        FloatVector.fromArray(SPECIES, c, c2).add(s20.mul(alpha)).intoArray(c, c2);
        FloatVector.fromArray(SPECIES, c, c2 + LANES).add(s21.mul(alpha)).intoArray(c, c2 + LANES);
        FloatVector.fromArray(SPECIES, c, c3).add(s30.mul(alpha)).intoArray(c, c3);
        FloatVector.fromArray(SPECIES, c, c3 + LANES).add(s31.mul(alpha)).intoArray(c, c3 + LANES);
        FloatVector.fromArray(SPECIES, c, c4).add(s40.mul(alpha)).intoArray(c, c4);
        FloatVector.fromArray(SPECIES, c, c4 + LANES).add(s41.mul(alpha)).intoArray(c, c4 + LANES);
        FloatVector.fromArray(SPECIES, c, c5).add(s50.mul(alpha)).intoArray(c, c5);
        FloatVector.fromArray(SPECIES, c, c5 + LANES).add(s51.mul(alpha)).intoArray(c, c5 + LANES);
        FloatVector.fromArray(SPECIES, c, c6).add(s60.mul(alpha)).intoArray(c, c6);
        FloatVector.fromArray(SPECIES, c, c6 + LANES).add(s61.mul(alpha)).intoArray(c, c6 + LANES);
        FloatVector.fromArray(SPECIES, c, c7).add(s70.mul(alpha)).intoArray(c, c7);
        FloatVector.fromArray(SPECIES, c, c7 + LANES).add(s71.mul(alpha)).intoArray(c, c7 + LANES);
    }

    static void tile4x2(int k, float alpha, float[] a, int a0, int rowStep, int colStep,
                        float[] b, int offsetB, int ldb, float[] c, int c0, int ldc) {
        FloatVector s00 = FloatVector.zero(SPECIES), s01 = FloatVector.zero(SPECIES);
        FloatVector s10 = FloatVector.zero(SPECIES), s11 = FloatVector.zero(SPECIES);
        FloatVector s20 = FloatVector.zero(SPECIES), s21 = FloatVector.zero(SPECIES);
        FloatVector s30 = FloatVector.zero(SPECIES), s31 = FloatVector.zero(SPECIES);
        int a1 = a0 + rowStep, a2 = a1 + rowStep, a3 = a2 + rowStep;
        for (int p = 0, ap = 0, bp = offsetB; p < k; p++, ap += colStep, bp += ldb) {
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, bp);
            FloatVector b1 = FloatVector.fromArray(SPECIES, b, bp + LANES);
            FloatVector x = FloatVector.broadcast(SPECIES, a[a0 + ap]);
            s00 = x.fma(b0, s00);
            s01 = x.fma(b1, s01);
            x = FloatVector.broadcast(SPECIES, a[a1 + ap]);
            s10 = x.fma(b0, s10);
            s11 = x.fma(b1, s11);
            x = FloatVector.broadcast(SPECIES, a[a2 + ap]);
            s20 = x.fma(b0, s20);
            s21 = x.fma(b1, s21);
            x = FloatVector.broadcast(SPECIES, a[a3 + ap]);
            s30 = x.fma(b0, s30);
            s31 = x.fma(b1, s31);
        }
        addTo(c, c0, alpha, s00);
        addTo(c, c0 + LANES, alpha, s01);
        addTo(c, c0 + ldc, alpha, s10);
        addTo(c, c0 + ldc + LANES, alpha, s11);
        addTo(c, c0 + 2 * ldc, alpha, s20);
        addTo(c, c0 + 2 * ldc + LANES, alpha, s21);
        addTo(c, c0 + 3 * ldc, alpha, s30);
        addTo(c, c0 + 3 * ldc + LANES, alpha, s31);
    }

    static void tile1x2(int k, float alpha, float[] a, int a0, int colStep,
                        float[] b, int offsetB, int ldb, float[] c, int c0) {
        FloatVector s0 = FloatVector.zero(SPECIES), s1 = FloatVector.zero(SPECIES);
        for (int p = 0, ap = a0, bp = offsetB; p < k; p++, ap += colStep, bp += ldb) {
            FloatVector x = FloatVector.broadcast(SPECIES, a[ap]);
            s0 = x.fma(FloatVector.fromArray(SPECIES, b, bp), s0);
            s1 = x.fma(FloatVector.fromArray(SPECIES, b, bp + LANES), s1);
        }
        addTo(c, c0, alpha, s0);
        addTo(c, c0 + LANES, alpha, s1);
    }

    static void tile4x1(int k, float alpha, float[] a, int a0, int rowStep, int colStep,
                        float[] b, int offsetB, int ldb, float[] c, int c0, int ldc) {
        FloatVector s0 = FloatVector.zero(SPECIES), s1 = FloatVector.zero(SPECIES);
        FloatVector s2 = FloatVector.zero(SPECIES), s3 = FloatVector.zero(SPECIES);
        int a1 = a0 + rowStep, a2 = a1 + rowStep, a3 = a2 + rowStep;
        for (int p = 0, ap = 0, bp = offsetB; p < k; p++, ap += colStep, bp += ldb) {
            FloatVector bv = FloatVector.fromArray(SPECIES, b, bp);
            s0 = FloatVector.broadcast(SPECIES, a[a0 + ap]).fma(bv, s0);
            s1 = FloatVector.broadcast(SPECIES, a[a1 + ap]).fma(bv, s1);
            s2 = FloatVector.broadcast(SPECIES, a[a2 + ap]).fma(bv, s2);
            s3 = FloatVector.broadcast(SPECIES, a[a3 + ap]).fma(bv, s3);
        }
        addTo(c, c0, alpha, s0);
        addTo(c, c0 + ldc, alpha, s1);
        addTo(c, c0 + 2 * ldc, alpha, s2);
        addTo(c, c0 + 3 * ldc, alpha, s3);
    }

    static void tile1x1(int k, float alpha, float[] a, int a0, int colStep,
                        float[] b, int offsetB, int ldb, float[] c, int c0) {
        FloatVector s = FloatVector.zero(SPECIES);
        for (int p = 0, ap = a0, bp = offsetB; p < k; p++, ap += colStep, bp += ldb) {
            s = FloatVector.broadcast(SPECIES, a[ap]).fma(FloatVector.fromArray(SPECIES, b, bp), s);
        }
        addTo(c, c0, alpha, s);
    }

    /** c[at ..] += alpha * sum, one vector. */
    private static void addTo(float[] c, int at, float alpha, FloatVector sum) {
        FloatVector.fromArray(SPECIES, c, at).add(sum.mul(alpha)).intoArray(c, at);
    }
}
