package tanito.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tanito.data.Datasets;
import tanito.data.Split;
import tanito.data.SplitSpec;
import tanito.linalg.Rng;
import tanito.loss.Loss;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.optim.Sgd;
import tanito.regularize.Penalty;

/**
 * The seam tanito-spark trains through: the epoch trainer and its batch source can be swapped without
 * changing anything else. A {@link MiniBatchEpochs} over a batch source that only forwards to the
 * run's own {@link BatchObjective} trains the same model; an epoch that reports a non-finite loss
 * ends the run as a non-finite batch does, with the weights of the last finished epoch.
 */
class EpochTrainerTest {
    private static final Split IRIS = SplitSpec.PRESET_70_20_10.apply(Datasets.builtin("iris"), Rng.seeded(1));
    private static final NetworkSpec NET = NetworkSpec.input(4).dense(8, Activation.tanh()).dropout(0.1).output(3);
    private static final TrainerConfig CONFIG = TrainerConfig.of(Loss.softmaxCrossEntropy(), Sgd.momentum(0.05, 0.9))
            .withBatchSize(16).withEpochs(5).withPenalties(Penalty.l2(1e-4));

    @Test
    void aForwardingBatchSourceTrainsTheSameModel() {
        TrainingResult plain = new Trainer(CONFIG).fit(NET, IRIS.train(), IRIS.validation());
        TrainingResult forwarded = new Trainer(CONFIG).withEpochs(context -> {
            Examples data = Examples.of(context.train(), context.preprocessing(), CONFIG.loss(), context.spec());
            BatchObjective own = new BatchObjective(context.network(), CONFIG.loss(), CONFIG.penalties(),
                    context.metric(), data.features(), data.targets(), null, CONFIG.batchSize());
            return new MiniBatchEpochs(context, new Forwarding(own), data.labels(), null);
        }).fit(NET, IRIS.train(), IRIS.validation());
        assertArrayEquals(plain.model().parameters(), forwarded.model().parameters());
        assertEquals(plain.history(), forwarded.history());
    }

    @Test
    void aFailedEpochStopsTheRunWithTheLastFinishedWeights() {
        TrainingResult twoEpochs = new Trainer(CONFIG.withEpochs(2)).fit(NET, IRIS.train(), IRIS.validation());
        TrainingResult failing = new Trainer(CONFIG).withEpochs(context -> {
            EpochTrainer local = MiniBatchEpochs.local().create(context);
            return epoch -> epoch < 3 ? local.train(epoch) : EpochLoss.failed("round 1 of epoch 3", Double.NaN);
        }).fit(NET, IRIS.train(), IRIS.validation());
        assertEquals(Stop.Reason.NON_FINITE_LOSS, failing.stop().reason());
        assertEquals("the loss became NaN in round 1 of epoch 3; training stopped and kept the weights of the best "
                + "epoch (try a smaller learning rate)", failing.stop().message());
        assertEquals(2, failing.history().size());
        assertArrayEquals(twoEpochs.model().parameters(), failing.model().parameters());
    }

    /** A batch source that forwards every call: what a distributed one looks like to the loop. */
    private record Forwarding(BatchSource inner) implements BatchSource {
        @Override
        public void select(int[] order, int from, int to, Rng dropout) {
            inner.select(order, from, to, dropout);
        }

        @Override
        public int rows() {
            return inner.rows();
        }

        @Override
        public double firstMetricSum() {
            return inner.firstMetricSum();
        }

        @Override
        public double evaluate(float[] x, float[] gradient) {
            return inner.evaluate(x, gradient);
        }
    }
}
