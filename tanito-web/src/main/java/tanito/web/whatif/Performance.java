package tanito.web.whatif;

import static tanito.Require.require;

import java.util.ArrayList;
import java.util.List;
import tanito.linalg.Matrix;
import tanito.metrics.ConfusionMatrix;
import tanito.metrics.Errors;
import tanito.metrics.Regression;

/**
 * How well the model does on the data: for classification the confusion matrix, accuracy and
 * per-class precision, recall and F1 ({@link ConfusionMatrix}); for a binary classifier these at a
 * chosen threshold on the probability of the second class (the positive one), with its
 * {@link BinaryCurves}; for regression MSE, MAE and R&sup2; = 1 - MSE / Var(y) in the target's units.
 * Exactly one of {@code classes} and {@code regression} is set; {@code binary} only for two classes.
 */
public record Performance(Classes classes, BinaryCurves binary, Scores regression) {

    /** Accuracy, confusion matrix ({@code confusion[true][predicted]}) and per-class scores. */
    public record Classes(List<String> classNames, double accuracy, long[][] confusion, List<ClassScore> perClass) {}

    public record ClassScore(String className, double precision, double recall, double f1, long support) {}

    /** Regression scores in the target's units. */
    public record Scores(double meanSquaredError, double meanAbsoluteError, double rSquared) {}

    /**
     * The probe's performance; {@code threshold} (in [0, 1]) decides a binary classifier's classes
     * (positive iff P(positive) &ge; threshold), {@code costRatio} is the cost of a false positive in
     * false negatives. Both are ignored otherwise.
     */
    public static Performance of(Probe probe, double threshold, double costRatio) {
        require(threshold >= 0 && threshold <= 1, "threshold must be in [0, 1], was %s", threshold);
        if (!probe.isClassification()) {
            return new Performance(null, null, regression(probe));
        }
        int n = probe.rows();
        int[] truth = new int[n];
        int[] predicted = new int[n];
        boolean binary = probe.model().classNames().size() == 2;
        double[] scores = new double[n];
        for (int r = 0; r < n; r++) {
            Prediction p = probe.prediction(r);
            truth[r] = probe.data().label(r);
            scores[r] = binary ? p.probabilities()[1] : 0;
            predicted[r] = binary ? (scores[r] >= threshold ? 1 : 0) : p.classIndex();
        }
        BinaryCurves curves = binary ? BinaryCurves.of(scores, truth, threshold, costRatio) : null;
        return new Performance(classes(probe.model().classNames(), truth, predicted), curves, null);
    }

    static Classes classes(List<String> classNames, int[] truth, int[] predicted) {
        ConfusionMatrix matrix = ConfusionMatrix.of(truth, predicted, classNames.size());
        List<ClassScore> perClass = new ArrayList<>();
        for (int c = 0; c < classNames.size(); c++) {
            perClass.add(new ClassScore(classNames.get(c), matrix.precision(c), matrix.recall(c), matrix.f1(c),
                    matrix.support(c)));
        }
        return new Classes(classNames, matrix.accuracy(), matrix.counts(), perClass);
    }

    private static Scores regression(Probe probe) {
        Matrix truth = probe.data().targets();
        Matrix predicted = Matrix.zeros(probe.rows(), 1);
        for (int r = 0; r < probe.rows(); r++) {
            predicted.set(r, 0, probe.prediction(r).value().floatValue());
        }
        double rmse = Regression.rootMeanSquaredError(predicted, truth);
        return new Scores(rmse * rmse, Regression.meanAbsoluteError(predicted, truth),
                1 - Errors.fractionOfVarianceUnexplained(predicted, truth));
    }
}
