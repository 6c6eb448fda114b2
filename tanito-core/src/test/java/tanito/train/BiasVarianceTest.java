package tanito.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.data.Dataset;
import tanito.data.Datasets;
import tanito.data.FoldSpec;
import tanito.loss.Loss;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.optim.Adam;
import tanito.regularize.Penalty;

/** The bias-variance pictures and verdicts on the digits, as the lecture draws them. */
class BiasVarianceTest {
    private static final Dataset DIGITS = Datasets.builtin("digits");
    private static final TrainerConfig CONFIG = TrainerConfig.of(Loss.softmaxCrossEntropy(), Adam.withLearningRate(0.01))
            .withEpochs(60).withEarlyStopping(EarlyStopping.patience(8));
    private static final Curves CURVES = new Curves(FoldSpec.stratified(3), 0.1, 2);

    private static NetworkSpec net(int... hidden) {
        NetworkSpec.Builder builder = NetworkSpec.input(64);
        for (int width : hidden) {
            builder.dense(width, Activation.tanh());
        }
        return builder.output(10);
    }

    @Test
    void theLearningCurvesValidationErrorFallsWithMoreData() {
        List<CurvePoint> curve = CURVES.learning(DIGITS, new Curves.Setup(net(64), CONFIG), new double[] {0.1, 0.3, 1.0});
        for (int i = 1; i < curve.size(); i++) {
            assertTrue(curve.get(i).trainingRows() > curve.get(i - 1).trainingRows());
            assertTrue(curve.get(i).meanValidationError() < curve.get(i - 1).meanValidationError(),
                    "validation error did not fall from " + curve.get(i - 1) + " to " + curve.get(i));
        }
        assertTrue(curve.get(0).meanValidationError() - curve.get(0).meanTrainingError()
                > curve.get(2).meanValidationError() - curve.get(2).meanTrainingError(), "the gap closes with data");
    }

    @Test
    void theValidationCurveOverL2ShowsUnderAndOverRegularisation() {
        Dataset few = fewDigits(0.3);
        double[] strengths = {1e-5, 1e-3, 1e-1, 1.0};
        List<CurvePoint> curve = CURVES.validation(few, strengths,
                l2 -> new Curves.Setup(net(128), CONFIG.withPenalties(Penalty.l2(l2))));
        CurvePoint weakest = curve.get(0);
        CurvePoint strongest = curve.get(curve.size() - 1);
        CurvePoint best = CurvePoint.best(curve);
        assertTrue(strongest.meanValidationError() > best.meanValidationError() + 0.02,
                "over-regularised: strong L2 must hurt, " + strongest + " vs " + best);
        assertTrue(strongest.meanTrainingError() > weakest.meanTrainingError(), "strong L2 underfits the training data");
        assertTrue(weakest.meanValidationError() - weakest.meanTrainingError()
                > strongest.meanValidationError() - strongest.meanTrainingError(), "weak L2 overfits: the larger gap");
    }

    @Test
    void aLargeNetOnATenthOfTheDigitsHasHighVariance() {
        CurvePoint point = CURVES.learning(DIGITS, new Curves.Setup(net(256, 256), CONFIG), new double[] {0.1}).get(0);
        assertEquals(Verdict.Kind.HIGH_VARIANCE, point.verdict().kind(), point.verdict().describe());
    }

    @Test
    void aTwoUnitNetHasHighBias() {
        CurvePoint point = CURVES.learning(DIGITS, new Curves.Setup(net(2), CONFIG), new double[] {1.0}).get(0);
        assertEquals(Verdict.Kind.HIGH_BIAS, point.verdict().kind(), point.verdict().describe());
    }

    @Test
    void theVerdictRuleAsDocumented() {
        assertEquals(Verdict.Kind.GOOD_FIT, Verdict.of(0.01, 0.04).kind());
        assertEquals(Verdict.Kind.HIGH_VARIANCE, Verdict.of(0.0, 0.12).kind());
        assertEquals(Verdict.Kind.HIGH_BIAS, Verdict.of(0.35, 0.42).kind());
        assertEquals(Verdict.Kind.HIGH_BIAS_AND_VARIANCE, Verdict.of(0.2, 0.5).kind());
        assertTrue(Verdict.of(0.0, 0.12).describe().startsWith("high variance: training error 0.000, validation error 0.120"));
    }

    private static Dataset fewDigits(double share) {
        return new tanito.data.SplitSpec(share, 1 - share, 0).apply(DIGITS, tanito.linalg.Rng.seeded(3)).train();
    }
}
