package tanito.loss;

import static tanito.Require.failure;

import tanito.linalg.Matrix;
import tanito.linalg.Rows;
import tanito.linalg.Vectors;

/**
 * Softmax cross-entropy fused on logits with integer class labels ({@code torch.nn.CrossEntropyLoss},
 * mean over the n rows). The target is one column holding the class index. With
 * {@code p = softmax(z)}: {@code L = (1/n) sum_r (logsumexp(z_r) - z_r[y_r])} and
 * {@code dL/dz = (p - onehot(y)) / n}. Fusing avoids the overflow and the catastrophic
 * cancellation of a separate softmax and log.
 */
public record SoftmaxCrossEntropy() implements Loss {

    @Override
    public double evaluate(Matrix logits, Matrix labels, Matrix gradient) {
        checkShapes(logits, labels, gradient);
        int n = logits.rows();
        double[] logSumExp = new double[n];
        Rows.softmax(logits, gradient == null ? Matrix.zeros(n, logits.cols()) : gradient, logSumExp);
        double sum = 0;
        for (int r = 0; r < n; r++) {
            int label = label(labels, r, logits.cols());
            sum += logSumExp[r] - logits.get(r, label);
            if (gradient != null) {
                gradient.set(r, label, gradient.get(r, label) - 1f);
            }
        }
        if (gradient != null) {
            gradient.scale(1f / n);
            Vectors.flushTiny(gradient.data(), gradient.offset(), gradient.size());
        }
        return n == 0 ? 0 : sum / n;
    }

    @Override
    public void addRowLosses(Matrix logits, Matrix labels, double[] into) {
        checkShapes(logits, labels, null);
        for (int r = 0; r < logits.rows(); r++) {
            into[r] += Rows.logSumExp(logits, r) - logits.get(r, label(labels, r, logits.cols()));
        }
    }

    private static int label(Matrix labels, int row, int classes) {
        float value = labels.get(row, 0);
        int label = (int) value;
        if (label != value || label < 0 || label >= classes) {
            throw failure("row %d has class label %s, but the head has %d classes (labels 0..%d)", row, value, classes,
                    classes - 1);
        }
        return label;
    }

    @Override
    public int targetColumns(int outputs) {
        return 1;
    }

    @Override
    public void predict(Matrix logits, Matrix probabilities) {
        Rows.softmax(logits, probabilities);
    }

    @Override
    public boolean isClassification() {
        return true;
    }
}
