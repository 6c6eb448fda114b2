package tanito.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The examples of scikit-learn's {@code roc_curve}, {@code precision_recall_curve},
 * {@code roc_auc_score} and {@code average_precision_score} documentation: labels {@code [0, 0, 1, 1]}
 * and scores {@code [0.1, 0.4, 0.35, 0.8]}.
 */
class ThresholdCurveTest {
    private final ThresholdCurve curve =
            ThresholdCurve.of(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true});

    @Test
    void rocPointsMatchScikitLearn() {
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, 0.8, 0.4, 0.35, 0.1},
                curve.points().stream().mapToDouble(ThresholdPoint::threshold).toArray());
        assertArrayEquals(new double[] {0, 0, 0.5, 0.5, 1},
                curve.points().stream().mapToDouble(ThresholdPoint::falsePositiveRate).toArray(), 1e-12);
        assertArrayEquals(new double[] {0, 0.5, 0.5, 1, 1},
                curve.points().stream().mapToDouble(ThresholdPoint::recall).toArray(), 1e-12);
        assertEquals(0.75, curve.rocAuc(), 1e-12);
    }

    @Test
    void precisionRecallMatchesScikitLearn() {
        // precision_recall_curve lists thresholds upwards: precision [0.5, 0.667, 0.5, 1, 1] for [0.1, 0.35, 0.4, 0.8, end]
        assertArrayEquals(new double[] {1, 1, 0.5, 2 / 3.0, 0.5},
                curve.points().stream().mapToDouble(ThresholdPoint::precision).toArray(), 1e-12);
        assertEquals(0.8333333333333333, curve.averagePrecision(), 1e-12);
    }

    @Test
    void aThresholdBetweenScoresCountsTheRowsAtOrAboveIt() {
        ThresholdPoint half = curve.at(0.5);
        assertEquals(1, half.truePositives());
        assertEquals(0, half.falsePositives());
        assertEquals(1, half.falseNegatives());
        assertEquals(2, half.trueNegatives());
        assertEquals(0.35, curve.at(0.35).threshold());
        assertEquals(Double.POSITIVE_INFINITY, curve.at(0.9).threshold());
        assertEquals(4, curve.at(0).truePositives() + curve.at(0).falsePositives());
    }

    @Test
    void theCheapestThresholdFollowsTheCostRatio() {
        // cost = ratio * FP + FN at thresholds inf, 0.8, 0.4, 0.35, 0.1: FP 0,0,1,1,2 and FN 2,1,1,0,0
        assertEquals(0.35, curve.cheapest(0.5).threshold(), "a false positive costs half a false negative: 0.5 < 1");
        assertEquals(0.8, curve.cheapest(2).threshold(), "a false positive costs two: 1 beats 2");
        assertEquals(1.0, curve.cheapest(2).cost(2));
        assertEquals(0.35, curve.cheapest(0).threshold(), "false positives free: 0.35 and 0.1 cost 0, the higher wins");
    }

    @Test
    void tiedScoresMakeOnePoint() {
        ThresholdCurve tied = ThresholdCurve.of(new double[] {0.5, 0.5, 0.2}, new boolean[] {true, false, false});
        assertEquals(3, tied.points().size());
        assertEquals(0.5, tied.points().get(1).falsePositiveRate());
        assertEquals(0.75, tied.rocAuc(), 1e-12);
    }

    @Test
    void oneKindOfLabelIsRefusedWithItsCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ThresholdCurve.of(new double[] {0.1, 0.2}, new boolean[] {true, true}));
        assertEquals("a threshold curve needs positive and negative rows, had 2 and 0", e.getMessage());
    }
}
