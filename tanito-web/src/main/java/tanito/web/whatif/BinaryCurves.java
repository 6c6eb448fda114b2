package tanito.web.whatif;

import static tanito.Require.require;

import java.util.ArrayList;
import java.util.List;
import tanito.metrics.ThresholdCurve;
import tanito.metrics.ThresholdPoint;

/**
 * A binary classifier's ROC and precision-recall curves ({@link ThresholdCurve}) with the cost of
 * the chosen threshold and the cheapest one: cost = costRatio &middot; FP + FN.
 *
 * @param points from threshold +inf down, each with its rates
 * @param cheapestThreshold the threshold of least cost (the highest among ties; +inf written as null)
 */
public record BinaryCurves(double threshold, double costRatio, double cost, Double cheapestThreshold,
                           double cheapestCost, double rocAuc, double averagePrecision, List<Point> points) {

    /** One threshold's rates; {@code threshold} null for +inf. */
    public record Point(Double threshold, double falsePositiveRate, double truePositiveRate, double precision) {}

    /** The curves of the scores (P(class 1)) against the true classes (0 or 1). */
    static BinaryCurves of(double[] scores, int[] truth, double threshold, double costRatio) {
        require(costRatio >= 0 && Double.isFinite(costRatio), "costRatio must be finite and >= 0, was %s", costRatio);
        boolean[] positive = new boolean[truth.length];
        for (int r = 0; r < truth.length; r++) {
            positive[r] = truth[r] == 1;
        }
        ThresholdCurve curve = ThresholdCurve.of(scores, positive);
        List<Point> points = new ArrayList<>();
        for (ThresholdPoint p : curve.points()) {
            points.add(new Point(finite(p.threshold()), p.falsePositiveRate(), p.recall(), p.precision()));
        }
        ThresholdPoint cheapest = curve.cheapest(costRatio);
        return new BinaryCurves(threshold, costRatio, curve.at(threshold).cost(costRatio), finite(cheapest.threshold()),
                cheapest.cost(costRatio), curve.rocAuc(), curve.averagePrecision(), points);
    }

    private static Double finite(double threshold) {
        return Double.isInfinite(threshold) ? null : threshold;
    }
}
