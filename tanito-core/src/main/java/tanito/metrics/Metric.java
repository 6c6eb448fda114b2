package tanito.metrics;

import tanito.linalg.Matrix;
import tanito.linalg.Rows;
import tanito.loss.Loss;
import tanito.loss.SigmoidBinaryCrossEntropy;
import tanito.loss.SoftmaxCrossEntropy;

/**
 * A quality measure of a head's raw outputs against its targets, reported per epoch beside the
 * loss. Metrics are computed as sums over rows so that batches add up exactly; the mean is the sum
 * divided by the number of rows.
 */
public enum Metric {
    /** Share of rows whose largest logit is the labelled class (softmax heads). */
    ACCURACY("accuracy", true) {
        @Override
        public double sum(Matrix logits, Matrix labels) {
            double correct = 0;
            for (int r = 0; r < logits.rows(); r++) {
                correct += Rows.argmax(logits, r) == (int) labels.get(r, 0) ? 1 : 0;
            }
            return correct;
        }
    },
    /** Share of outputs whose sign agrees with the 0/1 target (sigmoid heads), averaged per row. */
    BINARY_ACCURACY("accuracy", true) {
        @Override
        public double sum(Matrix logits, Matrix targets) {
            double sum = 0;
            for (int r = 0; r < logits.rows(); r++) {
                int correct = 0;
                for (int c = 0; c < logits.cols(); c++) {
                    correct += (logits.get(r, c) > 0) == (targets.get(r, c) > 0.5f) ? 1 : 0;
                }
                sum += (double) correct / logits.cols();
            }
            return sum;
        }
    },
    /** Mean squared error of the outputs, averaged per row (regression heads). */
    MSE("mse", false) {
        @Override
        public double sum(Matrix outputs, Matrix targets) {
            double sum = 0;
            for (int r = 0; r < outputs.rows(); r++) {
                double row = 0;
                for (int c = 0; c < outputs.cols(); c++) {
                    double d = outputs.get(r, c) - targets.get(r, c);
                    row += d * d;
                }
                sum += row / outputs.cols();
            }
            return sum;
        }
    };

    private final String key;
    private final boolean higherIsBetter;

    Metric(String key, boolean higherIsBetter) {
        this.key = key;
        this.higherIsBetter = higherIsBetter;
    }

    /** The sum over rows of this metric for a batch; divide by the total rows for the mean. */
    public abstract double sum(Matrix outputs, Matrix targets);

    /** The name in histories and reports, as Keras spells it ("accuracy", "mse"). */
    public String key() {
        return key;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** The natural metric of a loss: accuracy for classification, mean squared error for regression. */
    public static Metric forLoss(Loss loss) {
        if (loss instanceof SoftmaxCrossEntropy) {
            return ACCURACY;
        }
        if (loss instanceof SigmoidBinaryCrossEntropy) {
            return BINARY_ACCURACY;
        }
        return MSE;
    }
}
