package tanito.loss;

import tanito.linalg.Matrix;

/**
 * Mean squared error over all N = rows x columns elements ({@code torch.nn.MSELoss}, mean):
 * {@code L = (1/N) sum (o - t)^2}, {@code dL/do = (2/N)(o - t)}.
 */
public record MeanSquaredError() implements Loss {

    @Override
    public double evaluate(Matrix outputs, Matrix targets, Matrix gradient) {
        checkShapes(outputs, targets, gradient);
        int n = outputs.size();
        float[] o = outputs.data(), t = targets.data();
        double sum = 0;
        float scale = 2f / n;
        for (int i = 0; i < n; i++) {
            float d = o[outputs.offset() + i] - t[targets.offset() + i];
            sum += (double) d * d;
            if (gradient != null) {
                gradient.data()[gradient.offset() + i] = scale * d;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    @Override
    public void addRowLosses(Matrix outputs, Matrix targets, double[] into) {
        checkShapes(outputs, targets, null);
        for (int r = 0; r < outputs.rows(); r++) {
            double sum = 0;
            for (int c = 0; c < outputs.cols(); c++) {
                double d = outputs.get(r, c) - targets.get(r, c);
                sum += d * d;
            }
            into[r] += sum / outputs.cols();
        }
    }

    @Override
    public int targetColumns(int outputs) {
        return outputs;
    }

    @Override
    public void predict(Matrix outputs, Matrix predictions) {
        if (predictions != outputs) {
            predictions.copyFrom(outputs);
        }
    }

    @Override
    public boolean isClassification() {
        return false;
    }
}
