package tanito.linalg;

/**
 * General matrix multiply on row-major float32 arrays, the one operation that decides the speed of
 * training: {@code C = alpha * op(A) * op(B) + beta * C}, where {@code op(X)} is X or its transpose,
 * op(A) is m x k, op(B) is k x n and C is m x n. {@code lda}, {@code ldb} and {@code ldc} are the
 * row strides of the stored (untransposed) arrays.
 *
 * <p>Kept this small on purpose so that a backend can be swapped on measurement; shapes are checked
 * by the caller, {@link MatMul}.
 */
public interface Gemm {

    void sgemm(boolean transA, boolean transB, int m, int n, int k,
               float alpha, float[] a, int offsetA, int lda,
               float[] b, int offsetB, int ldb,
               float beta, float[] c, int offsetC, int ldc);

    /** What computes the products, for start-up messages and benchmark reports. */
    String description();

    /** Whether the products run in native code. */
    boolean isNative();
}
