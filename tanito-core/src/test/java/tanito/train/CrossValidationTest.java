package tanito.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.data.Dataset;
import tanito.data.Datasets;
import tanito.data.FoldSpec;
import tanito.data.ScalerSpec;
import tanito.loss.Loss;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.optim.Adam;
import tanito.train.CrossValidation.FoldResult;

class CrossValidationTest {
    private static final Dataset WINE = Datasets.builtin("wine");
    private static final NetworkSpec NET = NetworkSpec.input(13).dense(16, Activation.tanh()).output(3);
    private static final TrainerConfig CONFIG = TrainerConfig.of(Loss.softmaxCrossEntropy(), Adam.withLearningRate(0.01))
            .withEpochs(30);

    @Test
    void eachFoldsScalerIsFittedOnThatFoldsTrainingRowsAlone() {
        CrossValidationResult result = new CrossValidation(NET, CONFIG, FoldSpec.stratified(4), 0.1, 1)
                .run(WINE, fold -> { });
        assertEquals(4, result.folds().size());
        Object wholeData = ScalerSpec.standard().fit(WINE.features());
        for (FoldResult fold : result.folds()) {
            Object expected = ScalerSpec.standard().fit(WINE.subset(fold.fold().trainRows()).features());
            Object fitted = fold.training().model().preprocessing().features();
            assertEquals(expected, fitted, "fold " + fold.fold().index() + " scaled with other rows' statistics");
            assertNotEquals(wholeData, fitted);
            assertEquals(fold.fold().trainRows().length, fold.training().model().provenance().trainingRows());
        }
    }

    @Test
    void eachFoldIsScoredOnTheRowsItWasFittedOnAndOnItsTestRows() {
        CrossValidationResult result = new CrossValidation(NET, CONFIG.withEpochs(5), FoldSpec.stratified(3), 0.1, 1)
                .run(WINE, fold -> { });
        for (FoldResult fold : result.folds()) {
            Model model = fold.training().model();
            Dataset training = WINE.subset(fold.fold().trainRows());
            assertEquals(model.evaluate(training), fold.trainingFit());
            assertEquals(model.evaluate(WINE.subset(fold.fold().testRows())), fold.test());
            assertEquals(1 - fold.trainingFit().metric(), fold.trainingError(), 1e-12, "accuracy and error rate agree");
            assertEquals(1 - fold.test().metric(), fold.testError(), 1e-12);
            FoldScore score = FoldScore.of(fold);
            assertEquals(fold.trainingFit().loss(), score.trainingLoss());
            assertEquals(fold.trainingFit().metric(), score.trainingMetric());
            assertNotEquals(score.testLoss(), score.trainingLoss());
        }
    }

    @Test
    void earlyStoppingHoldsOutPartOfEachFoldsTrainingRowsNeverItsTestRows() {
        TrainerConfig stopping = CONFIG.withEarlyStopping(EarlyStopping.patience(5));
        CrossValidationResult result = new CrossValidation(NET, stopping, FoldSpec.stratified(4), 0.25, 1)
                .run(WINE, fold -> { });
        for (FoldResult fold : result.folds()) {
            int trainRows = fold.fold().trainRows().length;
            int fitted = fold.training().model().provenance().trainingRows();
            assertEquals(trainRows * 0.75, fitted, 3, "about three quarters of the fold's training rows");
            assertEquals(fold.fold().testRows().length, fold.test().rows());
        }
        assertTrue(result.meanMetric() > 0.9, "wine accuracy " + result.meanMetric());
    }

    @Test
    void theResultDoesNotDependOnHowManyFoldsRunAtOnce() {
        List<Integer> order = new ArrayList<>();
        CrossValidationResult one = new CrossValidation(NET, CONFIG, FoldSpec.stratified(3).withRepeats(2), 0.1, 1)
                .run(WINE, fold -> order.add(fold.fold().repeat() * 3 + fold.fold().index()));
        CrossValidationResult two = new CrossValidation(NET, CONFIG, FoldSpec.stratified(3).withRepeats(2), 0.1, 2)
                .run(WINE, fold -> { });
        assertEquals(List.of(0, 1, 2, 3, 4, 5), order, "folds are reported in order");
        for (int i = 0; i < 6; i++) {
            assertEquals(one.folds().get(i).test(), two.folds().get(i).test());
        }
        assertEquals(one.meanMetric(), two.meanMetric());
        double[] values = one.folds().stream().mapToDouble(f -> f.test().metric()).toArray();
        double mean = java.util.Arrays.stream(values).average().orElseThrow();
        assertEquals(mean, one.meanMetric(), 1e-12);
        double variance = java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / values.length;
        assertEquals(Math.sqrt(variance), one.stdMetric(), 1e-12, "the population standard deviation, as NumPy's");
    }
}
