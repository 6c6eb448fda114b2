package tanito.optim.lbfgs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tanito.linalg.Params;
import tanito.linalg.Vectors;
import tanito.optim.Objective;
import tanito.optim.Objectives;

/** The step-length rules on functions whose answers are known, and the state they leave params in. */
class LineSearchTest {
    /** f(x) = x^2. */
    private static final Objective SQUARE = (x, g) -> {
        g[0] = 2 * x[0];
        return (double) x[0] * x[0];
    };

    private static StepLength.Result search(StepLength rule, Params params, Objective f, float[] d, double t0) {
        float[] g = new float[params.size()];
        double value = f.evaluate(params.values(), params.gradients());
        System.arraycopy(params.gradients(), 0, g, 0, g.length);
        return rule.search(params, f, d, t0, value, Vectors.dot(g, d), false);
    }

    @Test
    void strongWolfeZoomsToTheMinimumOfAParabolaByCubicInterpolation() {
        Params params = Params.of(1f);
        StepLength.Result r = search(new StrongWolfe(1), params, SQUARE, new float[] {-1}, 10);
        assertEquals(1, r.step(), 1e-12, "the cubic through two points of a parabola has its minimum");
        assertEquals(2, r.evaluations());
        assertEquals(0, params.values()[0], 1e-7);
        assertEquals(0, r.value(), 1e-12);
    }

    @Test
    void strongWolfeExtrapolatesAtMostTenfold() {
        Params params = Params.of(1f);
        StepLength.Result r = search(new StrongWolfe(1), params, SQUARE, new float[] {-1}, 0.01);
        assertEquals(0.1, r.step(), 1e-12, "clamped to 10 t; |f'(0.9)| = 1.8 <= 0.9 |f'(1)| stops it");
        assertEquals(2, r.evaluations());
        assertEquals(0.9f, params.values()[0]);
        assertEquals(1.8f, params.gradients()[0], 1e-6f, "the gradient at the accepted point");
    }

    @Test
    void strongWolfeLeavesParamsAtAPointMeetingBothConditionsWithItsGradient() {
        Params params = Params.of(-1.5f, 2f);
        Objective rosenbrock = Objectives.of("rosenbrock", 0);
        double f0 = rosenbrock.evaluate(params.values(), params.gradients());
        float[] d = {-params.gradients()[0], -params.gradients()[1]};
        double slope = Vectors.dot(params.gradients(), d);
        StepLength.Result r = new StrongWolfe(2).search(params, rosenbrock, d, 1, f0, slope, false);
        float[] g = new float[2];
        double f = rosenbrock.evaluate(params.values().clone(), g);
        assertEquals(f, r.value(), "the value belongs to where params are");
        assertArrayEquals(g, params.gradients(), "and so does the gradient");
        assertTrue(f <= f0 + StrongWolfe.C1 * r.step() * slope, "sufficient decrease");
        assertTrue(Math.abs(Vectors.dot(g, d)) <= -StrongWolfe.C2 * slope, "curvature");
        assertEquals((float) (-1.5 + r.step() * d[0]), params.values()[0]);
    }

    @Test
    void backtrackingHalvesUntilArmijoHolds() {
        Params params = Params.of(1f);
        StepLength.Result r = search(new Backtracking(1), params, SQUARE, new float[] {-2}, 1);
        assertEquals(0.5, r.step(), "t = 1 lands on f(-1) = f(1); t = 1/2 on the minimum");
        assertEquals(2, r.evaluations());
        assertEquals(0, params.values()[0]);
        assertEquals(0, params.gradients()[0]);
    }

    @Test
    void backtrackingThatFindsNothingStaysAtTheStart() {
        Params params = Params.of(1f, 2f);
        params.gradients()[0] = 1;
        params.gradients()[1] = 1;
        int[] calls = {0};
        Objective broken = (x, g) -> {
            calls[0]++;
            g[0] = Float.NaN;
            return Double.NaN;
        };
        StepLength.Result r = new Backtracking(2).search(params, broken, new float[] {-1, -1}, 1, 3, -2, false);
        assertEquals(new StepLength.Result(3, 0, 25), r);
        assertEquals(25, calls[0]);
        assertArrayEquals(new float[] {1, 2}, params.values());
        assertArrayEquals(new float[] {1, 1}, params.gradients());
    }

    @Test
    void theFixedStepEvaluatesExceptOnTheLastIteration() {
        Params params = Params.of(1f);
        params.gradients()[0] = 2;
        StepLength.Result last = new FixedStep().search(params, SQUARE, new float[] {-1}, 0.25, 1, -2, true);
        assertEquals(new StepLength.Result(1, 0.25, 0), last);
        assertEquals(0.75f, params.values()[0]);
        StepLength.Result inner = new FixedStep().search(params, SQUARE, new float[] {-1}, 0.25, 1, -1.5, false);
        assertEquals(new StepLength.Result(0.25, 0.25, 1), inner);
        assertEquals(1f, params.gradients()[0]);
    }

    @Test
    void cubicInterpolationFindsTheCubicsMinimumOrFallsBackToTheMidpoint() {
        // f = x^3/3 - x: f(0) = 0, f'(0) = -1; f(2) = 2/3, f'(2) = 3; minimum at 1
        assertEquals(1, CubicInterpolation.minimum(0, 0, -1, 2, 2.0 / 3, 3), 1e-12);
        assertEquals(1, CubicInterpolation.minimum(2, 2.0 / 3, 3, 0, 0, -1), 1e-12);
        assertEquals(1.5, CubicInterpolation.minimum(0, 0, -1, 2, 2.0 / 3, 3, 1.5, 4), 1e-12);
        // d1 = 0 and g1 g2 = 1 > 0: no real minimiser
        assertEquals(0.5, CubicInterpolation.minimum(0, 0, 1, 1, 2.0 / 3, 1), 1e-12);
        assertEquals(3, CubicInterpolation.minimum(0, 0, -1, 2, Double.POSITIVE_INFINITY, Double.NaN, 2, 4));
    }
}
