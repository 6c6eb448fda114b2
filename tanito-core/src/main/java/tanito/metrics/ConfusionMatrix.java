package tanito.metrics;

import static tanito.Require.require;

/**
 * Counts of true class (row) against predicted class (column), and the per-class scores they give,
 * as scikit-learn's {@code confusion_matrix} and {@code precision_recall_fscore_support} define them:
 * <pre>
 *   precision_c = C[c][c] / sum_r C[r][c]     recall_c = C[c][c] / sum_k C[c][k]
 *   F1_c = 2 precision_c recall_c / (precision_c + recall_c)
 * </pre>
 * A ratio whose denominator is zero (a class never predicted, or absent) is 0, scikit-learn's
 * {@code zero_division=0}. Macro averages weigh every class alike.
 *
 * @param counts {@code counts[t][p]}: rows of true class t predicted as p; square
 */
public record ConfusionMatrix(long[][] counts) {

    public ConfusionMatrix {
        require(counts.length > 0, "a confusion matrix needs at least one class");
        for (long[] row : counts) {
            require(row.length == counts.length, "a confusion matrix must be square, found a row of %d for %d classes",
                    row.length, counts.length);
        }
    }

    /** The matrix of {@code truth} against {@code predicted}, both class indices in [0, classes). */
    public static ConfusionMatrix of(int[] truth, int[] predicted, int classes) {
        require(truth.length == predicted.length, "truth has %d rows but predictions %d", truth.length, predicted.length);
        long[][] counts = new long[classes][classes];
        for (int i = 0; i < truth.length; i++) {
            require(truth[i] >= 0 && truth[i] < classes && predicted[i] >= 0 && predicted[i] < classes,
                    "row %d: class indices must be in [0, %d), were %d and %d", i, classes, truth[i], predicted[i]);
            counts[truth[i]][predicted[i]]++;
        }
        return new ConfusionMatrix(counts);
    }

    public int classes() {
        return counts.length;
    }

    /** Rows of true class {@code c}. */
    public long support(int c) {
        long sum = 0;
        for (long n : counts[c]) {
            sum += n;
        }
        return sum;
    }

    /** Rows predicted as class {@code c}. */
    public long predicted(int c) {
        long sum = 0;
        for (long[] row : counts) {
            sum += row[c];
        }
        return sum;
    }

    public long total() {
        long sum = 0;
        for (int c = 0; c < classes(); c++) {
            sum += support(c);
        }
        return sum;
    }

    public double accuracy() {
        long correct = 0;
        for (int c = 0; c < classes(); c++) {
            correct += counts[c][c];
        }
        return ratio(correct, total());
    }

    public double precision(int c) {
        return ratio(counts[c][c], predicted(c));
    }

    public double recall(int c) {
        return ratio(counts[c][c], support(c));
    }

    public double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The unweighted mean of the per-class F1 scores. */
    public double macroF1() {
        double sum = 0;
        for (int c = 0; c < classes(); c++) {
            sum += f1(c);
        }
        return sum / classes();
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfusionMatrix that && java.util.Arrays.deepEquals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        return "ConfusionMatrix" + java.util.Arrays.deepToString(counts);
    }
}
