package tanito.train;

import static tanito.Require.require;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import tanito.data.Dataset;
import tanito.data.FoldSpec;
import tanito.nn.NetworkSpec;

/**
 * The bias-variance pictures, each point a cross-validation (scikit-learn's {@code learning_curve}
 * and {@code validation_curve}): the learning curve trains on growing shares of each fold's
 * training rows and plots training and validation error against the training rows; the validation
 * curve varies one hyper-parameter. A high validation error that falls with more data means
 * variance; training and validation errors that meet high mean bias.
 */
public final class Curves {

    /** A network and its training configuration for one point of a validation curve. */
    public record Setup(NetworkSpec network, TrainerConfig config) {}

    private final FoldSpec folds;
    private final double validationFraction;
    private final int threads;

    public Curves(FoldSpec folds, double validationFraction, int threads) {
        this.folds = folds;
        this.validationFraction = validationFraction;
        this.threads = threads;
    }

    /** Errors against the share of each fold's training rows used, for each of {@code fractions} (in (0, 1]). */
    public List<CurvePoint> learning(Dataset data, Setup setup, double[] fractions) {
        require(fractions.length > 0, "a learning curve needs at least one training-set size");
        List<CurvePoint> curve = new ArrayList<>();
        for (double fraction : fractions) {
            CrossValidationResult result = new CrossValidation(setup.network(), setup.config(), folds,
                    validationFraction, threads, fraction).run(data, fold -> { });
            CurvePoint point = CurvePoint.of(fraction, result);
            curve.add(new CurvePoint(point.trainingRows(), point.trainingRows(), point.meanTrainingError(),
                    point.stdTrainingError(), point.meanValidationError(), point.stdValidationError()));
        }
        return curve;
    }

    /** Errors against one hyper-parameter's values; {@code setup} builds the run for each value. */
    public List<CurvePoint> validation(Dataset data, double[] values, DoubleFunction<Setup> setup) {
        require(values.length > 0, "a validation curve needs at least one value");
        List<CurvePoint> curve = new ArrayList<>();
        for (double value : values) {
            Setup run = setup.apply(value);
            CrossValidationResult result = new CrossValidation(run.network(), run.config(), folds, validationFraction,
                    threads).run(data, fold -> { });
            curve.add(CurvePoint.of(value, result));
        }
        return curve;
    }
}
