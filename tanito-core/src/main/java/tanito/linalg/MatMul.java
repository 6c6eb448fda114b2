package tanito.linalg;

import static tanito.Require.failure;

/**
 * Matrix products on {@link Matrix} with their shapes checked, computed by one process-wide
 * {@link Gemm} backend: native BLAS when present, else pure Java (see {@link #choose}). The system
 * property {@code tanito.gemm=java} forces the pure-Java backend.
 */
public final class MatMul {
    /** How long Tanito's idle workers spin when they own the cores ({@code -Dtanito.spinMicros=N}). */
    private static final long SPIN_NANOS = Long.getLong("tanito.spinMicros", 1000) * 1000;
    /** The kernels that compute each product (or each share of one) on one thread, or on BLAS's own threads. */
    private static final Gemm KERNELS = "java".equals(System.getProperty("tanito.gemm")) ? pureJava() : nativeOrPureJava();
    /** Whether the BLAS library spreads each product over the cores with threads of its own. */
    private static final boolean BLAS_THREADED = KERNELS.isNative() && !"1".equals(System.getenv("OPENBLAS_NUM_THREADS"));
    private static final Gemm BACKEND = choose();

    private MatMul() {}

    /**
     * Native BLAS when present, else pure Java; split over the cores by {@link SplitGemm} when the
     * backend is single-threaded: pure Java always, OpenBLAS when {@code OPENBLAS_NUM_THREADS=1} (the
     * launcher sets it), so that one set of threads, Tanito's, serves the products and the element-wise
     * kernels, and its workers may spin between tasks.
     */
    private static Gemm choose() {
        if (BLAS_THREADED || Parallel.threads() <= 1) {
            return KERNELS;
        }
        Parallel.spinBeforeParking(SPIN_NANOS);
        return new SplitGemm(KERNELS);
    }

    private static Gemm nativeOrPureJava() {
        NetlibGemm netlib = NetlibGemm.best();
        return netlib.isNative() ? netlib : pureJava();
    }

    /**
     * The pure-Java kernels this JVM can run: Tanito's on the Vector API where the JVM was started with
     * {@code --add-modules jdk.incubator.vector} ({@code tanito bench} trains 4 to 8 times as fast on
     * them), else netlib's.
     */
    static Gemm pureJava() {
        return VectorApi.present() ? new VectorGemm() : NetlibGemm.javaOnly();
    }

    /**
     * Whether the backend already keeps every core busy in each product (native BLAS with its own
     * threads); if not, independent tasks such as folds are better run side by side.
     */
    public static boolean backendUsesAllCores() {
        return BLAS_THREADED;
    }

    /** The backend every product in this process uses. */
    public static Gemm backend() {
        return BACKEND;
    }

    /**
     * {@code c = alpha * op(a) * op(b) + beta * c}, where {@code op} transposes when asked.
     *
     * @throws IllegalArgumentException naming both shapes when they do not fit
     */
    public static void gemm(boolean transA, Matrix a, boolean transB, Matrix b, float alpha, float beta, Matrix c) {
        int m = transA ? a.cols() : a.rows();
        int k = transA ? a.rows() : a.cols();
        int kb = transB ? b.cols() : b.rows();
        int n = transB ? b.rows() : b.cols();
        if (k != kb) {
            throw failure("cannot multiply %s%s by %s%s: inner sizes %d and %d differ",
                    a.shape(), transA ? "^T" : "", b.shape(), transB ? "^T" : "", k, kb);
        }
        if (c.rows() != m || c.cols() != n) {
            throw failure("the product of %s%s and %s%s is %dx%d, not %s",
                    a.shape(), transA ? "^T" : "", b.shape(), transB ? "^T" : "", m, n, c.shape());
        }
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            Vectors.scale(c.data(), c.offset(), c.size(), beta);
            return;
        }
        BACKEND.sgemm(transA, transB, m, n, k, alpha,
                a.data(), a.offset(), Math.max(1, a.cols()),
                b.data(), b.offset(), Math.max(1, b.cols()),
                beta, c.data(), c.offset(), Math.max(1, c.cols()));
    }

    /** {@code a * b} into a new matrix. */
    public static Matrix multiply(Matrix a, Matrix b) {
        Matrix c = Matrix.zeros(a.rows(), b.cols());
        gemm(false, a, false, b, 1f, 0f, c);
        return c;
    }
}
