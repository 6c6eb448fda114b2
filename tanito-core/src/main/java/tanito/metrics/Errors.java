package tanito.metrics;

import tanito.linalg.Matrix;

/**
 * Errors on a common scale for bias-variance pictures and verdicts: for classification the error
 * rate {@code 1 - accuracy}; for regression the fraction of variance unexplained,
 * {@code 1 - R^2 = MSE / Var(y)} (0 for a perfect fit, 1 for predicting the mean), computed in the
 * targets' own units.
 */
public final class Errors {
    private Errors() {}

    /** {@code 1 - accuracy} of predicted class indices against labels. */
    public static double errorRate(int[] predicted, Matrix labels) {
        int wrong = 0;
        for (int r = 0; r < predicted.length; r++) {
            wrong += predicted[r] == (int) labels.get(r, 0) ? 0 : 1;
        }
        return (double) wrong / predicted.length;
    }

    /** {@code MSE / Var(y)} over all target columns (Var with ddof 0); 0 when y is constant and the fit exact. */
    public static double fractionOfVarianceUnexplained(Matrix predictions, Matrix targets) {
        Matrix.requireSameShape(predictions, targets);
        double squaredError = 0;
        double variance = 0;
        for (int c = 0; c < targets.cols(); c++) {
            double mean = 0;
            for (int r = 0; r < targets.rows(); r++) {
                mean += targets.get(r, c);
            }
            mean /= targets.rows();
            for (int r = 0; r < targets.rows(); r++) {
                double d = predictions.get(r, c) - targets.get(r, c);
                double spread = targets.get(r, c) - mean;
                squaredError += d * d;
                variance += spread * spread;
            }
        }
        return variance == 0 ? (squaredError == 0 ? 0 : Double.POSITIVE_INFINITY) : squaredError / variance;
    }
}
