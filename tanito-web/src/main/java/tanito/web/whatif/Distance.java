package tanito.web.whatif;

import java.util.Locale;
import tanito.linalg.Matrix;

/**
 * The distance between two points in the model's scaled feature space, as the What-If Tool offers:
 * {@code L1 = sum_j |a_j - b_j|} and {@code L2 = sqrt(sum_j (a_j - b_j)^2)}.
 */
public enum Distance {
    L1, L2;

    /** The distance from {@code point} to row {@code row} of {@code rows}. */
    public double between(float[] point, Matrix rows, int row) {
        double sum = 0;
        for (int j = 0; j < point.length; j++) {
            double d = point[j] - rows.get(row, j);
            sum += this == L1 ? Math.abs(d) : d * d;
        }
        return this == L1 ? sum : Math.sqrt(sum);
    }

    /** {@code l1} or {@code l2} (any case). @throws IllegalArgumentException naming the value otherwise */
    public static Distance parse(String name) {
        for (Distance distance : values()) {
            if (distance.name().equalsIgnoreCase(name)) {
                return distance;
            }
        }
        throw new IllegalArgumentException("distance must be l1 or l2, was " + name);
    }

    /** Lower case, as the API writes it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
