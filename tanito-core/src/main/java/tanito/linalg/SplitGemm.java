package tanito.linalg;

/**
 * A {@link Gemm} that spreads each large product over the cores itself, calling a single-threaded
 * backend on blocks: the rows of C (with the matching rows, or columns, of A) when C is taller than
 * wide, else its columns (with those of B). Every element of C is still computed by one call over the
 * whole inner dimension, so with the pure-Java backend the result does not depend on the number of
 * threads. OpenBLAS's kernels treat the edges of a block differently from its middle, so with them a
 * split product can differ from the whole one in the last bits (measured with its Haswell kernels;
 * as with OpenBLAS's own threads). The blocks depend only on the shape and {@link Parallel#threads()},
 * never on whether the workers are free ({@link Parallel#forShares}): the same seed and thread count
 * give the same bits.
 *
 * <p>Used for the pure-Java backend, which has no threads of its own, and for OpenBLAS when {@code
 * OPENBLAS_NUM_THREADS=1}, as the launcher sets it: then one set of threads, {@link Parallel}'s
 * spinning workers, serves the products and the element-wise kernels. Measured with {@code ./tanito
 * bench} on 2 cores against OpenBLAS's own threads: batch 16 32k to 52k samples/s, batch 64 82k to
 * 95k, batch 256 118k to 110k (each half repacks the shared operand, which OpenBLAS's threads pack
 * once).
 */
final class SplitGemm implements Gemm {
    /**
     * Below this many multiply-adds per share a product runs on the calling thread ({@code
     * -Dtanito.splitWork=N} to measure others). Measured at batch 16 with spinning workers (samples/s):
     * 2^22 (the large products only) 38k, 2^20 47k, 2^18 48k, 2^16 52-53k, 2^14 51k.
     */
    static final long MIN_WORK_PER_SHARE = Long.getLong("tanito.splitWork", 1L << 16);

    private final Gemm inner;

    SplitGemm(Gemm inner) {
        this.inner = inner;
    }

    @Override
    public void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] a, int offsetA, int lda,
                      float[] b, int offsetB, int ldb, float beta, float[] c, int offsetC, int ldc) {
        int shares = (int) Math.min(Integer.MAX_VALUE, (long) m * n * k / MIN_WORK_PER_SHARE);
        if (shares <= 1 || Parallel.threads() <= 1) {
            inner.sgemm(transA, transB, m, n, k, alpha, a, offsetA, lda, b, offsetB, ldb, beta, c, offsetC, ldc);
        } else if (m >= n) {
            Parallel.forShares(m, shares, (from, to) -> inner.sgemm(transA, transB, to - from, n, k, alpha,
                    a, offsetA + (transA ? from : from * lda), lda, b, offsetB, ldb, beta, c, offsetC + from * ldc, ldc));
        } else {
            Parallel.forShares(n, shares, (from, to) -> inner.sgemm(transA, transB, m, to - from, k, alpha,
                    a, offsetA, lda, b, offsetB + (transB ? from * ldb : from), ldb, beta, c, offsetC + from, ldc));
        }
    }

    @Override
    public String description() {
        return inner.description() + ", split over " + Parallel.threads() + " threads by Tanito";
    }

    @Override
    public boolean isNative() {
        return inner.isNative();
    }
}
