package tanito.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import tanito.TestMatrices;
import tanito.linalg.Matrix;
import tanito.linalg.Params;
import tanito.linalg.Rng;
import tanito.loss.WeightedLoss;
import tanito.regularize.Penalty;

/**
 * Central finite differences against back-propagation, in the float32 the engine computes in:
 * {@code (f(p + h) - f(p - h)) / 2h} must match the analytic gradient within
 * {@code 1e-2 * |g| + 3e-4}. The dropout mask is fixed by re-seeding its RNG for every evaluation.
 */
final class GradientCheck {
    static final float H = 1e-3f;

    private GradientCheck() {}

    /** Checks dObjective/dParameter for every parameter of a network. */
    static void parameters(NetworkSpec spec, Matrix x, List<Matrix> targets, WeightedLoss loss, List<Penalty> penalties) {
        Network network = spec.build(Rng.seeded(7));
        Params params = network.params();
        DoubleSupplier objective = () -> loss.evaluate(network.forward(x, Mode.TRAIN, Rng.seeded(99)), targets, null)
                + Penalty.total(penalties, params);

        List<Matrix> outputs = network.forward(x, Mode.TRAIN, Rng.seeded(99));
        List<Matrix> gradients = new ArrayList<>();
        for (Matrix o : outputs) {
            gradients.add(Matrix.zeros(o.rows(), o.cols()));
        }
        loss.evaluate(outputs, targets, gradients);
        network.backward(gradients);
        Penalty.addGradients(penalties, params);
        float[] analytic = params.gradients().clone();

        for (Params.Segment s : params.segments()) {
            for (int i = s.offset(); i < s.offset() + s.size(); i++) {
                double numeric = centralDifference(params.values(), i, objective);
                assertClose(s.name() + "[" + (i - s.offset()) + "]", analytic[i], numeric);
            }
        }
    }

    /** Checks a layer's input gradient for the objective sum(c * y) with fixed random coefficients c. */
    static void inputGradient(Layer layer, Matrix x) {
        Matrix c = TestMatrices.gaussian(x.rows(), layer.outputSize(), 3);
        DoubleSupplier objective = () -> dot(c, layer.forward(x, Mode.TRAIN, Rng.seeded(5)));
        layer.forward(x, Mode.TRAIN, Rng.seeded(5));
        float[] analytic = layer.backward(c, true).copy().data();
        for (int i = 0; i < x.size(); i++) {
            double numeric = centralDifference(x.data(), x.offset() + i, objective);
            assertClose("input[" + i + "]", analytic[i], numeric);
        }
    }

    private static double centralDifference(float[] values, int i, DoubleSupplier f) {
        float original = values[i];
        float plus = original + H;
        float minus = original - H;
        values[i] = plus;
        double up = f.getAsDouble();
        values[i] = minus;
        double down = f.getAsDouble();
        values[i] = original;
        return (up - down) / ((double) plus - minus);
    }

    private static double dot(Matrix a, Matrix b) {
        double sum = 0;
        for (int r = 0; r < a.rows(); r++) {
            for (int col = 0; col < a.cols(); col++) {
                sum += (double) a.get(r, col) * b.get(r, col);
            }
        }
        return sum;
    }

    private static void assertClose(String what, double analytic, double numeric) {
        assertTrue(Math.abs(analytic - numeric) <= 1e-2 * Math.abs(analytic) + 3e-4,
                () -> what + ": back-propagation gives " + analytic + ", finite differences " + numeric);
    }
}
