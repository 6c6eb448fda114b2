package tanito.linalg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tanito.TestMatrices;

/** Splitting a product over the cores gives the same bits as one call, in every transposition form. */
class SplitGemmTest {

    @ParameterizedTest(name = "transA={0} transB={1} m={2} n={3}")
    @CsvSource({"false,false,512,256", "true,false,512,256", "false,true,256,512", "true,true,64,1024"})
    void splitProductsEqualWholeOnes(boolean transA, boolean transB, int m, int n) {
        int k = 160;
        Matrix a = TestMatrices.gaussian(transA ? k : m, transA ? m : k, 1);
        Matrix b = TestMatrices.gaussian(transB ? n : k, transB ? k : n, 2);
        Matrix whole = TestMatrices.gaussian(m, n, 3);
        Matrix split = whole.copy();
        Gemm java = NetlibGemm.javaOnly();
        java.sgemm(transA, transB, m, n, k, 0.5f, a.data(), 0, a.cols(), b.data(), 0, b.cols(), 1f, whole.data(), 0, n);
        new SplitGemm(java).sgemm(transA, transB, m, n, k, 0.5f, a.data(), 0, a.cols(), b.data(), 0, b.cols(), 1f,
                split.data(), 0, n);
        assertTrue(whole.contentEquals(split), "the split product differs from the whole one");
    }
}
