package tanito.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tanito.linalg.Params;

class SgdTest {

    @Test
    void momentumZeroIsPlainSgd() {
        float[] plain = run(Sgd.plain(0.01), 30);
        float[] zeroMomentum = run(new Sgd(0.01, 0, 0.3, false, 0), 30);
        assertArrayEquals(plain, zeroMomentum);
    }

    @Test
    void classicalMomentumIsTheLecturesRuleWithAConstantLearningRate() {
        // dW(t) = -lr * g(t) + mu * dW(t-1), computed by hand on f(p) = 0.5 * 3 p^2 from p = 1
        double lr = 0.05;
        double mu = 0.9;
        double p = 1;
        double delta = 0;
        for (int t = 0; t < 20; t++) {
            delta = -lr * 3 * p + mu * delta;
            p += delta;
        }
        Params params = Params.of(1f);
        Optimizer momentum = Sgd.momentum(lr, mu).create(1);
        for (int t = 0; t < 20; t++) {
            momentum.step(params, (x, g) -> {
                g[0] = 3 * x[0];
                return 1.5 * x[0] * x[0];
            });
        }
        assertEquals(p, params.values()[0], 1e-5);
    }

    @Test
    void stepLeavesTheGradientsAsTheyWere() {
        Params params = Params.of(1f, -2f);
        Sgd.nesterov(0.1, 0.9).withWeightDecay(0.01).create(2).step(params, (x, g) -> {
            g[0] = 0.5f;
            g[1] = -0.25f;
            return 0;
        });
        assertArrayEquals(new float[] {0.5f, -0.25f}, params.gradients());
    }

    @Test
    void invalidHyperParametersNameTheValue() {
        assertEquals("learningRate must be > 0, was -0.1",
                assertThrows(IllegalArgumentException.class, () -> Sgd.plain(-0.1)).getMessage());
        assertEquals("momentum must be in [0, 1), was 1.5",
                assertThrows(IllegalArgumentException.class, () -> Sgd.momentum(0.1, 1.5)).getMessage());
        assertEquals("weightDecay must be >= 0, was -1.0",
                assertThrows(IllegalArgumentException.class, () -> Sgd.plain(0.1).withWeightDecay(-1)).getMessage());
    }

    /** Runs the optimiser on f(p) = 0.5 p^T diag(1, 4) p from (2, -1). */
    private static float[] run(OptimizerSpec spec, int steps) {
        Params params = Params.of(2f, -1f);
        Optimizer optimizer = spec.create(2);
        for (int t = 0; t < steps; t++) {
            optimizer.step(params, (x, g) -> {
                g[0] = x[0];
                g[1] = 4 * x[1];
                return 0.5 * x[0] * x[0] + 2 * x[1] * x[1];
            });
        }
        return params.values();
    }
}
