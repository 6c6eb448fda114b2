package tanito.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tanito.io.Json;
import tanito.linalg.Params;
import tanito.optim.HamiltonianDescent.Method;

class HamiltonianDescentTest {
    private static final double[] X0 = {2, -1};
    private static final double GAMMA = 0.7;
    private static final KineticEnergy POWER = KineticEnergy.power(1.5, 3);

    /** f(x) = 0.5 x^T Q x - b^T x with Q = [[1, 0.5], [0.5, 4]], b = (1, -1). */
    private static double[] quadraticGradient(double[] x) {
        return new double[] {x[0] + 0.5 * x[1] - 1, 0.5 * x[0] + 4 * x[1] + 1};
    }

    private static final Objective QUADRATIC = (x, g) -> {
        double[] gradient = quadraticGradient(new double[] {x[0], x[1]});
        g[0] = (float) gradient[0];
        g[1] = (float) gradient[1];
        return 0.5 * (x[0] * x[0] + x[0] * x[1] + 4 * x[1] * x[1]) - x[0] + x[1];
    };

    @Test
    void bothMethodsFollowThePapersRecursionInDouble() {
        for (Method method : Method.values()) {
            for (KineticEnergy k : new KineticEnergy[] {KineticEnergy.relativistic(), POWER}) {
                double[] eps = {0.2, 0.2, 0.2, 0.2, 0.2, 0.2};
                double[][] expected = paper(method, k, eps);
                Params params = Params.of(2f, -1f);
                HamiltonianDescentOptimizer optimizer = (HamiltonianDescentOptimizer)
                        new HamiltonianDescent(0.2, GAMMA, k, method).create(2);
                for (int t = 1; t <= eps.length; t++) {
                    optimizer.step(params, QUADRATIC);
                    assertArrayEquals(toFloat(expected[t]), params.values(), 2e-6f, method + " " + k.label() + " step " + t);
                }
            }
        }
    }

    @Test
    void theSecondMethodIsTheFirstOneStepLate() {
        float[] first = run(HamiltonianDescent.defaults(), 20);
        float[] second = run(HamiltonianDescent.defaults().withMethod(Method.SECOND), 21);
        assertArrayEquals(first, second);
        assertArrayEquals(new float[] {2f, -1f}, run(HamiltonianDescent.defaults().withMethod(Method.SECOND), 1));
    }

    @Test
    void scalingTheLearningRateScalesEpsilonAndDelta() {
        double[][] expected = paper(Method.FIRST, POWER, new double[] {0.2, 0.2, 0.2, 0.05, 0.05});
        Params params = Params.of(2f, -1f);
        Optimizer optimizer = new HamiltonianDescent(0.2, GAMMA, POWER, Method.FIRST).create(2);
        for (int t = 0; t < 3; t++) {
            optimizer.step(params, QUADRATIC);
        }
        optimizer.setLearningRateMultiplier(0.25);
        assertEquals(0.05, optimizer.learningRate(), 1e-15);
        optimizer.step(params, QUADRATIC);
        optimizer.step(params, QUADRATIC);
        assertArrayEquals(toFloat(expected[5]), params.values(), 2e-6f);
        assertEquals(5, optimizer.steps());
    }

    @Test
    void aNonFiniteValueLeavesParametersAndMomentumAsTheyWere() {
        for (Method method : Method.values()) {
            Params params = Params.of(2f, -1f);
            HamiltonianDescentOptimizer optimizer = (HamiltonianDescentOptimizer)
                    HamiltonianDescent.defaults().withMethod(method).create(2);
            for (int t = 0; t < 3; t++) {
                optimizer.step(params, QUADRATIC);
            }
            float[] values = params.snapshot();
            float[] momentum = optimizer.state().momentum().clone();
            for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
                double value = optimizer.step(params, (x, g) -> {
                    g[0] = Float.NaN;
                    g[1] = 1e30f;
                    return bad;
                });
                assertEquals(bad, value);
                assertArrayEquals(values, params.values(), method + " parameters");
                assertArrayEquals(momentum, optimizer.state().momentum(), method + " momentum");
                assertEquals(3, optimizer.steps());
            }
            optimizer.step(params, QUADRATIC);
            assertArrayEquals(run(HamiltonianDescent.defaults().withMethod(method), 4), params.values());
        }
    }

    @Test
    void invalidHyperParametersNameTheValue() {
        HamiltonianDescent defaults = HamiltonianDescent.defaults();
        assertEquals("learningRate must be > 0, was -0.1",
                assertThrows(IllegalArgumentException.class, () -> defaults.withLearningRate(-0.1)).getMessage());
        assertEquals("learningRate must be > 0, was NaN",
                assertThrows(IllegalArgumentException.class, () -> defaults.withLearningRate(Double.NaN)).getMessage());
        assertEquals("friction must be >= 0, was -1.0",
                assertThrows(IllegalArgumentException.class, () -> defaults.withFriction(-1)).getMessage());
        assertEquals("friction must be >= 0, was Infinity",
                assertThrows(IllegalArgumentException.class, () -> defaults.withFriction(Double.POSITIVE_INFINITY)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> defaults.withKineticEnergy(null));
        assertThrows(IllegalArgumentException.class, () -> defaults.withMethod(null));
        assertThrows(IllegalArgumentException.class, () -> defaults.create(3).step(Params.of(1f), QUADRATIC));
        assertThrows(IllegalArgumentException.class, () -> defaults.create(2).setLearningRateMultiplier(0));
    }

    @Test
    void defaultsAndJsonRoundTrip() throws Exception {
        HamiltonianDescent defaults = HamiltonianDescent.defaults();
        assertEquals(new HamiltonianDescent(0.3, 1, KineticEnergy.relativistic(), Method.FIRST), defaults);
        assertEquals(0.3, defaults.create(5).learningRate());
        HamiltonianDescent power = defaults.withKineticEnergy(POWER).withMethod(Method.SECOND).withFriction(0);
        for (HamiltonianDescent spec : new HamiltonianDescent[] {defaults, power}) {
            String json = Json.mapper().writeValueAsString(spec);
            assertEquals(spec, Json.mapper().readValue(json, HamiltonianDescent.class), json);
            assertTrue(json.contains("\"learningRate\""), json);
        }
    }

    /** x_0 .. x_n of the paper's explicit methods in double, from p_0 = 0, with step size eps[i] in iteration i+1. */
    private static double[][] paper(Method method, KineticEnergy k, double[] eps) {
        double[][] xs = new double[eps.length + 1][];
        double[] x = X0.clone();
        double[] p = new double[2];
        xs[0] = x.clone();
        for (int i = 0; i < eps.length; i++) {
            double delta = 1 / (1 + eps[i] * GAMMA);
            if (method == Method.FIRST) {
                p = momentumStep(p, quadraticGradient(x), eps[i], delta);
                x = positionStep(x, p, k, eps[i]);
            } else {
                x = positionStep(x, p, k, eps[i]);
                p = momentumStep(p, quadraticGradient(x), eps[i], delta);
            }
            xs[i + 1] = x.clone();
        }
        return xs;
    }

    private static double[] momentumStep(double[] p, double[] gradient, double eps, double delta) {
        return new double[] {delta * p[0] - eps * delta * gradient[0], delta * p[1] - eps * delta * gradient[1]};
    }

    /** x + eps grad k(p), with grad k written out for each energy (not through KineticEnergy's code). */
    private static double[] positionStep(double[] x, double[] p, KineticEnergy k, double eps) {
        double norm = Math.hypot(p[0], p[1]);
        double factor;
        if (k instanceof KineticEnergy.Relativistic) {
            factor = 1 / Math.sqrt(norm * norm + 1);
        } else {
            KineticEnergy.Power power = (KineticEnergy.Power) k;
            double a = power.exponentNearZero();
            double big = power.exponentAtInfinity();
            factor = norm == 0 ? 0 : Math.pow(Math.pow(norm, a) + 1, big / a - 1) * Math.pow(norm, a - 2);
        }
        return new double[] {x[0] + eps * factor * p[0], x[1] + eps * factor * p[1]};
    }

    private static float[] run(HamiltonianDescent spec, int steps) {
        Params params = Params.of(2f, -1f);
        Optimizer optimizer = spec.create(2);
        for (int t = 0; t < steps; t++) {
            optimizer.step(params, QUADRATIC);
        }
        return params.values();
    }

    private static float[] toFloat(double[] x) {
        return new float[] {(float) x[0], (float) x[1]};
    }
}
