package tanito.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tanito.data.Dataset;
import tanito.data.Datasets;
import tanito.data.Split;
import tanito.data.SplitSpec;
import tanito.linalg.Matrix;
import tanito.linalg.Rng;
import tanito.linalg.Vectors;
import tanito.loss.Loss;
import tanito.metrics.EpochMetrics;
import tanito.metrics.Evaluation;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.optim.Sgd;
import tanito.regularize.Penalty;

class TrainerTest {
    private static final Split IRIS = SplitSpec.PRESET_70_20_10.apply(Datasets.builtin("iris"), Rng.seeded(1));
    private static final NetworkSpec NET = NetworkSpec.input(4).dense(16, Activation.relu()).dropout(0.1).output(3);
    private static final TrainerConfig CONFIG = TrainerConfig.of(Loss.softmaxCrossEntropy(), Sgd.momentum(0.05, 0.9))
            .withBatchSize(16).withEpochs(60).withPenalties(Penalty.l2(1e-4));

    @Test
    void learnsIris() {
        TrainingResult result = new Trainer(CONFIG).fit(NET, IRIS.train(), IRIS.validation());
        Evaluation test = result.model().evaluate(IRIS.test());
        assertTrue(test.metric() >= 0.9, "iris test accuracy " + test.metric());
        assertEquals(60, result.history().size());
        assertEquals(Stop.Reason.COMPLETED, result.stop().reason());
        double[] loss = result.history().values("loss");
        assertTrue(loss[loss.length - 1] < loss[0] / 3, "the training loss fell from " + loss[0] + " to " + loss[59]);
    }

    @Test
    void theSameSeedGivesBitIdenticalWeightsAndMetrics() {
        TrainingResult a = new Trainer(CONFIG.withEpochs(15)).fit(NET, IRIS.train(), IRIS.validation());
        TrainingResult b = new Trainer(CONFIG.withEpochs(15)).fit(NET, IRIS.train(), IRIS.validation());
        assertArrayEquals(a.model().parameters(), b.model().parameters());
        assertEquals(a.history(), b.history());
        TrainingResult other = new Trainer(CONFIG.withEpochs(15).withSeed(43)).fit(NET, IRIS.train(), IRIS.validation());
        assertTrue(!java.util.Arrays.equals(a.model().parameters(), other.model().parameters()),
                "another seed gives other weights");
    }

    @Test
    void inputsAreNeverModified() {
        Matrix features = IRIS.train().features().copy();
        Matrix targets = IRIS.train().targets().copy();
        Matrix validation = IRIS.validation().features().copy();
        Model model = new Trainer(CONFIG.withEpochs(5)).fit(NET, IRIS.train(), IRIS.validation()).model();
        Matrix rows = IRIS.test().features().copy();
        model.predict(IRIS.test().features());
        model.evaluate(IRIS.test());
        assertTrue(features.contentEquals(IRIS.train().features()));
        assertTrue(targets.contentEquals(IRIS.train().targets()));
        assertTrue(validation.contentEquals(IRIS.validation().features()));
        assertTrue(rows.contentEquals(IRIS.test().features()));
    }

    @Test
    void earlyStoppingRestoresTheSnapshotOfTheBestEpoch() {
        Map<Integer, float[]> snapshots = new HashMap<>();
        Callback spy = new Callback() {
            @Override
            public void onEpochEnd(EpochMetrics metrics, TrainingContext context) {
                snapshots.put(metrics.epoch(), context.params().snapshot());
            }
        };
        TrainerConfig config = CONFIG.withEpochs(400).withOptimizer(Sgd.momentum(0.2, 0.9))
                .withEarlyStopping(EarlyStopping.patience(5));
        TrainingResult result = new Trainer(config, spy).fit(NET, IRIS.train(), IRIS.validation());

        assertEquals(Stop.Reason.EARLY_STOPPED, result.stop().reason());
        double[] validationLoss = result.history().values("val_loss");
        int argmin = 0;
        for (int i = 1; i < validationLoss.length; i++) {
            argmin = validationLoss[i] < validationLoss[argmin] ? i : argmin;
        }
        assertEquals(argmin + 1, result.bestEpoch());
        assertEquals(result.bestEpoch(), result.weightsEpoch());
        assertEquals(result.bestEpoch() + 5, result.history().size(), "stopped after 5 epochs of patience");
        assertArrayEquals(snapshots.get(result.bestEpoch()), result.model().parameters());
        assertEquals(validationLoss[argmin], result.model().evaluate(IRIS.validation()).loss(), 1e-6);
    }

    @Test
    void aNonFiniteLossStopsTrainingAndKeepsTheBestWeights() {
        Map<Integer, float[]> snapshots = new HashMap<>();
        Callback saboteur = new Callback() {
            @Override
            public void onEpochEnd(EpochMetrics metrics, TrainingContext context) {
                snapshots.put(metrics.epoch(), context.params().snapshot());
                if (metrics.epoch() == 6) {
                    context.params().values()[3] = Float.NaN; // as if the step had diverged
                }
            }
        };
        TrainerConfig config = CONFIG.withEpochs(50).withEarlyStopping(EarlyStopping.patience(50));
        TrainingResult result = new Trainer(config, saboteur).fit(NET, IRIS.train(), IRIS.validation());

        assertEquals(Stop.Reason.NON_FINITE_LOSS, result.stop().reason());
        assertEquals(7, result.stop().epoch());
        assertTrue(result.stop().message().startsWith("the loss became NaN in batch 1 of epoch 7"), result.stop().message());
        assertEquals(6, result.history().size());
        assertTrue(result.bestEpoch() >= 1 && result.bestEpoch() <= 6);
        assertArrayEquals(snapshots.get(result.bestEpoch()), result.model().parameters());
        float[] weights = result.model().parameters();
        assertTrue(Vectors.allFinite(weights, 0, weights.length));
    }

    @Test
    void aDivergingLearningRateEndsWithFiniteWeights() {
        Dataset data = Datasets.builtin("wine");
        TrainerConfig config = TrainerConfig.of(Loss.softmaxCrossEntropy(), Sgd.momentum(1e4, 0.9)).withEpochs(30);
        NetworkSpec net = NetworkSpec.input(13).dense(32, Activation.relu()).output(3);
        TrainingResult result = new Trainer(config).fit(net, data, null);
        assertEquals(Stop.Reason.NON_FINITE_LOSS, result.stop().reason());
        float[] weights = result.model().parameters();
        assertTrue(Vectors.allFinite(weights, 0, weights.length));
        assertEquals(result.history().size(), result.weightsEpoch());
    }

    @Test
    void callbacksSeeEveryBatchAndEpochInOrder() {
        List<String> events = new ArrayList<>();
        Callback recorder = new Callback() {
            @Override public void onTrainBegin(TrainingContext c) { events.add("begin"); }
            @Override public void onBatchEnd(int epoch, int batch, int batches, double loss) {
                events.add(epoch + "." + batch + "/" + batches);
            }
            @Override public void onEpochEnd(EpochMetrics m, TrainingContext c) { events.add("epoch " + m.epoch()); }
            @Override public void onTrainEnd(TrainingContext c) { events.add("end"); }
        };
        new Trainer(CONFIG.withEpochs(2).withBatchSize(50), recorder).fit(NET, IRIS.train(), IRIS.validation());
        // 105 training rows in batches of 50: 50, 50, 5
        assertEquals(List.of("begin", "1.1/3", "1.2/3", "1.3/3", "epoch 1", "2.1/3", "2.2/3", "2.3/3", "epoch 2", "end"),
                events);
    }
}
