package tanito.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ludovic.netlib.blas.NativeBLAS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tanito.TestMatrices;

/**
 * Native products go through netlib's JNI entry directly: the same bits as netlib's checked public
 * method, and this class's own bounds checks in place of netlib's. CI installs native OpenBLAS. Run
 * with and without the Vector API module (see tanito-core's pom), for the pure-Java description.
 */
class NetlibGemmTest {
    private final NetlibGemm gemm = NetlibGemm.best();

    @Test
    void nativeProductsUseTheDirectEntry() {
        assertTrue(gemm.isNative(), "native BLAS is missing: apt-get install libopenblas0-pthread");
        assertFalse(gemm.description().contains("checked"), gemm.description());
    }

    @Test
    void thePureJavaDescriptionPointsToTheFasterKernelsWhereTheJvmLacksTheirModule() {
        String description = NetlibGemm.javaOnly().description();
        assertTrue(description.startsWith("pure Java (netlib "), description);
        assertEquals("NetlibGemm".equals(System.getProperty("tanito.test.pureJava")),
                description.contains("start Java with --add-modules jdk.incubator.vector"), description);
    }

    @ParameterizedTest(name = "transA={0} transB={1}")
    @CsvSource({"false,false", "true,false", "false,true", "true,true"})
    void theDirectEntryGivesTheSameBitsAsNetlibsPublicMethod(boolean transA, boolean transB) {
        int m = 37, n = 29, k = 41, pad = 3;
        Matrix a = TestMatrices.gaussian(transA ? k : m, (transA ? m : k) + pad, 1);
        Matrix b = TestMatrices.gaussian(transB ? n : k, (transB ? k : n) + pad, 2);
        Matrix direct = TestMatrices.gaussian(m, n + pad, 3);
        Matrix checked = direct.copy();
        gemm.sgemm(transA, transB, m, n, k, 0.5f, a.data(), 1, a.cols(), b.data(), 2, b.cols(), 1.5f,
                direct.data(), 3, direct.cols());
        NativeBLAS.getInstance().sgemm(transB ? "T" : "N", transA ? "T" : "N", n, m, k, 0.5f, b.data(), 2, b.cols(),
                a.data(), 1, a.cols(), 1.5f, checked.data(), 3, checked.cols());
        assertTrue(direct.contentEquals(checked), "the direct entry's product differs from netlib's sgemm");
    }

    @Test
    void anOperandOutsideItsArrayIsRefusedBeforeNativeCodeSeesIt() {
        float[] a = new float[4 * 5], b = new float[5 * 6], c = new float[4 * 6];
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> gemm.sgemm(false, false, 4, 6, 5, 1f, a, 0, 5, b, 0, 6, 0f, c, 1, 6));
        assertEquals("sgemm's C (4x6, row stride 6, from 1) does not fit its array of 24", thrown.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> gemm.sgemm(true, false, 4, 6, 5, 1f, a, 0, 3, b, 0, 6, 0f, c, 0, 6), "a row stride below the row");
        assertThrows(IllegalArgumentException.class,
                () -> gemm.sgemm(false, true, 4, 6, 5, 1f, a, -1, 5, b, 0, 5, 0f, c, 0, 6), "a negative offset");
    }
}
