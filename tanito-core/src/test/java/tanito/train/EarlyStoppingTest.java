package tanito.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tanito.linalg.Params;
import tanito.metrics.EpochMetrics;
import tanito.metrics.History;

/** Early stopping's rules on scripted validation curves, with Keras's semantics. */
class EarlyStoppingTest {

    /** A context whose single weight equals the epoch number, so restored weights name their epoch. */
    private static final class Script implements TrainingContext {
        final Params params = Params.of(0f);
        int stoppedAt;

        @Override public Params params() { return params; }
        @Override public History history() { return History.empty("accuracy"); }
        @Override public int plannedEpochs() { return 100; }
        @Override public void requestStop(String reason) { }
        @Override public int bestEpoch() { return 0; }
        @Override public java.util.Optional<EarlyStopping> earlyStopping() { return java.util.Optional.empty(); }
        @Override public java.util.OptionalInt patienceLeft() { return java.util.OptionalInt.empty(); }
        @Override public double learningRate() { return 0.1; }
        @Override public void scaleLearningRate(double factor) { }

        /** Feeds the monitored values epoch by epoch until the callback asks to stop; returns the stop epoch. */
        int run(EarlyStoppingCallback callback, String monitor, double... values) {
            for (int i = 0; i < values.length; i++) {
                int epoch = i + 1;
                params.values()[0] = epoch;
                double v = values[i];
                boolean accuracy = monitor.contains("accuracy");
                callback.onEpochEnd(new EpochMetrics(epoch, 0, 0, accuracy ? 0 : v, accuracy ? v : 0), this);
                if (callback.stoppedEpoch() > 0) {
                    stoppedAt = epoch;
                    break;
                }
            }
            callback.onTrainEnd(this);
            return stoppedAt;
        }
    }

    @Test
    void patienceCountsFromTheBestEpochNotThePreviousOne() {
        // every epoch after the second improves on its predecessor, none on the best (0.5)
        EarlyStoppingCallback callback = new EarlyStoppingCallback(EarlyStopping.patience(3));
        Script script = new Script();
        assertEquals(5, script.run(callback, "val_loss", 1.0, 0.5, 0.7, 0.6, 0.55, 0.52, 0.51));
        assertEquals(2, callback.bestEpoch());
        assertEquals(0.5, callback.best());
    }

    @Test
    void minDeltaIgnoresImprovementsTooSmallToCount() {
        EarlyStoppingCallback strict = new EarlyStoppingCallback(EarlyStopping.patience(3).withMinDelta(0.01));
        // each value is measured against the best (1.0), and none beats it by more than 0.01
        assertEquals(4, new Script().run(strict, "val_loss", 1.0, 0.995, 0.992, 0.991, 0.9905));
        assertEquals(1, strict.bestEpoch());

        EarlyStoppingCallback lenient = new EarlyStoppingCallback(EarlyStopping.patience(3));
        assertEquals(0, new Script().run(lenient, "val_loss", 1.0, 0.995, 0.992, 0.991, 0.9905));
        assertEquals(5, lenient.bestEpoch());
    }

    @Test
    void accuracyIsMaximised() {
        EarlyStopping spec = EarlyStopping.patience(3).withMonitor("val_accuracy");
        assertEquals(true, spec.maximize());
        EarlyStoppingCallback callback = new EarlyStoppingCallback(spec);
        assertEquals(5, new Script().run(callback, "val_accuracy", 0.5, 0.7, 0.6, 0.65, 0.68, 0.9));
        assertEquals(2, callback.bestEpoch());
        assertEquals(0.7, callback.best());
    }

    @Test
    void theBestEpochCanBeTheFirst() {
        EarlyStoppingCallback callback = new EarlyStoppingCallback(EarlyStopping.patience(2));
        Script script = new Script();
        assertEquals(3, script.run(callback, "val_loss", 0.3, 0.4, 0.5, 0.6));
        assertEquals(1, callback.bestEpoch());
        assertArrayEquals(new float[] {1f}, script.params.values(), "the weights of epoch 1 are restored");
    }

    @Test
    void theBestWeightsAreRestoredAlsoWhenTrainingRunsToTheEnd() {
        Script script = new Script();
        EarlyStoppingCallback callback = new EarlyStoppingCallback(EarlyStopping.patience(10));
        assertEquals(0, script.run(callback, "val_loss", 0.9, 0.4, 0.6, 0.7));
        assertArrayEquals(new float[] {2f}, script.params.values());

        Script keep = new Script();
        keep.run(new EarlyStoppingCallback(EarlyStopping.patience(10).withRestoreBestWeights(false)),
                "val_loss", 0.9, 0.4, 0.6, 0.7);
        assertArrayEquals(new float[] {4f}, keep.params.values(), "without restore the last weights stay");
    }

    @Test
    void aNanValueNeverCountsAsAnImprovement() {
        EarlyStoppingCallback callback = new EarlyStoppingCallback(EarlyStopping.patience(2));
        assertEquals(4, new Script().run(callback, "val_loss", 0.5, 0.4, Double.NaN, Double.NaN, 0.1));
        assertEquals(2, callback.bestEpoch());
    }

    @Test
    void invalidSettingsNameTheValue() {
        assertEquals("patience must be >= 0, was -1",
                assertThrows(IllegalArgumentException.class, () -> EarlyStopping.patience(-1)).getMessage());
        assertEquals("early stopping cannot monitor 'val_acc'; choose one of accuracy, loss, mse, val_accuracy, "
                        + "val_loss, val_mse",
                assertThrows(IllegalArgumentException.class,
                        () -> EarlyStopping.patience(1).withMonitor("val_acc")).getMessage());
    }
}
