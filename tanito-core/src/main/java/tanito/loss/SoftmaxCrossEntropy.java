package tanito.loss;

import static tanito.Require.failure;

import tanito.linalg.Matrix;
import tanito.linalg.Rows;

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
        if (n == 0) {
            return 0;
        }
        int[] classes = new int[n];
        for (int r = 0; r < n; r++) {
            classes[r] = label(labels, r, logits.cols());
        }
        return Rows.softmaxCrossEntropy(logits, classes, 1f / n, gradient) / n;
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
