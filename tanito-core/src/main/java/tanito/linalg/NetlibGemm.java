package tanito.linalg;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link Gemm} through {@code dev.ludovic.netlib:blas}, the BLAS binding Spark MLlib uses: native
 * BLAS through JNI (zero-copy on {@code float[]}) when the system has one (Debian:
 * {@code libopenblas0-pthread}), else netlib's pure-Java kernels.
 *
 * <p>BLAS is column-major. A row-major matrix read column-major is its transpose, so the row-major
 * product {@code C = op(A) op(B)} is computed as the column-major product
 * {@code C^T = op(B)^T op(A)^T}: the operands swap places and m and n swap roles.
 */
public final class NetlibGemm implements Gemm {
    /** JUL holds loggers weakly: keep ours so that the level set here stays set. */
    private static final Logger NETLIB_LOG = Logger.getLogger("dev.ludovic.netlib");

    private final BLAS blas;
    private final boolean isNative;

    private NetlibGemm(BLAS blas, boolean isNative) {
        this.blas = blas;
        this.isNative = isNative;
    }

    /** Native BLAS when it loads, pure Java otherwise; netlib's warnings about the probe are silenced. */
    public static NetlibGemm best() {
        NETLIB_LOG.setLevel(Level.OFF);
        try {
            return new NetlibGemm(NativeBLAS.getInstance(), true);
        } catch (RuntimeException | LinkageError nativeMissing) {
            return javaOnly();
        }
    }

    /** Netlib's pure-Java kernels, whatever the system has. */
    public static NetlibGemm javaOnly() {
        NETLIB_LOG.setLevel(Level.OFF);
        return new NetlibGemm(JavaBLAS.getInstance(), false);
    }

    @Override
    public void sgemm(boolean transA, boolean transB, int m, int n, int k,
                      float alpha, float[] a, int offsetA, int lda,
                      float[] b, int offsetB, int ldb,
                      float beta, float[] c, int offsetC, int ldc) {
        blas.sgemm(transB ? "T" : "N", transA ? "T" : "N", n, m, k,
                alpha, b, offsetB, ldb, a, offsetA, lda, beta, c, offsetC, ldc);
    }

    @Override
    public String description() {
        String name = blas.getClass().getSimpleName();
        String core = System.getenv("OPENBLAS_CORETYPE");
        return isNative ? "native BLAS via JNI (netlib " + name + ", system libblas.so.3"
                + (core == null ? "" : ", OPENBLAS_CORETYPE=" + core) + ")"
                        : "pure Java (netlib " + name + "; install libopenblas0-pthread for native speed)";
    }

    @Override
    public boolean isNative() {
        return isNative;
    }
}
