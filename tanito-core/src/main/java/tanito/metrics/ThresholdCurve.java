package tanito.metrics;

import static tanito.Require.require;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The ROC and precision-recall curves of a binary classifier's scores, as scikit-learn's
 * {@code roc_curve} (with {@code drop_intermediate=False}) and {@code precision_recall_curve} define
 * them: a row is predicted positive when its score is {@code >= threshold}; one point per distinct
 * score, from the highest threshold down, after a first point at threshold {@code +inf} where nothing
 * is predicted positive.
 * <pre>
 *   TPR = recall = TP / P     FPR = FP / N     precision = TP / (TP + FP)  (1 where TP + FP = 0)
 *   ROC AUC = trapezoidal area under (FPR, TPR)
 *   average precision = sum_n (R_n - R_(n-1)) P_n   (scikit-learn's average_precision_score: steps, no interpolation)
 * </pre>
 *
 * @param points from threshold {@code +inf} down to the lowest score
 */
public record ThresholdCurve(List<ThresholdPoint> points) {
    public ThresholdCurve {
        require(points != null && !points.isEmpty(), "a threshold curve needs points, was %s", points);
        points = List.copyOf(points);
    }

    /**
     * The curve of {@code scores} (higher: more likely positive) against {@code positive}.
     *
     * @throws IllegalArgumentException for lengths that differ, a score that is NaN, or labels of one kind only
     */
    public static ThresholdCurve of(double[] scores, boolean[] positive) {
        require(scores.length == positive.length, "%d scores but %d labels", scores.length, positive.length);
        long positives = 0;
        for (int i = 0; i < scores.length; i++) {
            require(!Double.isNaN(scores[i]), "score %d is NaN", i);
            positives += positive[i] ? 1 : 0;
        }
        long negatives = scores.length - positives;
        require(positives > 0 && negatives > 0, "a threshold curve needs positive and negative rows, had %d and %d",
                positives, negatives);
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        List<ThresholdPoint> points = new ArrayList<>();
        points.add(new ThresholdPoint(Double.POSITIVE_INFINITY, 0, 0, positives, negatives));
        long truePositives = 0;
        long falsePositives = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            truePositives += positive[i] ? 1 : 0;
            falsePositives += positive[i] ? 0 : 1;
            if (k == order.length - 1 || scores[order[k + 1]] != scores[i]) {
                points.add(new ThresholdPoint(scores[i], truePositives, falsePositives, positives, negatives));
            }
        }
        return new ThresholdCurve(points);
    }

    /** The counts at {@code threshold}: those of the lowest point threshold {@code >= threshold}. */
    public ThresholdPoint at(double threshold) {
        require(!Double.isNaN(threshold), "threshold must be a number, was NaN");
        ThresholdPoint at = points.get(0);
        for (ThresholdPoint point : points) {
            if (point.threshold() >= threshold) {
                at = point;
            }
        }
        return at;
    }

    /** The area under the ROC curve by the trapezoidal rule. */
    public double rocAuc() {
        double area = 0;
        for (int k = 1; k < points.size(); k++) {
            ThresholdPoint a = points.get(k - 1);
            ThresholdPoint b = points.get(k);
            area += (b.falsePositiveRate() - a.falsePositiveRate()) * (a.recall() + b.recall()) / 2;
        }
        return area;
    }

    /** scikit-learn's average precision: precision at each threshold weighted by the recall gained there. */
    public double averagePrecision() {
        double sum = 0;
        for (int k = 1; k < points.size(); k++) {
            sum += (points.get(k).recall() - points.get(k - 1).recall()) * points.get(k).precision();
        }
        return sum;
    }

    /**
     * The point with the least cost {@code costRatio * FP + FN} (a false positive costs {@code costRatio}
     * false negatives); among equal costs the highest threshold. Its threshold is {@code +inf} when
     * predicting nothing positive is cheapest.
     */
    public ThresholdPoint cheapest(double costRatio) {
        require(costRatio >= 0 && Double.isFinite(costRatio), "costRatio must be finite and >= 0, was %s", costRatio);
        ThresholdPoint best = points.get(0);
        for (ThresholdPoint point : points) {
            if (point.cost(costRatio) < best.cost(costRatio)) {
                best = point;
            }
        }
        return best;
    }
}
