package tanito.train;

import java.util.List;
import tanito.train.CrossValidation.FoldResult;

/**
 * The folds of a cross-validation and their summary: the mean and the standard deviation of the
 * held-out metric and loss over all folds of all repeats. The standard deviation is the population
 * one (ddof 0), as NumPy's default that scikit-learn's reports use, so the figures compare directly.
 */
public record CrossValidationResult(List<FoldResult> folds) {

    public CrossValidationResult {
        folds = List.copyOf(folds);
    }

    public String metricName() {
        return folds.get(0).test().metricName();
    }

    public double meanMetric() {
        return mean(folds.stream().mapToDouble(f -> f.test().metric()).toArray());
    }

    public double stdMetric() {
        return std(folds.stream().mapToDouble(f -> f.test().metric()).toArray());
    }

    public double meanLoss() {
        return mean(folds.stream().mapToDouble(f -> f.test().loss()).toArray());
    }

    public double stdLoss() {
        return std(folds.stream().mapToDouble(f -> f.test().loss()).toArray());
    }

    /** The mean of the values. */
    public static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** The population standard deviation (ddof 0) of the values. */
    public static double std(double[] values) {
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / values.length);
    }
}
