package tanito.loss;

import static tanito.Require.failure;

import tanito.linalg.Elementwise;
import tanito.linalg.Matrix;

/**
 * Binary cross-entropy on logits with 0/1 targets, one independent yes/no per output
 * ({@code torch.nn.BCEWithLogitsLoss}, mean over all N elements). Per element, in the stable form
 * {@code l = max(z, 0) - z t + log(1 + e^-|z|)}; {@code dL/dz = (sigmoid(z) - t) / N}.
 */
public record SigmoidBinaryCrossEntropy() implements Loss {

    @Override
    public double evaluate(Matrix logits, Matrix targets, Matrix gradient) {
        checkShapes(logits, targets, gradient);
        int n = logits.size();
        float[] z = logits.data(), t = targets.data();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double zi = z[logits.offset() + i];
            double ti = t[targets.offset() + i];
            if (!(ti >= 0 && ti <= 1)) {
                throw failure("binary targets must be in [0, 1], element %d was %s", i, ti);
            }
            sum += Math.max(zi, 0) - zi * ti + Math.log1p(Math.exp(-Math.abs(zi)));
            if (gradient != null) {
                gradient.data()[gradient.offset() + i] = (float) ((Elementwise.sigmoid(zi) - ti) / n);
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    @Override
    public void addRowLosses(Matrix logits, Matrix targets, double[] into) {
        checkShapes(logits, targets, null);
        for (int r = 0; r < logits.rows(); r++) {
            double sum = 0;
            for (int c = 0; c < logits.cols(); c++) {
                double z = logits.get(r, c);
                sum += Math.max(z, 0) - z * targets.get(r, c) + Math.log1p(Math.exp(-Math.abs(z)));
            }
            into[r] += sum / logits.cols();
        }
    }

    @Override
    public int targetColumns(int outputs) {
        return outputs;
    }

    @Override
    public void predict(Matrix logits, Matrix probabilities) {
        Elementwise.sigmoid(logits, probabilities);
    }

    @Override
    public boolean isClassification() {
        return true;
    }
}
