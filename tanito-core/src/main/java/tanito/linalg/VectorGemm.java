package tanito.linalg;

import static tanito.linalg.VectorTiles.eightRows;
import static tanito.linalg.VectorTiles.tile1x1;
import static tanito.linalg.VectorTiles.tile1x2;
import static tanito.linalg.VectorTiles.tile4x1;
import static tanito.linalg.VectorTiles.tile4x2;
import static tanito.linalg.VectorTiles.tile8x2;

import java.util.Arrays;

/**
 * Matrix products in pure Java on the Vector API ({@code jdk.incubator.vector}), for machines without
 * native BLAS, by register tiles ({@link VectorTiles}) of 8 rows of C by two vectors of columns
 * (8 x 32 floats) with AVX-512's 32 vector registers and products large enough, of 4 rows otherwise,
 * each step of the inner dimension one broadcast of an element of A per row and one fused multiply-add
 * per accumulator, the tile's 16 or 8 accumulators staying in registers:
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
 * BLAS is missing) and then prints one warning line at start-up; without it these classes cannot run,
 * and {@link MatMul#pureJava()} picks netlib's kernels instead.
 */
final class VectorGemm implements Gemm {
    private static final int LANES = VectorTiles.LANES;
    /** Each thread's scratch: op(B) packed row-major, then the leftover columns' panel and their results. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);
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
        boolean eightRows = eightRows(m, cols, k);
        int j = 0;
        for (; j + 2 * LANES <= cols; j += 2 * LANES) {
            int i = 0;
            for (; eightRows && i + 8 <= m; i += 8) {
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
                Arrays.fill(c, row, row + n, 0f);
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
            Arrays.fill(buffer, 0, size, 0f);
            return buffer;
        }
    }
}
