package tanito.web.whatif;

import static tanito.Require.require;

import java.util.Optional;
import java.util.function.IntPredicate;
import tanito.linalg.Matrix;

/**
 * The nearest counterfactual, as Google's What-If Tool finds it: among the data rows whose
 * prediction differs from the point's, the one closest to the point in the model's scaled feature
 * space ({@link Distance}); ties go to the lower row index. The search is exhaustive over the rows,
 * so the answer is exact for the data at hand (a row, not a synthesised point).
 */
public final class Counterfactual {
    private Counterfactual() {}

    /** A data row and its distance from the point. */
    public record Neighbour(int row, double distance) {
        public Neighbour {
            require(row >= 0, "row must be >= 0, was %s", row);
            require(distance >= 0, "distance must be >= 0, was %s", distance);
        }
    }

    /**
     * The row of {@code scaledRows} nearest to {@code scaledPoint} among those for which
     * {@code differs} holds; empty when none does.
     */
    public static Optional<Neighbour> nearest(Matrix scaledRows, float[] scaledPoint, Distance distance,
                                              IntPredicate differs) {
        require(scaledPoint.length == scaledRows.cols(), "the point has %d features, the rows %d",
                scaledPoint.length, scaledRows.cols());
        Neighbour best = null;
        for (int row = 0; row < scaledRows.rows(); row++) {
            if (differs.test(row)) {
                double d = distance.between(scaledPoint, scaledRows, row);
                if (best == null || d < best.distance()) {
                    best = new Neighbour(row, d);
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
