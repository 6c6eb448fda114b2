package tanito.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The example of scikit-learn's confusion_matrix and precision_recall_fscore_support documentation. */
class ConfusionMatrixTest {
    private final ConfusionMatrix matrix = ConfusionMatrix.of(new int[] {2, 0, 2, 2, 0, 1}, new int[] {0, 0, 2, 2, 0, 2}, 3);

    @Test
    void countsTrueRowsAgainstPredictedColumns() {
        assertArrayEquals(new long[][] {{2, 0, 0}, {0, 0, 1}, {1, 0, 2}}, matrix.counts());
        assertEquals(6, matrix.total());
        assertEquals(4 / 6.0, matrix.accuracy(), 1e-12);
    }

    @Test
    void perClassScoresMatchScikitLearnWithZeroDivisionZero() {
        double[] precision = {2 / 3.0, 0, 2 / 3.0};
        double[] recall = {1, 0, 2 / 3.0};
        double[] f1 = {0.8, 0, 2 / 3.0};
        for (int c = 0; c < 3; c++) {
            assertEquals(precision[c], matrix.precision(c), 1e-12, "precision of class " + c);
            assertEquals(recall[c], matrix.recall(c), 1e-12, "recall of class " + c);
            assertEquals(f1[c], matrix.f1(c), 1e-12, "F1 of class " + c);
        }
        assertEquals((0.8 + 2 / 3.0) / 3, matrix.macroF1(), 1e-12);
        assertEquals(2, matrix.support(2) - 1);
    }

    @Test
    void aClassOutOfRangeIsNamedWithItsRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {0, 3}, new int[] {0, 0}, 3));
        assertEquals("row 1: class indices must be in [0, 3), were 3 and 0", e.getMessage());
    }
}
