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
import tanito.optim.Adam;
import tanito.optim.GradientClipping;
import tanito.optim.Schedule;

/** The trainer applies the schedule per step, reduce-on-plateau per epoch, and clipping per batch. */
class ScheduleTrainingTest {
    private static final Split IRIS = SplitSpec.PRESET_70_20_10.apply(Datasets.builtin("iris"), Rng.seeded(1));
    private static final NetworkSpec NET = NetworkSpec.input(4).dense(8, Activation.tanh()).output(3);
    // 105 training rows in batches of 35: 3 steps per epoch
    private static final TrainerConfig CONFIG = TrainerConfig.of(Loss.softmaxCrossEntropy(), Adam.withLearningRate(0.01))
            .withBatchSize(35);

    /** The learning rate the next step would use, read at the end of every epoch. */
    private static List<Double> rates(TrainerConfig config) {
        List<Double> rates = new ArrayList<>();
        Callback spy = new Callback() {
            @Override
            public void onEpochEnd(EpochMetrics metrics, TrainingContext context) {
                rates.add(context.learningRate());
            }
        };
        new Trainer(config, spy).fit(NET, IRIS.train(), IRIS.validation());
        return rates;
    }

    @Test
    void theScheduleSetsTheRateOfEveryStep() {
        List<Double> rates = rates(CONFIG.withEpochs(4).withSchedule(new Schedule.StepDecay(6, 0.1)));
        // the rate in force at the last step of epochs 1..4 (steps 3, 6, 9, 12)
        assertEquals(0.01, rates.get(0), 1e-15);
        assertEquals(0.01, rates.get(1), 1e-15);
        assertEquals(0.001, rates.get(2), 1e-15);
        assertEquals(0.001, rates.get(3), 1e-15);
    }

    @Test
    void reduceOnPlateauDividesTheRateWhenTheMonitorStalls() {
        // training loss with min delta 10 never improves after epoch 1: a reduction every 2 epochs
        ReduceOnPlateau plateau = new ReduceOnPlateau("loss", 0.5, 2, 10, 0, 0.002);
        List<Double> rates = rates(CONFIG.withEpochs(7).withPlateau(plateau));
        assertEquals(List.of(0.01, 0.01, 0.005, 0.005, 0.0025, 0.0025, 0.002), rates);
    }

    @Test
    void clippingStillTrains() {
        TrainingResult result = new Trainer(CONFIG.withEpochs(60).withClipping(GradientClipping.byNorm(0.1)))
                .fit(NET, IRIS.train(), IRIS.validation());
        double[] loss = result.history().values("loss");
        assertTrue(loss[59] < loss[0] / 2, "the loss fell from " + loss[0] + " to " + loss[59]);
    }
}
