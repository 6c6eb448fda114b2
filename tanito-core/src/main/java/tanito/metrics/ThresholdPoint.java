package tanito.metrics;

import static tanito.Require.require;

/**
 * One threshold of a binary classifier: rows whose score is {@code >= threshold} are predicted
 * positive, giving {@code truePositives} of the {@code positives} and {@code falsePositives} of the
 * {@code negatives}. The rates follow {@link ThresholdCurve}.
 */
public record ThresholdPoint(double threshold, long truePositives, long falsePositives, long positives, long negatives) {
    public ThresholdPoint {
        require(truePositives >= 0 && truePositives <= positives,
                "truePositives must be in [0, %d], was %d", positives, truePositives);
        require(falsePositives >= 0 && falsePositives <= negatives,
                "falsePositives must be in [0, %d], was %d", negatives, falsePositives);
    }

    /** TP / P, the true positive rate. */
    public double recall() {
        return positives == 0 ? 0 : (double) truePositives / positives;
    }

    /** FP / N. */
    public double falsePositiveRate() {
        return negatives == 0 ? 0 : (double) falsePositives / negatives;
    }

    /** TP / (TP + FP); 1 when nothing is predicted positive (the end of scikit-learn's precision-recall curve). */
    public double precision() {
        long predicted = truePositives + falsePositives;
        return predicted == 0 ? 1 : (double) truePositives / predicted;
    }

    public long falseNegatives() {
        return positives - truePositives;
    }

    public long trueNegatives() {
        return negatives - falsePositives;
    }

    /** {@code costRatio * FP + FN}: what the errors cost when a false positive costs {@code costRatio} false negatives. */
    public double cost(double costRatio) {
        return costRatio * falsePositives + falseNegatives();
    }
}
