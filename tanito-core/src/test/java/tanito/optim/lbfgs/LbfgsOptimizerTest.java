package tanito.optim.lbfgs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tanito.linalg.Params;
import tanito.optim.Objective;
import tanito.optim.Objectives;

class LbfgsOptimizerTest {
    private static final Objective ROSENBROCK = Objectives.of("rosenbrock", 0);
    private static final Objective NOT_FINITE = (x, g) -> Double.NaN;
    private static final Lbfgs SPEC = Lbfgs.defaults().withHistorySize(10);

    @ParameterizedTest
    @EnumSource(LineSearch.class)
    void aNonFiniteValueAtTheStartLeavesParamsAndStateAsTheyWere(LineSearch lineSearch) {
        Params interrupted = Params.of(-1.5f, 2f);
        Params clean = Params.of(-1.5f, 2f);
        LbfgsOptimizer a = SPEC.withLineSearch(lineSearch).create(2);
        LbfgsOptimizer b = SPEC.withLineSearch(lineSearch).create(2);
        for (int step = 0; step < 4; step++) {
            if (step == 2) {
                float[] before = interrupted.snapshot();
                assertTrue(Double.isNaN(a.step(interrupted, NOT_FINITE)));
                assertArrayEquals(before, interrupted.values(), "params unchanged");
                assertEquals(2, a.steps());
            }
            a.step(interrupted, ROSENBROCK);
            b.step(clean, ROSENBROCK);
        }
        assertArrayEquals(clean.values(), interrupted.values(), "the run goes on as if the bad step never came");
        assertEquals(b.steps(), a.steps());
        assertEquals(b.evaluations() + 1, a.evaluations(), "the rejected evaluation is counted");
    }

    @Test
    void aNonFiniteValueOnTheFirstStepMovesNothing() {
        Params params = Params.of(-1.5f, 2f);
        LbfgsOptimizer optimizer = SPEC.create(2);
        assertTrue(Double.isInfinite(optimizer.step(params, (x, g) -> Double.POSITIVE_INFINITY)));
        assertArrayEquals(new float[] {-1.5f, 2f}, params.values());
        assertEquals(0, optimizer.steps());
        assertEquals(0, optimizer.iterations());
    }

    @Test
    void stepReturnsTheValueAtTheStartAndMovesDownhill() {
        Params params = Params.of(-1.5f, 2f);
        LbfgsOptimizer optimizer = SPEC.withLineSearch(LineSearch.STRONG_WOLFE).create(2);
        double start = Objectives.evaluate("rosenbrock", params.snapshot(), new float[2]);
        assertEquals(start, optimizer.step(params, ROSENBROCK));
        double after = Objectives.evaluate("rosenbrock", params.snapshot(), new float[2]);
        assertTrue(after < start / 5, start + " -> " + after);
        assertEquals(1, optimizer.steps());
        assertEquals(25, optimizer.evaluations(), "stopped by the evaluation budget max_iter * 5 / 4");
    }

    @Test
    void aGradientBelowToleranceReturnsAtOnceWithoutMoving() {
        Params params = Params.of(1f, 1f);
        LbfgsOptimizer optimizer = SPEC.create(2);
        assertEquals(0, optimizer.step(params, ROSENBROCK));
        assertArrayEquals(new float[] {1f, 1f}, params.values());
        assertEquals(0, optimizer.steps());
        assertEquals(1, optimizer.evaluations());
        assertEquals(0, optimizer.iterations());
    }

    @Test
    void theHistoryKeepsAtMostHistorySizePairs() {
        Params params = Params.of(-1.5f, 2f);
        LbfgsOptimizer optimizer = SPEC.withHistorySize(3).create(2);
        optimizer.step(params, ROSENBROCK);
        assertEquals(20, optimizer.iterations());
        assertEquals(3, optimizer.historyLength());
    }

    @Test
    void backtrackingAlsoConvergesOnRosenbrock() {
        Params params = Params.of(-1.5f, 2f);
        LbfgsOptimizer optimizer = SPEC.withLineSearch(LineSearch.BACKTRACKING).create(2);
        for (int step = 0; step < 10; step++) {
            optimizer.step(params, ROSENBROCK);
        }
        assertEquals(1, params.values()[0], 1e-4);
        assertEquals(1, params.values()[1], 1e-4);
    }

    @Test
    void scalingTheLearningRateScalesTheFirstStep() {
        Params full = Params.of(3f);
        Params half = Params.of(3f);
        Objective parabola = (x, g) -> {
            g[0] = 2 * x[0];
            return x[0] * x[0];
        };
        LbfgsOptimizer a = Lbfgs.defaults().withMaxIterations(1).create(1);
        LbfgsOptimizer b = Lbfgs.defaults().withMaxIterations(1).create(1);
        b.setLearningRateMultiplier(0.5);
        assertEquals(0.5, b.learningRate());
        a.step(full, parabola);
        b.step(half, parabola);
        // t = min(1, 1/|g|_1) lr = lr / 6, d = -g = -6
        assertEquals(2f, full.values()[0], 1e-6);
        assertEquals(2.5f, half.values()[0], 1e-6);
        assertThrows(IllegalArgumentException.class, () -> b.setLearningRateMultiplier(0));
    }

    @Test
    void aMismatchedParameterCountIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SPEC.create(3).step(Params.of(1f, 2f), ROSENBROCK));
        assertEquals("this optimiser was created for 3 parameters, got 2", e.getMessage());
    }
}
