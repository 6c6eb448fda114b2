package tanito.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.linalg.Matrix;

class WeightedLossTest {
    private static final Matrix VALUES = Matrix.wrap(new float[] {0.5f, -1f}, 2, 1);
    private static final Matrix VALUE_TARGETS = Matrix.wrap(new float[] {1f, 1f}, 2, 1);
    private static final Matrix LOGITS = Matrix.wrap(new float[] {2f, 0f, -1f, 0.5f, 0.5f, 0.5f}, 2, 3);
    private static final Matrix LABELS = Matrix.wrap(new float[] {0f, 2f}, 2, 1);

    @Test
    void theTotalIsTheWeightedSumAndEachGradientCarriesItsWeight() {
        WeightedLoss loss = WeightedLoss.of(new WeightedLoss.Term("value", Loss.meanSquaredError(), 1.0),
                new WeightedLoss.Term("kind", Loss.softmaxCrossEntropy(), 0.5));
        Matrix g1 = Matrix.zeros(2, 1);
        Matrix g2 = Matrix.zeros(2, 3);
        double total = loss.evaluate(List.of(VALUES, LOGITS), List.of(VALUE_TARGETS, LABELS), List.of(g1, g2));

        double mse = (0.25 + 4) / 2;
        double ce = ((Math.log(Math.exp(2) + 1 + Math.exp(-1)) - 2) + Math.log(3)) / 2;
        assertEquals(mse + 0.5 * ce, total, 1e-6);
        assertEquals(2 * (0.5 - 1) / 2, g1.get(0, 0), 1e-6);
        double p0 = Math.exp(2) / (Math.exp(2) + 1 + Math.exp(-1));
        assertEquals(0.5 * (p0 - 1) / 2, g2.get(0, 0), 1e-6);
    }

    @Test
    void rowLossesAverageToTheLoss() {
        WeightedLoss loss = WeightedLoss.of(new WeightedLoss.Term("value", Loss.meanSquaredError(), 1.0),
                new WeightedLoss.Term("kind", Loss.softmaxCrossEntropy(), 0.5));
        double[] rows = new double[2];
        loss.addRowLosses(List.of(VALUES, LOGITS), List.of(VALUE_TARGETS, LABELS), rows);
        double total = loss.evaluate(List.of(VALUES, LOGITS), List.of(VALUE_TARGETS, LABELS), null);
        assertEquals(total, (rows[0] + rows[1]) / 2, 1e-6);
        double[] binary = new double[2];
        Matrix targets = Matrix.wrap(new float[] {1, 0, 1, 0, 0, 1}, 2, 3);
        Loss.sigmoidBinaryCrossEntropy().addRowLosses(LOGITS, targets, binary);
        assertEquals(Loss.sigmoidBinaryCrossEntropy().evaluate(LOGITS, targets, null), (binary[0] + binary[1]) / 2, 1e-6);
    }

    @Test
    void targetColumnsAreDealtToTheHeadsInOrder() {
        WeightedLoss loss = WeightedLoss.of(new WeightedLoss.Term(null, Loss.meanSquaredError(), 1.0),
                new WeightedLoss.Term(null, Loss.softmaxCrossEntropy(), 1.0));
        Matrix targets = Matrix.wrap(new float[] {1.5f, -2f, 2f, 7f, 8f, 0f}, 2, 3);
        List<Matrix> parts = loss.splitTargets(targets, List.of(2, 4));
        assertEquals("2x2", parts.get(0).shape());
        assertEquals(-2f, parts.get(0).get(0, 1));
        assertEquals(8f, parts.get(0).get(1, 1));
        assertEquals(2f, parts.get(1).get(0, 0));
        assertEquals(0f, parts.get(1).get(1, 0));
        assertEquals("the heads' losses take 3 target columns but the data has 4",
                assertThrows(IllegalArgumentException.class,
                        () -> loss.checkFits(List.of("a", "b"), List.of(2, 4), 4)).getMessage());
    }

    @Test
    void aLabelOutsideTheClassesIsNamed() {
        Matrix bad = Matrix.wrap(new float[] {0f, 3f}, 2, 1);
        assertEquals("row 1 has class label 3.0, but the head has 3 classes (labels 0..2)",
                assertThrows(IllegalArgumentException.class,
                        () -> Loss.softmaxCrossEntropy().evaluate(LOGITS, bad, null)).getMessage());
        assertEquals("SoftmaxCrossEntropy: outputs of shape 2x3 need targets of shape 2x1, got 2x3",
                assertThrows(IllegalArgumentException.class,
                        () -> Loss.softmaxCrossEntropy().evaluate(LOGITS, LOGITS, null)).getMessage());
    }
}
