package tanito.linalg;

import static tanito.Require.failure;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
 *
 * <p>Native products go straight to netlib's JNI entry ({@code JNIBLAS.sgemmK}), after this class's own
 * bounds checks, rather than through its public {@code sgemm}. That method checks its arguments by
 * comparing the transposition strings case-insensitively, which HotSpot's C2 compiles for 70-90 ms
 * (6.9 kB inlined) during the second epoch at batch 256, and again after a deoptimisation; measured
 * with {@code ./tanito bench --batch-size 256}, five interleaved runs each: second epoch 110k to 118k
 * samples/s, third 144k to 150k. The entry is netlib's own, non-public; where a netlib version does
 * not have it, the public method serves ({@link #description} says which).
 */
public final class NetlibGemm implements Gemm {
    /** JUL holds loggers weakly: keep ours so that the level set here stays set. */
    private static final Logger NETLIB_LOG = Logger.getLogger("dev.ludovic.netlib");

    private static final MethodType SGEMM = MethodType.methodType(void.class, String.class, String.class,
            int.class, int.class, int.class, float.class, float[].class, int.class, int.class,
            float[].class, int.class, int.class, float.class, float[].class, int.class, int.class);

    private final BLAS blas;
    private final boolean isNative;
    /** netlib's JNI entry bound to {@code blas}, or null to call {@code blas.sgemm}. */
    private final MethodHandle entry;

    private NetlibGemm(BLAS blas, boolean isNative, MethodHandle entry) {
        this.blas = blas;
        this.isNative = isNative;
        this.entry = entry;
    }

    /** Native BLAS when it loads, pure Java otherwise; netlib's warnings about the probe are silenced. */
    public static NetlibGemm best() {
        NETLIB_LOG.setLevel(Level.OFF);
        try {
            BLAS blas = NativeBLAS.getInstance();
            return new NetlibGemm(blas, true, jniEntry(blas));
        } catch (RuntimeException | LinkageError nativeMissing) {
            return javaOnly();
        }
    }

    /** Netlib's pure-Java kernels, whatever the system has. */
    public static NetlibGemm javaOnly() {
        NETLIB_LOG.setLevel(Level.OFF);
        return new NetlibGemm(JavaBLAS.getInstance(), false, null);
    }

    /** netlib's native {@code sgemmK(transa, transb, m, n, k, ...)}, which its {@code sgemm} calls once the arguments are checked. */
    private static MethodHandle jniEntry(BLAS blas) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(blas.getClass(), MethodHandles.lookup());
            return lookup.findVirtual(blas.getClass(), "sgemmK", SGEMM).bindTo(blas);
        } catch (ReflectiveOperationException | RuntimeException notThere) {
            return null;
        }
    }

    @Override
    public void sgemm(boolean transA, boolean transB, int m, int n, int k,
                      float alpha, float[] a, int offsetA, int lda,
                      float[] b, int offsetB, int ldb,
                      float beta, float[] c, int offsetC, int ldc) {
        String opB = transB ? "T" : "N";
        String opA = transA ? "T" : "N";
        if (entry == null || m <= 0 || n <= 0 || k <= 0) {
            blas.sgemm(opB, opA, n, m, k, alpha, b, offsetB, ldb, a, offsetA, lda, beta, c, offsetC, ldc);
            return;
        }
        requireInside("A", a, offsetA, transA ? k : m, transA ? m : k, lda);
        requireInside("B", b, offsetB, transB ? n : k, transB ? k : n, ldb);
        requireInside("C", c, offsetC, m, n, ldc);
        try {
            entry.invokeExact(opB, opA, n, m, k, alpha, b, offsetB, ldb, a, offsetA, lda, beta, c, offsetC, ldc);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Native code writes wherever it is told: a stored rows x cols matrix with row stride ld must lie inside the array. */
    private static void requireInside(String name, float[] array, int offset, int rows, int cols, int ld) {
        if (offset < 0 || ld < cols || offset + (long) (rows - 1) * ld + cols > array.length) {
            throw failure("sgemm's %s (%dx%d, row stride %d, from %d) does not fit its array of %d", name, rows, cols,
                    ld, offset, array.length);
        }
    }

    @Override
    public String description() {
        String name = blas.getClass().getSimpleName();
        if (isNative) {
            String core = System.getenv("OPENBLAS_CORETYPE");
            return "native BLAS via JNI (netlib " + name + (entry == null ? " through its checked sgemm" : "")
                    + ", system libblas.so.3" + (core == null ? "" : ", OPENBLAS_CORETYPE=" + core) + ")";
        }
        String faster = VectorApi.present() ? ""
                : ", or start Java with --add-modules jdk.incubator.vector for Tanito's faster kernels";
        return "pure Java (netlib " + name + "; install libopenblas0-pthread for native speed" + faster + ")";
    }

    @Override
    public boolean isNative() {
        return isNative;
    }
}
