package tanito.regularize;

import tanito.linalg.Params;

/** Visits the penalised segments of a parameter vector (the weights; biases are never penalised). */
final class Weights {
    private Weights() {}

    /** A computation over one range {@code values[offset .. offset + length)} of the flat vector. */
    interface Range {
        double apply(float[] values, int offset, int length);
    }

    /** A change to the gradient over one range of the flat vector. */
    interface GradientRange {
        void apply(float[] values, float[] gradients, int offset, int length);
    }

    /** The sum of {@code range} over every weight segment. */
    static double sum(Params params, Range range) {
        double sum = 0;
        for (Params.Segment s : params.segments()) {
            if (s.regularized()) {
                sum += range.apply(params.values(), s.offset(), s.size());
            }
        }
        return sum;
    }

    /** Applies {@code update} to the gradient of every weight segment. */
    static void update(Params params, GradientRange update) {
        for (Params.Segment s : params.segments()) {
            if (s.regularized()) {
                update.apply(params.values(), params.gradients(), s.offset(), s.size());
            }
        }
    }
}
