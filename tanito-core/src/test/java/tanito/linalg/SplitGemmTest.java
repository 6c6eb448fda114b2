package tanito.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tanito.TestMatrices;

/**
 * Splitting a product over the cores gives the same bits as one call, in every transposition form, with
 * the pure-Java kernels this JVM runs: Tanito's Vector API kernels, and netlib's in the second test run
 * without the Vector API module (see tanito-core's pom).
 */
class SplitGemmTest {

    @ParameterizedTest(name = "transA={0} transB={1} m={2} n={3}")
    @CsvSource({"false,false,512,256", "true,false,512,256", "false,true,256,512", "true,true,64,1024",
            "false,false,16,10", "true,false,128,10", "false,true,64,256"})
    void splitProductsEqualWholeOnes(boolean transA, boolean transB, int m, int n) {
        int k = 160;
        Matrix a = TestMatrices.gaussian(transA ? k : m, transA ? m : k, 1);
        Matrix b = TestMatrices.gaussian(transB ? n : k, transB ? k : n, 2);
        Matrix whole = TestMatrices.gaussian(m, n, 3);
        Matrix split = whole.copy();
        Gemm java = MatMul.pureJava();
        assertEquals(System.getProperty("tanito.test.pureJava"), java.getClass().getSimpleName(),
                "the pure-Java kernels this test run is for (see tanito-core's pom)");
        java.sgemm(transA, transB, m, n, k, 0.5f, a.data(), 0, a.cols(), b.data(), 0, b.cols(), 1f, whole.data(), 0, n);
        new SplitGemm(java).sgemm(transA, transB, m, n, k, 0.5f, a.data(), 0, a.cols(), b.data(), 0, b.cols(), 1f,
                split.data(), 0, n);
        assertTrue(whole.contentEquals(split), "the split product differs from the whole one");
    }
}
