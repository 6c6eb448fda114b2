package tanito.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.data.Dataset;
import tanito.data.Datasets;
import tanito.data.FoldSpec;
import tanito.loss.Loss;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.optim.Adam;
import tanito.train.CrossValidation;
import tanito.train.CrossValidationResult;
import tanito.train.EarlyStopping;
import tanito.train.FoldScore;
import tanito.train.TrainerConfig;

/** Five-fold cross-validation on wine, one fold per Spark task, scores every fold as one machine does. */
class SparkCrossValidationTest {

    @Test
    void fiveFoldsOnWineScoreAsOnOneMachine() {
        Dataset wine = Datasets.builtin("wine");
        NetworkSpec net = NetworkSpec.input(13).dense(8, Activation.relu()).dropout(0.1).output(3);
        TrainerConfig config = TrainerConfig.of(Loss.softmaxCrossEntropy(), Adam.withLearningRate(0.01))
                .withEpochs(30).withEarlyStopping(EarlyStopping.patience(5)).withSeed(9);
        FoldSpec folds = FoldSpec.stratified(5);
        CrossValidationResult local = new CrossValidation(net, config, folds, 0.2, 2).run(wine, fold -> { });
        List<FoldScore> spark = new SparkCrossValidation(LocalSpark.context(), net, config, folds, 0.2).run(wine);
        assertEquals(5, spark.size());
        for (int i = 0; i < 5; i++) {
            CrossValidation.FoldResult expected = local.folds().get(i);
            FoldScore actual = spark.get(i);
            assertEquals(expected.fold().index(), actual.index());
            assertEquals(expected.test().metric(), actual.testMetric(), 0.0, "fold " + i + " accuracy");
            assertEquals(expected.test().loss(), actual.testLoss(), 0.0, "fold " + i + " loss");
            assertEquals(expected.training().history().size(), actual.epochs(), "fold " + i + " epochs");
        }
        System.out.printf("wine 5-fold CV on Spark: accuracies %s%n",
                spark.stream().map(f -> String.format("%.4f", f.testMetric())).toList());
    }
}
