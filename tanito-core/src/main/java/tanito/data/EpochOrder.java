package tanito.data;

import static tanito.Require.require;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Locale;
import tanito.linalg.Rng;

/**
 * The order in which an epoch presents the training rows (LeCun, Bottou, Orr &amp; Müller, "Efficient
 * BackProp", 1998, section 4.2, which the lecture follows): {@link Random} shuffles afresh every
 * epoch; {@link Interleaved} makes consecutive samples come from different classes; {@link HardFirst}
 * presents samples with a large recent error more often, with a floor so that none starve;
 * {@link Sequential} keeps the file's order.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = EpochOrder.Random.class, name = "random"),
        @JsonSubTypes.Type(value = EpochOrder.Sequential.class, name = "sequential"),
        @JsonSubTypes.Type(value = EpochOrder.Interleaved.class, name = "interleaved"),
        @JsonSubTypes.Type(value = EpochOrder.HardFirst.class, name = "hard-first")})
public sealed interface EpochOrder {

    /**
     * The rows of one epoch, in presentation order.
     *
     * @param labels each row's class index, or null for regression
     * @param recentErrors each row's loss when it was last presented (NaN before its first time)
     */
    int[] order(int rows, int[] labels, double[] recentErrors, Rng rng);

    /** Whether this order needs the rows' recent errors (the trainer records them only then). */
    default boolean usesErrors() {
        return false;
    }

    static EpochOrder random() {
        return new Random();
    }

    /** By name, as the command line spells them: random, sequential, interleaved, hard-first. */
    static EpochOrder named(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "random": return new Random();
            case "sequential": return new Sequential();
            case "interleaved": return new Interleaved();
            case "hard-first": return new HardFirst(HardFirst.DEFAULT_FLOOR);
            default: throw new IllegalArgumentException("unknown order '" + name
                    + "'; choose random, sequential, interleaved or hard-first");
        }
    }

    /** A fresh uniformly random permutation every epoch. */
    record Random() implements EpochOrder {
        public int[] order(int rows, int[] labels, double[] recentErrors, Rng rng) {
            return rng.permutation(rows);
        }
    }

    /** The rows in their given order, every epoch. */
    record Sequential() implements EpochOrder {
        public int[] order(int rows, int[] labels, double[] recentErrors, Rng rng) {
            int[] order = new int[rows];
            for (int i = 0; i < rows; i++) {
                order[i] = i;
            }
            return order;
        }
    }

    /**
     * Consecutive samples from different classes ("Efficient BackProp", 4.2: "shuffle the training
     * set so that successive training examples never (rarely) belong to the same class"). Each class's
     * rows are shuffled; then each position takes the next row of the class with the most rows left
     * among those other than the previous position's class (ties broken by a per-epoch random
     * ranking of the classes). This greedy rule never repeats a class while another class has rows
     * left and the mix allows it, that is while no class holds more than half of the rows left,
     * rounded up. For regression (no classes) it is {@link Random}.
     */
    record Interleaved() implements EpochOrder {
        public int[] order(int rows, int[] labels, double[] recentErrors, Rng rng) {
            return labels == null ? rng.permutation(rows) : Interleaving.order(labels, rng);
        }
    }

    /**
     * Error-emphasising presentation ("Efficient BackProp", 4.2, "emphasizing scheme"): each epoch
     * draws as many rows as there are, with replacement, row i with probability
     * {@code (1 - floor) e_i / sum e + floor / n}, where e_i is the row's loss when last presented.
     * The floor keeps every row's chance at least {@code floor / n}; rows not yet presented count with
     * the mean error. LeCun et al. warn that emphasising can hurt with outliers; the floor limits it.
     */
    record HardFirst(double floor) implements EpochOrder {
        public static final double DEFAULT_FLOOR = 0.3;

        public HardFirst {
            require(floor > 0 && floor <= 1, "the hard-first floor must be in (0, 1], was %s", floor);
        }

        public int[] order(int rows, int[] labels, double[] recentErrors, Rng rng) {
            return Interleaving.emphasised(recentErrors, floor, rng);
        }

        @Override
        public boolean usesErrors() {
            return true;
        }
    }
}
