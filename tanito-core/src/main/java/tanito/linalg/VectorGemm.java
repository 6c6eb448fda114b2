package tanito.linalg;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Matrix products in pure Java on the Vector API ({@code jdk.incubator.vector}), for machines without
 * native BLAS: register tiles of 8 rows of C by two vectors of columns (8 x 32 floats) with AVX-512's
 * 32 vector registers, of 4 rows with fewer (AVX2's 16), each step of the inner dimension one
 * broadcast of an element of A per row and one fused multiply-add per accumulator, the tile's 16 or 8
 * accumulators staying in registers:
 * <pre>
 *   acc(i, j) = fma(A(i, p), B(p, j), acc(i, j))   for p = 0 .. k-1, from acc = 0;   C(i, j) = beta C(i, j) + alpha acc(i, j)
 * </pre>
 * Every element of C is that chain, in that order, wherever it falls in a tile and whichever way
 * {@link SplitGemm} cuts the product, so the result is the same bits for any split and thread count
 * (and equals a scalar {@link Math#fma} loop). Where B is transposed it is first copied into a
 * row-major panel; columns left over by the vector width are computed on a zero-padded panel.
 *
 * <p>Measured on one core of an AMD EPYC (AVX-512), against netlib's pure-Java kernels at the
 * benchmark net's shapes: see {@code docs/performance.md}. The module is an incubator module in Java
 * 17 to 25: the JVM needs {@code --add-modules jdk.incubator.vector} (the launcher adds it where native
 * BLAS is missing) and then prints one warning line at start-up; without it this class cannot load,
 * and {@link MatMul#pureJava()} picks netlib's kernels instead.
 */
final class VectorGemm implements Gemm {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    /** Each thread's scratch: op(B) packed row-major, then the leftover columns' panel and their results. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);
    /**
     * Tiles of 8 rows where the vectors are 512 bits wide (AVX-512, 32 vector registers: 16
     * accumulators, B's two vectors and a broadcast fit), else of 4. Measured on one core at the
     * benchmark's shapes, the eight products of a training step: 8-row tiles took 148-154 µs instead
     * of 178-189 at batch 16, 800-864 instead of 1,070-1,268 at 128; with 256-bit vectors
     * ({@code -XX:UseAVX=2}, 16 registers) they spilled, 319-321 µs instead of 246-252 at 16.
     */
    private static final boolean EIGHT_ROW_TILES = SPECIES.vectorBitSize() >= 512;
    /** The side of the blocks a transposed B is copied in. */
    private static final int BLOCK = 16;

    @Override
    public void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] a, int offsetA, int lda,
                      float[] b, int offsetB, int ldb, float beta, float[] c, int offsetC, int ldc) {
        scale(m, n, beta, c, offsetC, ldc);
        if (transB) {
            b = transpose(b, offsetB, ldb, n, k, SCRATCH.get().packed(k * n));
            offsetB = 0;
            ldb = n;
        }
        // element (i, p) of op(A) is a[offsetA + i * rowStep + p * colStep]
        int rowStep = transA ? 1 : lda;
        int colStep = transA ? lda : 1;
        int full = n - n % LANES;
        region(m, full, k, alpha, a, offsetA, rowStep, colStep, b, offsetB, ldb, c, offsetC, ldc);
        if (full < n) {
            leftoverColumns(m, n - full, k, alpha, a, offsetA, rowStep, colStep, b, offsetB + full, ldb, c, offsetC + full,
                    ldc, SCRATCH.get());
        }
    }

    /** The first {@code cols} columns of C (a multiple of the vector width), every row: by column blocks, then rows. */
    private static void region(int m, int cols, int k, float alpha, float[] a, int offsetA, int rowStep, int colStep,
                               float[] b, int offsetB, int ldb, float[] c, int offsetC, int ldc) {
        int j = 0;
        for (; j + 2 * LANES <= cols; j += 2 * LANES) {
            int i = 0;
            for (; EIGHT_ROW_TILES && i + 8 <= m; i += 8) {
                tile8x2(k, alpha, a, offsetA + i * rowStep, rowStep, colStep, b, offsetB + j, ldb, c, offsetC + i * ldc + j, ldc);
            }
            for (; i + 4 <= m; i += 4) {
                tile4x2(k, alpha, a, offsetA + i * rowStep, rowStep, colStep, b, offsetB + j, ldb, c, offsetC + i * ldc + j, ldc);
            }
            for (; i < m; i++) {
                tile1x2(k, alpha, a, offsetA + i * rowStep, colStep, b, offsetB + j, ldb, c, offsetC + i * ldc + j);
            }
        }
        for (; j < cols; j += LANES) {
            columns(m, k, alpha, a, offsetA, rowStep, colStep, b, offsetB + j, ldb, c, offsetC + j, ldc);
        }
    }

    /**
     * {@code panel} (k x n, row-major) = the transpose of the n x k matrix at {@code b}, in blocks of
     * {@value #BLOCK} x {@value #BLOCK} so that reads and writes both stay within a few cache lines
     * (element by element, the product of 16 x 128 by the transpose of 256 x 128 took 80 µs with its
     * copy, on a loaded machine; in blocks, 33).
     */
    private static float[] transpose(float[] b, int offsetB, int ldb, int n, int k, float[] panel) {
        for (int j0 = 0; j0 < n; j0 += BLOCK) {
            int j1 = Math.min(n, j0 + BLOCK);
            for (int p0 = 0; p0 < k; p0 += BLOCK) {
                int p1 = Math.min(k, p0 + BLOCK);
                for (int j = j0; j < j1; j++) {
                    for (int p = p0, from = offsetB + j * ldb; p < p1; p++) {
                        panel[p * n + j] = b[from + p];
                    }
                }
            }
        }
        return panel;
    }

    /** C = beta C, where beta = 0 clears C whatever it held (as BLAS does: C is then not read). */
    private static void scale(int m, int n, float beta, float[] c, int offsetC, int ldc) {
        if (beta == 1f) {
            return;
        }
        for (int i = 0; i < m; i++) {
            int row = offsetC + i * ldc;
            if (beta == 0f) {
                java.util.Arrays.fill(c, row, row + n, 0f);
            } else {
                Vectors.scale(c, row, n, beta);
            }
        }
    }

    /** One vector of columns, every row: tiles of 4 rows, then single rows. */
    private static void columns(int m, int k, float alpha, float[] a, int offsetA, int rowStep, int colStep,
                                float[] b, int offsetB, int ldb, float[] c, int offsetC, int ldc) {
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            tile4x1(k, alpha, a, offsetA + i * rowStep, rowStep, colStep, b, offsetB, ldb, c, offsetC + i * ldc, ldc);
        }
        for (; i < m; i++) {
            tile1x1(k, alpha, a, offsetA + i * rowStep, colStep, b, offsetB, ldb, c, offsetC + i * ldc);
        }
    }

    /**
     * The last {@code width < LANES} columns: B's columns copied into a k x LANES panel padded with
     * zeros, the products computed into scratch rows of LANES, and the first {@code width} of each added to C.
     */
    private static void leftoverColumns(int m, int width, int k, float alpha, float[] a, int offsetA, int rowStep,
                                        int colStep, float[] b, int offsetB, int ldb, float[] c, int offsetC, int ldc,
                                        Scratch scratch) {
        float[] panel = scratch.leftover(k * LANES);
        for (int p = 0; p < k; p++) {
            System.arraycopy(b, offsetB + p * ldb, panel, p * LANES, width);
        }
        float[] rows = scratch.results(m * LANES);
        columns(m, k, alpha, a, offsetA, rowStep, colStep, panel, 0, LANES, rows, 0, LANES);
        for (int i = 0; i < m; i++) {
            for (int t = 0; t < width; t++) {
                c[offsetC + i * ldc + t] += rows[i * LANES + t];
            }
        }
    }

    /**
     * Eight rows by two vectors, 16 accumulators. Its last steps are written out rather than calls to
     * {@link #addTo}: at this size C2 stops inlining ordinary methods (NodeCountInliningCutoff), and an
     * accumulator handed to a method that is not inlined must become a Java object.
     */
    private static void tile8x2(int k, float alpha, float[] a, int a0, int rowStep, int colStep,
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

    private static void tile4x2(int k, float alpha, float[] a, int a0, int rowStep, int colStep,
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

    private static void tile1x2(int k, float alpha, float[] a, int a0, int colStep,
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

    private static void tile4x1(int k, float alpha, float[] a, int a0, int rowStep, int colStep,
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

    private static void tile1x1(int k, float alpha, float[] a, int a0, int colStep,
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

    @Override
    public String description() {
        return "pure Java (Tanito's Vector API kernels, " + LANES * Float.SIZE + "-bit vectors; "
                + "install libopenblas0-pthread for native speed)";
    }

    @Override
    public boolean isNative() {
        return false;
    }

    /** One thread's buffers, grown on demand and kept, so that products allocate nothing once warm. */
    private static final class Scratch {
        private float[] packed = new float[0];
        private float[] leftover = new float[0];
        private float[] results = new float[0];

        float[] packed(int size) {
            if (packed.length < size) {
                packed = new float[size];
            }
            return packed;
        }

        /** Zeroed where the copied columns do not reach, so the padding multiplies as zeros. */
        float[] leftover(int size) {
            leftover = zeroed(leftover, size);
            return leftover;
        }

        /** Zeroed, since the tiles add into it. */
        float[] results(int size) {
            results = zeroed(results, size);
            return results;
        }

        private static float[] zeroed(float[] buffer, int size) {
            if (buffer.length < size) {
                return new float[size];
            }
            java.util.Arrays.fill(buffer, 0, size, 0f);
            return buffer;
        }
    }
}
