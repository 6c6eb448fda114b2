package tanito.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tanito.TestMatrices;
import tanito.linalg.Matrix;

/** The fused softmax cross-entropy against its definition, where probabilities underflow, and with bad labels. */
class SoftmaxCrossEntropyTest {
    private final SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();

    @Test
    void valueAndGradientFollowTheDefinition() {
        int n = 7, classes = 5;
        Matrix logits = TestMatrices.gaussian(n, classes, 11);
        logits.scale(3f);
        Matrix labels = Matrix.zeros(n, 1);
        for (int r = 0; r < n; r++) {
            labels.set(r, 0, (r * 3) % classes);
        }
        Matrix gradient = Matrix.zeros(n, classes);
        double value = loss.evaluate(logits, labels, gradient);

        double expected = 0;
        for (int r = 0; r < n; r++) {
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                sum += Math.exp(logits.get(r, c));
            }
            int label = (int) labels.get(r, 0);
            expected += Math.log(sum) - logits.get(r, label);
            for (int c = 0; c < classes; c++) {
                double p = Math.exp(logits.get(r, c)) / sum;
                assertEquals((p - (c == label ? 1 : 0)) / n, gradient.get(r, c), 1e-7, "dL/dz[" + r + "][" + c + "]");
            }
        }
        assertEquals(expected / n, value, 1e-6);
        assertEquals(value, loss.evaluate(logits, labels, null), "the value does not depend on asking for the gradient");
    }

    @Test
    void theLossStaysExactWhereTheProbabilityOfTheClassUnderflows() {
        Matrix logits = Matrix.zeros(1, 2);
        logits.set(0, 0, 0f);
        logits.set(0, 1, -200f);
        Matrix labels = Matrix.zeros(1, 1);
        labels.set(0, 0, 1f);
        Matrix gradient = Matrix.zeros(1, 2);
        assertEquals(200.0, loss.evaluate(logits, labels, gradient), 1e-9);
        assertEquals(1f, gradient.get(0, 0));
        assertEquals(-1f, gradient.get(0, 1));
    }

    @Test
    void aLabelOutsideTheClassesNamesItsRow() {
        Matrix labels = Matrix.zeros(3, 1);
        labels.set(2, 0, 4f);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> loss.evaluate(Matrix.zeros(3, 4), labels, Matrix.zeros(3, 4)));
        assertEquals("row 2 has class label 4.0, but the head has 4 classes (labels 0..3)", thrown.getMessage());
    }
}
