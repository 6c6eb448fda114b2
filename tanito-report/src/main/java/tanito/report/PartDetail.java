package tanito.report;

import tanito.data.Dataset;
import tanito.linalg.Matrix;
import tanito.metrics.ConfusionMatrix;
import tanito.metrics.Errors;
import tanito.train.Model;

/**
 * What the report shows of one split (train, validation or test) beyond its metrics: its class
 * balance and confusion matrix (classification), its error on the common bias-variance scale
 * ({@link Errors}), and an evenly spaced sample of its rows with the truth and the model's
 * prediction, for the predicted-against-true chart (regression) and, when there are two features,
 * the decision boundary's points.
 *
 * @param classCounts rows per class, or null for regression
 * @param confusion true against predicted class, or null for regression
 * @param error the error rate (classification) or fraction of variance unexplained (regression)
 * @param sample at most {@link #SAMPLE_ROWS} rows
 */
public record PartDetail(long[] classCounts, ConfusionMatrix confusion, double error, Sample sample) {
    /** Rows kept per split: enough for a scatter plot, few enough to keep metrics.json small. */
    public static final int SAMPLE_ROWS = 1000;

    /**
     * Rows of a split: the raw features only when there are two (null otherwise), the true class
     * index or target value, and the predicted one (first target column for regression).
     */
    public record Sample(double[][] features, double[] truth, double[] predicted) {}

    /** The details of {@code part} under {@code model}. */
    public static PartDetail of(Model model, Dataset part) {
        int[] sampled = evenlySpaced(part.rows(), SAMPLE_ROWS);
        double[][] features = part.features().cols() == 2 ? new double[sampled.length][] : null;
        double[] truth = new double[sampled.length];
        double[] predicted = new double[sampled.length];
        if (part.isClassification()) {
            int classes = model.classNames().size();
            int[] labels = new int[part.rows()];
            for (int r = 0; r < labels.length; r++) {
                labels[r] = part.label(r);
            }
            int[] predictedClasses = model.predictClasses(part.features());
            ConfusionMatrix confusion = ConfusionMatrix.of(labels, predictedClasses, classes);
            long[] counts = new long[classes];
            for (int c = 0; c < classes; c++) {
                counts[c] = confusion.support(c);
            }
            fill(sampled, part, features, truth, predicted, r -> labels[r], r -> predictedClasses[r]);
            return new PartDetail(counts, confusion, 1 - confusion.accuracy(), new Sample(features, truth, predicted));
        }
        Matrix outputs = model.predict(part.features());
        fill(sampled, part, features, truth, predicted, r -> part.targets().get(r, 0), r -> outputs.get(r, 0));
        return new PartDetail(null, null, Errors.fractionOfVarianceUnexplained(outputs, part.targets()),
                new Sample(features, truth, predicted));
    }

    private static void fill(int[] sampled, Dataset part, double[][] features, double[] truth, double[] predicted,
                             java.util.function.IntToDoubleFunction truthOf, java.util.function.IntToDoubleFunction predictionOf) {
        for (int i = 0; i < sampled.length; i++) {
            int r = sampled[i];
            if (features != null) {
                features[i] = new double[] {part.features().get(r, 0), part.features().get(r, 1)};
            }
            truth[i] = truthOf.applyAsDouble(r);
            predicted[i] = predictionOf.applyAsDouble(r);
        }
    }

    /** {@code min(rows, limit)} row indices spread evenly over {@code [0, rows)}. */
    static int[] evenlySpaced(int rows, int limit) {
        int count = Math.min(rows, limit);
        int[] indices = new int[count];
        for (int i = 0; i < count; i++) {
            indices[i] = (int) ((long) i * rows / count);
        }
        return indices;
    }
}
