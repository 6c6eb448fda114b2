package tanito.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tanito.linalg.Params;

/** Known equivalences between optimisers, and first steps that follow their formulas by hand. */
class EquivalenceTest {
    private static final Objective ROSENBROCK = Objectives.of("rosenbrock", 0);

    private static float[] run(OptimizerSpec spec, int steps) {
        Params params = Params.of(-1.5f, 2f);
        Optimizer optimizer = spec.create(2);
        for (int t = 0; t < steps; t++) {
            optimizer.step(params, ROSENBROCK);
        }
        return params.values();
    }

    @Test
    void nesterovWithMomentumZeroIsSgd() {
        assertArrayEquals(run(Sgd.plain(1e-3), 50), run(Sgd.nesterov(1e-3, 0), 50));
    }

    @Test
    void adamWithoutWeightDecayIsAdamWWithoutWeightDecay() {
        assertArrayEquals(run(Adam.withLearningRate(0.01), 50), run(AdamW.withLearningRate(0.01).withWeightDecay(0), 50));
        assertArrayEquals(run(Adam.withLearningRate(0.01).withAmsgrad(true), 50),
                run(new AdamW(0.01, 0.9, 0.999, 1e-8, 0, true), 50));
    }

    @Test
    void adamsFirstStepIsTheLearningRateTimesTheGradientsSign() {
        // m1 = (1 - b1) g, v1 = (1 - b2) g^2: after bias correction m = g, v = g^2, so d = g / (|g| + eps)
        float[] p = run(Adam.withLearningRate(0.01), 1);
        double[] g = {-2 * (1 + 1.5) - 400 * -1.5 * (2 - 2.25), 200 * (2 - 2.25)};
        assertEquals(-1.5 - 0.01 * g[0] / (Math.abs(g[0]) + 1e-8), p[0], 1e-6);
        assertEquals(2 - 0.01 * g[1] / (Math.abs(g[1]) + 1e-8), p[1], 1e-6);
    }

    @Test
    void rmsPropsFirstStepIsTheGradientOverItsScaledMagnitude() {
        // v1 = (1 - alpha) g^2, so d = g / (sqrt(1 - alpha) |g| + eps): a step of lr / sqrt(1 - alpha) per coordinate
        float[] p = run(RmsProp.withLearningRate(0.01), 1);
        double[] g = {-2 * (1 + 1.5) - 400 * -1.5 * (2 - 2.25), 200 * (2 - 2.25)};
        assertEquals(-1.5 - 0.01 * g[0] / (Math.sqrt(0.01) * Math.abs(g[0]) + 1e-8), p[0], 1e-6);
        assertEquals(2 - 0.01 * g[1] / (Math.sqrt(0.01) * Math.abs(g[1]) + 1e-8), p[1], 1e-6);
    }
}
