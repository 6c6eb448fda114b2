package tanito.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.data.Datasets;
import tanito.data.Split;
import tanito.data.SplitSpec;
import tanito.linalg.Rng;
import tanito.loss.Loss;
import tanito.metrics.EpochMetrics;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.optim.Sgd;

/** What callbacks see of the best epoch and of early stopping's patience, against what the run reports. */
class BestEpochContextTest {
    private static final Split IRIS = SplitSpec.PRESET_70_20_10.apply(Datasets.builtin("iris"), Rng.seeded(1));
    private static final NetworkSpec NET = NetworkSpec.input(4).dense(16, Activation.relu()).output(3);
    private static final TrainerConfig CONFIG = TrainerConfig.of(Loss.softmaxCrossEntropy(), Sgd.momentum(0.2, 0.9))
            .withBatchSize(16);

    /** The context's answers after each epoch: {epoch, best epoch, patience left or -1}. */
    private static final class Watcher implements Callback {
        final List<int[]> seen = new ArrayList<>();
        TrainingContext context;

        @Override
        public void onEpochEnd(EpochMetrics metrics, TrainingContext c) {
            context = c;
            seen.add(new int[] {metrics.epoch(), c.bestEpoch(), c.patienceLeft().orElse(-1)});
        }
    }

    @Test
    void withEarlyStoppingPatienceLeftCountsDownFromTheBestEpochAndTheLastBestIsTheResults() {
        Watcher watcher = new Watcher();
        TrainerConfig config = CONFIG.withEpochs(400).withEarlyStopping(EarlyStopping.patience(4));
        TrainingResult result = new Trainer(config, watcher).fit(NET, IRIS.train(), IRIS.validation());

        assertEquals(Stop.Reason.EARLY_STOPPED, result.stop().reason());
        assertEquals(4, watcher.context.earlyStopping().orElseThrow().patience());
        for (int[] epoch : watcher.seen) {
            assertTrue(epoch[1] >= 1 && epoch[1] <= epoch[0], "best " + epoch[1] + " after epoch " + epoch[0]);
            assertEquals(4 - (epoch[0] - epoch[1]), epoch[2], "patience left after epoch " + epoch[0]);
        }
        int[] last = watcher.seen.get(watcher.seen.size() - 1);
        assertEquals(result.bestEpoch(), last[1]);
        assertEquals(0, last[2], "the run stops when no patience is left");
        assertEquals(result.bestEpoch() + 4, last[0]);
    }

    @Test
    void withoutEarlyStoppingTheBestEpochIsTheLowestValidationLossSoFar() {
        Watcher watcher = new Watcher();
        TrainingResult result = new Trainer(CONFIG.withEpochs(25), watcher).fit(NET, IRIS.train(), IRIS.validation());

        double[] validationLoss = result.history().values("val_loss");
        for (int[] epoch : watcher.seen) {
            double best = validationLoss[epoch[1] - 1];
            for (int i = 0; i < epoch[0]; i++) {
                assertTrue(best <= validationLoss[i], "epoch " + (i + 1) + " beats the best " + epoch[1]);
            }
            assertEquals(-1, epoch[2], "no patience without early stopping");
        }
        assertTrue(watcher.context.earlyStopping().isEmpty());
        assertEquals(result.bestEpoch(), watcher.seen.get(watcher.seen.size() - 1)[1]);
    }
}
