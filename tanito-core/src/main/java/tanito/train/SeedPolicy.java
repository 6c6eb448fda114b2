package tanito.train;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a run's seed becomes its initial weights and its epochs' orders.
 * <ul>
 *   <li>{@link #TANITO}: Tanito's splittable streams ({@link tanito.linalg.Rng}); every layer, epoch and
 *       batch draws from a stream of its own.</li>
 *   <li>{@link #PYTORCH}: PyTorch's generator ({@link tanito.linalg.TorchGenerator}), so that the same
 *       seed starts from the same weights and visits the rows in the same order as the usual PyTorch
 *       script: {@code torch.manual_seed(seed)}, the layers built ({@code nn.Linear}, drawing their
 *       default weights and biases), then each weight re-drawn by the {@code nn.init} function of the
 *       layer's initialiser ({@code kaiming_normal_} for He normal, {@code xavier_uniform_} for Glorot
 *       uniform, ...) and each bias zeroed; the random order is {@code torch.randperm(n, generator=g)}
 *       each epoch, with {@code g = torch.Generator().manual_seed(seed)}. The weights are PyTorch's bit for
 *       bit (see {@link tanito.linalg.TorchGenerator}). The split, the dropout masks, the other
 *       epoch orders and the partitions' own orders of Spark's averaging modes keep Tanito's streams.</li>
 * </ul>
 */
public enum SeedPolicy {
    TANITO,
    PYTORCH;

    /** The name as the command line and configuration files spell it: tanito, pytorch. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static SeedPolicy named(String name) {
        for (SeedPolicy policy : values()) {
            if (policy.label().equals(name.toLowerCase(Locale.ROOT))) {
                return policy;
            }
        }
        throw new IllegalArgumentException("unknown seed policy '" + name + "'; choose tanito or pytorch");
    }
}
