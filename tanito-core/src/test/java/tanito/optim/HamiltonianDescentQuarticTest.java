package tanito.optim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tanito.linalg.Params;

/**
 * The claim of Maddison et al. (2018, Section 1 and Figure 1) on {@code f(x) = x^4} from x = 1.3: the
 * first explicit method with the kinetic energy matched to f, {@code k(p) = (3/4)|p|^(4/3)} (the
 * conjugate exponent of 4), eps = 0.1 and gamma = 1 converges linearly, while gradient descent and
 * heavy-ball momentum, whose steps vanish with the curvature at the minimum, do not, at any fixed step
 * size. All in float32 parameters, as the library trains.
 */
class HamiltonianDescentQuarticTest {
    private static final Objective QUARTIC = (x, g) -> {
        double v = x[0];
        g[0] = (float) (4 * v * v * v);
        return v * v * v * v;
    };
    private static final HamiltonianDescent MATCHED =
            new HamiltonianDescent(0.1, 1, KineticEnergy.power(4.0 / 3), HamiltonianDescent.Method.FIRST);
    private static final double[] STEP_SIZES = {1e-3, 2e-3, 5e-3, 1e-2, 2e-2, 5e-2, 1e-1};
    private static final int STEPS = 1000;
    private static final int WINDOW = 100;

    @Test
    void theMatchedKineticEnergyReaches1e30Within1000Steps() {
        double[] f = trajectory(MATCHED);
        int reached = firstBelow(f, 1e-30);
        // measured: below 1e-30 at step 435, 2.7e-42 at step 1000
        assertTrue(reached >= 0, "f stayed above 1e-30 for 1000 steps; it ended at " + f[STEPS]);
    }

    @Test
    void theMatchedKineticEnergyConvergesLinearly() {
        double[] f = trajectory(MATCHED);
        for (int w = 1; w < STEPS / WINDOW; w++) {
            double ratio = windowMax(f, w * WINDOW, (w + 1) * WINDOW) / windowMax(f, (w - 1) * WINDOW, w * WINDOW);
            // a constant rate: the largest f of each 100 steps is at most 1/1000 of the previous 100's
            assertTrue(ratio <= 1e-3, "window " + w + " fell by a factor of only " + 1 / ratio);
        }
    }

    @Test
    void gradientDescentAndHeavyBallConvergeSublinearlyAtEveryStepSize() {
        for (double learningRate : STEP_SIZES) {
            double[] plain = trajectory(Sgd.plain(learningRate));
            double[] heavyBall = trajectory(Sgd.momentum(learningRate, 0.9));
            assertTrue(plain[STEPS] > 1e-12, "gradient descent at " + learningRate + " reached " + plain[STEPS]);
            // heavy ball at 0.02 coasts to rest at x = -6.9e-5 (f = 2.2e-17), where the gradient is too weak to move it
            assertTrue(heavyBall[STEPS] > 1e-20, "heavy ball at " + learningRate + " reached " + heavyBall[STEPS]);
            for (double[] f : new double[][] {plain, heavyBall}) {
                double lastFiveHundred = windowMax(f, STEPS - WINDOW, STEPS + 1) / windowMax(f, STEPS / 2 - WINDOW, STEPS / 2);
                assertTrue(lastFiveHundred >= 0.1, "f fell by a factor of " + 1 / lastFiveHundred
                        + " over the last 500 steps at learning rate " + learningRate);
            }
        }
    }

    /** f at x_0 .. x_1000. */
    private static double[] trajectory(OptimizerSpec spec) {
        Params params = Params.of(1.3f);
        Optimizer optimizer = spec.create(1);
        double[] f = new double[STEPS + 1];
        for (int t = 0; t < STEPS; t++) {
            f[t] = optimizer.step(params, QUARTIC);
        }
        f[STEPS] = QUARTIC.evaluate(params.values(), new float[1]);
        return f;
    }

    private static int firstBelow(double[] f, double level) {
        for (int t = 0; t < f.length; t++) {
            if (f[t] < level) {
                return t;
            }
        }
        return -1;
    }

    private static double windowMax(double[] f, int from, int to) {
        double max = 0;
        for (int t = from; t < to; t++) {
            max = Math.max(max, f[t]);
        }
        return max;
    }
}
