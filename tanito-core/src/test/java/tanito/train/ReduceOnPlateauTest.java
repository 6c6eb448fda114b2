package tanito.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.linalg.Params;
import tanito.metrics.EpochMetrics;
import tanito.metrics.History;

/** Reduce-on-plateau's rules on scripted validation curves, with Keras's semantics. */
class ReduceOnPlateauTest {

    /** Feeds val_loss values and returns the learning rate after each epoch. */
    private static List<Double> run(ReduceOnPlateau spec, double... values) {
        double[] rate = {1.0};
        TrainingContext context = new TrainingContext() {
            @Override public Params params() { return Params.of(0f); }
            @Override public History history() { return History.empty("accuracy"); }
            @Override public int plannedEpochs() { return values.length; }
            @Override public void requestStop(String reason) { }
            @Override public int bestEpoch() { return 0; }
            @Override public java.util.Optional<EarlyStopping> earlyStopping() { return java.util.Optional.empty(); }
            @Override public java.util.OptionalInt patienceLeft() { return java.util.OptionalInt.empty(); }
            @Override public double learningRate() { return rate[0]; }
            @Override public void scaleLearningRate(double factor) { rate[0] *= factor; }
        };
        ReduceOnPlateauCallback callback = new ReduceOnPlateauCallback(spec);
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            callback.onEpochEnd(new EpochMetrics(i + 1, 0, 0, values[i], 0), context);
            rates.add(Math.round(rate[0] * 1e6) / 1e6);
        }
        return rates;
    }

    @Test
    void patienceEpochsWithoutImprovementHalveTheRate() {
        assertEquals(List.of(1.0, 1.0, 1.0, 0.5, 0.5, 0.25),
                run(ReduceOnPlateau.patience(2, 0.5), 1.0, 0.9, 0.95, 0.92, 0.93, 0.94));
    }

    @Test
    void cooldownWaitsBeforeCountingAgain() {
        // Keras counts the cooldown down at the start of each epoch end, so cooldown 2 skips one epoch
        ReduceOnPlateau cooldown = ReduceOnPlateau.patience(1, 0.5).withCooldown(2);
        assertEquals(List.of(1.0, 0.5, 0.5, 0.25, 0.25, 0.125), run(cooldown, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5));
        ReduceOnPlateau none = ReduceOnPlateau.patience(1, 0.5);
        assertEquals(List.of(1.0, 0.5, 0.25, 0.125), run(none, 1.0, 1.1, 1.2, 1.3));
    }

    @Test
    void theRateNeverFallsBelowTheFloor() {
        ReduceOnPlateau spec = ReduceOnPlateau.patience(1, 0.1).withMinLearningRate(0.05);
        assertEquals(List.of(1.0, 0.1, 0.05, 0.05), run(spec, 1.0, 1.1, 1.2, 1.3));
    }

    @Test
    void invalidSettingsNameTheValue() {
        assertEquals("the plateau factor must be in (0, 1), was 1.0",
                assertThrows(IllegalArgumentException.class, () -> ReduceOnPlateau.patience(3, 1.0)).getMessage());
        assertEquals("reduce-on-plateau cannot monitor 'acc'; choose one of accuracy, loss, mse, val_accuracy, val_loss, val_mse",
                assertThrows(IllegalArgumentException.class,
                        () -> ReduceOnPlateau.patience(3, 0.5).withMonitor("acc")).getMessage());
    }
}
