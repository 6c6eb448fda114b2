package tanito.train;

import static tanito.Require.require;

import java.util.Set;
import java.util.TreeSet;

/**
 * Early stopping with Keras's semantics ({@code keras.callbacks.EarlyStopping}): after each epoch the
 * monitored value is compared with the best so far (not with the previous epoch); it improves when it
 * beats the best by more than {@code minDelta}. Training stops once {@code patience} epochs in a row
 * have not improved, and with {@code restoreBestWeights} the model ends with the weights of the best
 * epoch, whether or not training stopped early. The mode is inferred from the monitor: values whose
 * name contains "accuracy" are maximised, losses and errors minimised.
 *
 * @param monitor one of loss, val_loss, accuracy, val_accuracy, mse, val_mse
 */
public record EarlyStopping(String monitor, int patience, double minDelta, boolean restoreBestWeights) {
    private static final Set<String> MONITORS = Set.of("loss", "val_loss", "accuracy", "val_accuracy", "mse", "val_mse");

    public EarlyStopping {
        checkWatch("early stopping", monitor, patience, minDelta);
    }

    /** The checks shared by the callbacks that watch a metric (early stopping, reduce-on-plateau). */
    static void checkWatch(String who, String monitor, int patience, double minDelta) {
        require(MONITORS.contains(monitor), "%s cannot monitor '%s'; choose one of %s", who, monitor,
                String.join(", ", new TreeSet<>(MONITORS)));
        require(patience >= 0, "patience must be >= 0, was %d", patience);
        require(minDelta >= 0 && Double.isFinite(minDelta), "minDelta must be >= 0, was %s", minDelta);
    }

    /** Stops after {@code patience} epochs without a lower validation loss and restores the best weights. */
    public static EarlyStopping patience(int patience) {
        return new EarlyStopping("val_loss", patience, 0, true);
    }

    public EarlyStopping withMonitor(String newMonitor) {
        return new EarlyStopping(newMonitor, patience, minDelta, restoreBestWeights);
    }

    public EarlyStopping withMinDelta(double newMinDelta) {
        return new EarlyStopping(monitor, patience, newMinDelta, restoreBestWeights);
    }

    public EarlyStopping withRestoreBestWeights(boolean restore) {
        return new EarlyStopping(monitor, patience, minDelta, restore);
    }

    /** Whether the monitored value is better when higher (accuracy) rather than lower (losses). */
    public boolean maximize() {
        return monitor.contains("accuracy");
    }

    /** Whether it needs a validation set. */
    public boolean monitorsValidation() {
        return monitor.startsWith("val_");
    }
}
