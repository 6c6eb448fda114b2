package tanito.train;

import java.util.List;

/**
 * One point of a learning or validation curve: the mean and standard deviation over the folds of
 * the training error and the validation (held-out) error at one x (training rows, or a
 * hyper-parameter's value), with the verdict the means give.
 */
public record CurvePoint(double x, int trainingRows, double meanTrainingError, double stdTrainingError,
                         double meanValidationError, double stdValidationError) {

    static CurvePoint of(double x, CrossValidationResult result) {
        double[] training = result.folds().stream().mapToDouble(CrossValidation.FoldResult::trainingError).toArray();
        double[] validation = result.folds().stream().mapToDouble(CrossValidation.FoldResult::testError).toArray();
        int rows = (int) Math.round(result.folds().stream()
                .mapToInt(f -> f.training().model().provenance().trainingRows()).average().orElse(0));
        return new CurvePoint(x, rows, CrossValidationResult.mean(training), CrossValidationResult.std(training),
                CrossValidationResult.mean(validation), CrossValidationResult.std(validation));
    }

    /** The bias-variance verdict of this point's mean errors. */
    public Verdict verdict() {
        return Verdict.of(meanTrainingError, meanValidationError);
    }

    /** The point whose validation error is lowest. */
    public static CurvePoint best(List<CurvePoint> curve) {
        CurvePoint best = curve.get(0);
        for (CurvePoint point : curve) {
            best = point.meanValidationError < best.meanValidationError ? point : best;
        }
        return best;
    }
}
