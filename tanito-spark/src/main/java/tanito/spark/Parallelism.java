package tanito.spark;

import static tanito.Require.require;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Locale;

/**
 * How a run spreads its training over the cluster's partitions (see the package documentation for
 * the maths of each mode). Immutable and JSON round-trippable, as every configuration.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "mode")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Parallelism.Sync.class, name = "sync"),
    @JsonSubTypes.Type(value = Parallelism.Average.class, name = "average"),
    @JsonSubTypes.Type(value = Parallelism.FullBatch.class, name = "full-batch")
})
public sealed interface Parallelism {

    /** How many partitions the training rows are cut into. */
    int partitions();

    /** Every step: the batch's gradient summed over the partitions; the same training as one machine's. */
    record Sync(int partitions) implements Parallelism {
        public Sync {
            requirePartitions(partitions);
        }
    }

    /**
     * Local SGD: each partition takes {@code localSteps} mini-batch steps from the current weights and
     * optimiser state on its own rows, then the driver averages both (weighted by rows trained).
     */
    record Average(int partitions, int localSteps) implements Parallelism {
        /** The local steps between two averagings when none are given. */
        public static final int DEFAULT_LOCAL_STEPS = 8;

        public Average {
            requirePartitions(partitions);
            require(localSteps >= 1, "localSteps must be >= 1, was %d", localSteps);
        }
    }

    /** {@code sync} with the whole training set as the one batch of every epoch: for L-BFGS. */
    record FullBatch(int partitions) implements Parallelism {
        public FullBatch {
            requirePartitions(partitions);
        }
    }

    /** The mode named {@code sync}, {@code average} or {@code full-batch}. */
    public static Parallelism parse(String mode, int partitions, int localSteps) {
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "sync" -> new Sync(partitions);
            case "average" -> new Average(partitions, localSteps);
            case "full-batch" -> new FullBatch(partitions);
            default -> throw new IllegalArgumentException(
                    "mode must be sync, average or full-batch, was " + mode);
        };
    }

    private static void requirePartitions(int partitions) {
        require(partitions >= 1, "partitions must be >= 1, was %d", partitions);
    }
}
