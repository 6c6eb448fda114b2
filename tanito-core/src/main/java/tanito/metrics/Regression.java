package tanito.metrics;

import tanito.linalg.Matrix;

/** Regression scores in the targets' own units, for reports. */
public final class Regression {
    private Regression() {}

    /** {@code sqrt(mean over all elements of (prediction - target)^2)}. */
    public static double rootMeanSquaredError(Matrix predictions, Matrix targets) {
        Matrix.requireSameShape(predictions, targets);
        double sum = 0;
        for (int r = 0; r < predictions.rows(); r++) {
            for (int c = 0; c < predictions.cols(); c++) {
                double d = predictions.get(r, c) - targets.get(r, c);
                sum += d * d;
            }
        }
        return Math.sqrt(sum / predictions.size());
    }

    /** {@code mean over all elements of |prediction - target|}. */
    public static double meanAbsoluteError(Matrix predictions, Matrix targets) {
        Matrix.requireSameShape(predictions, targets);
        double sum = 0;
        for (int r = 0; r < predictions.rows(); r++) {
            for (int c = 0; c < predictions.cols(); c++) {
                sum += Math.abs(predictions.get(r, c) - targets.get(r, c));
            }
        }
        return sum / predictions.size();
    }
}
