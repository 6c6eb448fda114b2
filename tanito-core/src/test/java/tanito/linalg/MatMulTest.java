package tanito.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tanito.TestMatrices;

class MatMulTest {

    @ParameterizedTest(name = "transA={0} transB={1}")
    @CsvSource({"false,false", "true,false", "false,true", "true,true"})
    void everyTranspositionMatchesTheDefinition(boolean transA, boolean transB) {
        int m = 7, n = 5, k = 9;
        Matrix a = TestMatrices.gaussian(transA ? k : m, transA ? m : k, 1);
        Matrix b = TestMatrices.gaussian(transB ? n : k, transB ? k : n, 2);
        Matrix c = TestMatrices.gaussian(m, n, 3);
        Matrix expected = c.copy();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int l = 0; l < k; l++) {
                    sum += (double) (transA ? a.get(l, i) : a.get(i, l)) * (transB ? b.get(j, l) : b.get(l, j));
                }
                expected.set(i, j, (float) (0.5 * sum + 2 * c.get(i, j)));
            }
        }
        MatMul.gemm(transA, a, transB, b, 0.5f, 2f, c);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(expected.get(i, j), c.get(i, j), 1e-4, "C[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void viewsWithOffsetsMultiplyTheRightElements() {
        float[] storage = {9, 9, 1, 2, 3, 4, 9};
        Matrix a = Matrix.view(storage, 2, 2, 2); // [[1, 2], [3, 4]]
        Matrix product = MatMul.multiply(a, a);
        assertEquals(7f, product.get(0, 0));
        assertEquals(10f, product.get(0, 1));
        assertEquals(15f, product.get(1, 0));
        assertEquals(22f, product.get(1, 1));
    }

    @Test
    void mismatchedShapesNameBothShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MatMul.multiply(Matrix.zeros(2, 3), Matrix.zeros(4, 5)));
        assertEquals("cannot multiply 2x3 by 4x5: inner sizes 3 and 4 differ", e.getMessage());
    }

    @Test
    void theBackendDescribesItself() {
        String description = MatMul.backend().description();
        assertEquals(MatMul.backend().isNative(), description.startsWith("native"));
    }
}
