package tanito.train;

import static tanito.Require.require;

/**
 * Reduce the learning rate when a metric has stopped improving, with Keras's semantics
 * ({@code keras.callbacks.ReduceLROnPlateau}): when the monitored value has not improved on the best
 * by more than {@code minDelta} for {@code patience} epochs, the learning rate is multiplied by
 * {@code factor} (but not below {@code minLearningRate}); then {@code cooldown} epochs pass before
 * counting starts again. The mode is inferred from the monitor as for {@link EarlyStopping}.
 */
public record ReduceOnPlateau(String monitor, double factor, int patience, double minDelta, int cooldown,
                              double minLearningRate) {

    public ReduceOnPlateau {
        EarlyStopping.checkWatch("reduce-on-plateau", monitor, patience, minDelta);
        require(factor > 0 && factor < 1, "the plateau factor must be in (0, 1), was %s", factor);
        require(cooldown >= 0, "cooldown must be >= 0, was %d", cooldown);
        require(minLearningRate >= 0, "minLearningRate must be >= 0, was %s", minLearningRate);
    }

    /** Keras's defaults on the validation loss: factor 0.1, min delta 1e-4, no cooldown, no floor. */
    public static ReduceOnPlateau patience(int patience, double factor) {
        return new ReduceOnPlateau("val_loss", factor, patience, 1e-4, 0, 0);
    }

    public ReduceOnPlateau withMonitor(String newMonitor) {
        return new ReduceOnPlateau(newMonitor, factor, patience, minDelta, cooldown, minLearningRate);
    }

    public ReduceOnPlateau withCooldown(int newCooldown) {
        return new ReduceOnPlateau(monitor, factor, patience, minDelta, newCooldown, minLearningRate);
    }

    public ReduceOnPlateau withMinLearningRate(double floor) {
        return new ReduceOnPlateau(monitor, factor, patience, minDelta, cooldown, floor);
    }

    boolean maximize() {
        return monitor.contains("accuracy");
    }
}
