package tanito.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tanito.data.Datasets;
import tanito.data.Split;
import tanito.data.SplitSpec;
import tanito.linalg.Rng;
import tanito.loss.Loss;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.optim.Adam;
import tanito.regularize.Penalty;
import tanito.train.EarlyStopping;
import tanito.train.Trainer;
import tanito.train.SeedPolicy;
import tanito.train.TrainerConfig;
import tanito.train.TrainingResult;

/**
 * {@code sync} trains as one machine does with the same seed and global batch: bit for bit with one
 * partition (dropout and an L2 penalty included), within float rounding with four, and the same model
 * on every rerun. Wine: 124 training and 36 validation rows with this split.
 */
class SyncTrainingTest {
    private static final Split WINE = SplitSpec.PRESET_70_20_10.apply(Datasets.builtin("wine"), Rng.seeded(7));
    private static final TrainerConfig CONFIG = TrainerConfig.of(Loss.softmaxCrossEntropy(), Adam.withLearningRate(0.01))
            .withBatchSize(16).withEpochs(6).withPenalties(Penalty.l2(1e-3)).withSeed(5);

    /** Under either seed policy: PyTorch's draws the initial weights and the random order on the driver too. */
    @ParameterizedTest
    @EnumSource(SeedPolicy.class)
    void onePartitionIsBitIdenticalToOneMachineWithDropout(SeedPolicy policy) {
        NetworkSpec net = NetworkSpec.input(13).dense(16, Activation.relu()).dropout(0.2).output(3);
        TrainerConfig config = CONFIG.withSeedPolicy(policy);
        TrainingResult local = new Trainer(config).fit(net, WINE.train(), WINE.validation());
        TrainingResult spark = sync(1, config, net);
        assertArrayEquals(local.model().parameters(), spark.model().parameters());
        assertArrayEquals(local.history().values("loss"), spark.history().values("loss"));
        assertArrayEquals(local.history().values("val_accuracy"), spark.history().values("val_accuracy"));
    }

    @Test
    void fourPartitionsMatchOneMachineWithinFloatRounding() {
        NetworkSpec net = NetworkSpec.input(13).dense(16, Activation.tanh()).output(3);
        float[] local = new Trainer(CONFIG).fit(net, WINE.train(), WINE.validation()).model().parameters();
        float[] spark = sync(4, CONFIG, net).model().parameters();
        double difference = Relative.normDifference(spark, local);
        System.out.printf("sync on 4 partitions vs one machine after 48 Adam steps: relative difference %.3g "
                + "(||a-b||/||b||), largest element-wise %.3g%n", difference, Relative.maxDifference(spark, local));
        assertTrue(difference <= 1e-5, "relative difference " + difference);
        assertTrue(difference > 0, "four partitions add the batch in another order, so some bits differ");
    }

    @Test
    void sameSeedGivesTheSameModelOnFourPartitions() {
        NetworkSpec net = NetworkSpec.input(13).dense(16, Activation.relu()).dropout(0.2).output(3);
        TrainingResult first = sync(4, CONFIG, net);
        TrainingResult second = sync(4, CONFIG, net);
        assertArrayEquals(first.model().parameters(), second.model().parameters());
        assertArrayEquals(first.history().values("val_loss"), second.history().values("val_loss"));
    }

    @Test
    void earlyStoppingStopsAtTheSameEpochAsOnOneMachine() {
        NetworkSpec net = NetworkSpec.input(13).dense(16, Activation.tanh()).output(3);
        TrainerConfig stopping = CONFIG.withEpochs(60).withEarlyStopping(EarlyStopping.patience(2));
        TrainingResult local = new Trainer(stopping).fit(net, WINE.train(), WINE.validation());
        TrainingResult spark = sync(1, stopping, net);
        assertTrue(local.history().size() < 60, "the configuration stops early: " + local.history().size());
        assertEquals(local.history().size(), spark.history().size());
        assertEquals(local.bestEpoch(), spark.bestEpoch());
        assertArrayEquals(local.model().parameters(), spark.model().parameters());
    }

    private static TrainingResult sync(int partitions, TrainerConfig config, NetworkSpec net) {
        return new SparkTrainer(LocalSpark.context(), config, new Parallelism.Sync(partitions))
                .fit(net, WINE.train(), WINE.validation());
    }
}
