package tanito.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
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

class TrainingRunTest {
    private static final Split IRIS = SplitSpec.PRESET_70_20_10.apply(Datasets.builtin("iris"), Rng.seeded(1));
    private static final NetworkSpec NET = NetworkSpec.input(4).dense(8, Activation.tanh()).dropout(0.1).output(3);
    private static final TrainerConfig CONFIG = TrainerConfig.of(Loss.softmaxCrossEntropy(), Sgd.momentum(0.05, 0.9))
            .withBatchSize(16).withEpochs(7).withPenalties(Penalty.l2(1e-4));

    @Test
    void steppingEveryEpochIsFit() {
        TrainingResult fitted = new Trainer(CONFIG).fit(NET, IRIS.train(), IRIS.validation());
        TrainingRun run = new Trainer(CONFIG).start(NET, IRIS.train(), IRIS.validation());
        for (int epoch = 1; epoch <= 7; epoch++) {
            assertTrue(run.step(), "epoch " + epoch + " of 7 is trained");
            assertEquals(epoch, run.epoch());
            assertEquals(epoch, run.history().size());
        }
        assertFalse(run.step(), "no epoch after the planned 7");
        assertEquals(7, run.epoch());
        TrainingResult stepped = run.finish();
        assertEquals(fitted.history(), stepped.history());
        assertArrayEquals(fitted.model().parameters(), stepped.model().parameters());
        assertEquals(fitted.stop(), stepped.stop());
    }

    @Test
    void theModelBetweenEpochsIsACopyOfTheCurrentWeights() {
        TrainingRun run = new Trainer(CONFIG).start(NET, IRIS.train(), IRIS.validation());
        float[] initial = run.model().parameters();
        run.step();
        Model afterOne = run.model();
        float[] one = afterOne.parameters();
        assertFalse(Arrays.equals(initial, one), "an epoch changes the weights");
        run.step();
        assertArrayEquals(one, afterOne.parameters(), "a later step leaves an earlier model alone");
    }

    @Test
    void aFinishedRunDoesNotStep() {
        TrainingRun run = new Trainer(CONFIG).start(NET, IRIS.train(), IRIS.validation());
        run.step();
        TrainingResult result = run.finish();
        assertFalse(run.step());
        assertEquals(1, result.history().size());
        assertEquals(Stop.Reason.COMPLETED, result.stop().reason());
    }
}
