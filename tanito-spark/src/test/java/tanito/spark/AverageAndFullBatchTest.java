package tanito.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tanito.data.Datasets;
import tanito.data.Split;
import tanito.data.SplitSpec;
import tanito.linalg.Rng;
import tanito.loss.Loss;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.optim.Adam;
import tanito.optim.lbfgs.Lbfgs;
import tanito.optim.lbfgs.LineSearch;
import tanito.train.Trainer;
import tanito.train.TrainerConfig;
import tanito.train.TrainingResult;

/**
 * Local SGD ({@code average}) on digits learns as well as one machine (within one percentage point of
 * its test accuracy); full-batch L-BFGS on wine reaches at least 0.95 test accuracy; both give the
 * same model on a rerun with the same seed.
 */
class AverageAndFullBatchTest {
    private static final Split DIGITS = SplitSpec.PRESET_50_30_20.apply(Datasets.builtin("digits"), Rng.seeded(3));
    private static final Split WINE = SplitSpec.PRESET_70_20_10.apply(Datasets.builtin("wine"), Rng.seeded(7));
    private static final NetworkSpec DIGITS_NET = NetworkSpec.input(64).dense(64, Activation.relu()).output(10);
    private static final TrainerConfig DIGITS_CONFIG = TrainerConfig.of(Loss.softmaxCrossEntropy(),
            Adam.withLearningRate(0.002)).withBatchSize(32).withEpochs(20).withSeed(11);

    @Test
    void averageOnDigitsIsWithinOnePointOfOneMachine() {
        TrainingResult local = new Trainer(DIGITS_CONFIG).fit(DIGITS_NET, DIGITS.train(), DIGITS.validation());
        TrainingResult spark = average(DIGITS_CONFIG);
        double localAccuracy = local.model().evaluate(DIGITS.test()).metric();
        double sparkAccuracy = spark.model().evaluate(DIGITS.test()).metric();
        System.out.printf("digits test accuracy: one machine %.4f, average on 2 partitions (8 local steps, twice the rate) %.4f%n",
                localAccuracy, sparkAccuracy);
        assertTrue(sparkAccuracy >= localAccuracy - 0.01, sparkAccuracy + " against " + localAccuracy);
        assertTrue(localAccuracy > 0.9, "the single-machine run learns digits: " + localAccuracy);
    }

    @Test
    void averageGivesTheSameModelOnARerun() {
        TrainerConfig short_ = DIGITS_CONFIG.withEpochs(2);
        assertArrayEquals(average(short_).model().parameters(), average(short_).model().parameters());
    }

    @Test
    void fullBatchLbfgsLearnsWineAndRepeatsItself() {
        NetworkSpec net = NetworkSpec.input(13).dense(16, Activation.tanh()).output(3);
        TrainerConfig config = TrainerConfig.of(Loss.softmaxCrossEntropy(),
                Lbfgs.defaults().withLineSearch(LineSearch.STRONG_WOLFE)).withEpochs(5);
        SparkTrainer trainer = new SparkTrainer(LocalSpark.context(), config, new Parallelism.FullBatch(4));
        TrainingResult first = trainer.fit(net, WINE.train(), WINE.validation());
        TrainingResult second = trainer.fit(net, WINE.train(), WINE.validation());
        double accuracy = first.model().evaluate(WINE.test()).metric();
        System.out.printf("full-batch L-BFGS on wine, 4 partitions: test accuracy %.4f%n", accuracy);
        assertTrue(accuracy >= 0.95, "test accuracy " + accuracy);
        assertArrayEquals(first.model().parameters(), second.model().parameters());
    }

    /**
     * Local SGD on 2 partitions at twice the learning rate: averaging two partitions' k steps moves
     * the weights about as far as one partition's k steps, half what one machine's 2k steps do, so
     * the rate is scaled by the partitions (the linear scaling rule; Goyal et al., 2017).
     */
    private static TrainingResult average(TrainerConfig config) {
        TrainerConfig scaled = config.withOptimizer(Adam.withLearningRate(2 * 0.002));
        return new SparkTrainer(LocalSpark.context(), scaled, new Parallelism.Average(2, 8))
                .fit(DIGITS_NET, DIGITS.train(), DIGITS.validation());
    }
}
