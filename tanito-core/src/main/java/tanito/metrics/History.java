package tanito.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-epoch record of a run, in epoch order.
 *
 * @param metric the key of the metric column ("accuracy" or "mse")
 */
public record History(String metric, List<EpochMetrics> epochs) {

    public History {
        epochs = List.copyOf(epochs);
    }

    /** An empty history for a run reporting {@code metric}. */
    public static History empty(String metric) {
        return new History(metric, List.of());
    }

    /** This history with one more epoch. */
    public History plus(EpochMetrics epoch) {
        List<EpochMetrics> more = new ArrayList<>(epochs);
        more.add(epoch);
        return new History(metric, more);
    }

    public int size() {
        return epochs.size();
    }

    /** One column, for example "val_loss", as an array in epoch order. */
    public double[] values(String key) {
        return epochs.stream().mapToDouble(e -> e.get(key)).toArray();
    }

    public EpochMetrics last() {
        return epochs.get(epochs.size() - 1);
    }
}
