package tanito.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.linalg.Params;
import tanito.optim.lbfgs.Lbfgs;

/**
 * An optimiser's state arrays are all of its state: copying them and the step count into a fresh
 * optimiser continues the run bit for bit, for every rule (what local SGD relies on to average the
 * state of copies of an optimiser). L-BFGS has no averageable state and says so.
 */
class OptimizerStateTest {
    private static final List<OptimizerSpec> SPECS = List.of(Sgd.momentum(0.05, 0.9), Sgd.nesterov(0.05, 0.9),
            Adam.withLearningRate(0.05), Adam.withLearningRate(0.05).withAmsgrad(true), AdamW.withLearningRate(0.05),
            NAdam.withLearningRate(0.05), Adamax.withLearningRate(0.05), Adagrad.withLearningRate(0.1),
            Adadelta.withLearningRate(1.0), RmsProp.withLearningRate(0.01).withMomentum(0.5),
            new RmsProp(0.01, 0.99, 1e-8, 0, 0.5, true));
    /** f(x) = sum_i (i + 1) (x_i - 1)^2 / 2 + x_0 x_1, a skewed bowl. */
    private static final Objective BOWL = (x, g) -> {
        double value = x[0] * x[1];
        for (int i = 0; i < x.length; i++) {
            value += (i + 1) * (x[i] - 1) * (x[i] - 1) / 2;
            g[i] = (i + 1) * (x[i] - 1);
        }
        g[0] += x[1];
        g[1] += x[0];
        return value;
    };

    @Test
    void copyingTheStateArraysAndStepsContinuesTheRunExactly() {
        for (OptimizerSpec spec : SPECS) {
            Params straight = start();
            Optimizer whole = spec.create(4);
            steps(whole, straight, 7);

            Params resumed = start();
            Optimizer first = spec.create(4);
            steps(first, resumed, 3);
            Optimizer second = spec.create(4);
            List<float[]> from = first.stateArrays();
            List<float[]> into = second.stateArrays();
            assertTrue(!into.isEmpty(), spec + " has state arrays");
            for (int a = 0; a < from.size(); a++) {
                System.arraycopy(from.get(a), 0, into.get(a), 0, from.get(a).length);
            }
            second.resumeAt(3);
            steps(second, resumed, 4);
            assertArrayEquals(straight.values(), resumed.values(), spec.toString());
            assertEquals(7, second.steps());
        }
    }

    @Test
    void lbfgsHasNoAverageableState() {
        Optimizer lbfgs = Lbfgs.defaults().create(4);
        assertEquals(List.of(), lbfgs.stateArrays());
        assertEquals("LbfgsOptimizer cannot resume from averaged state",
                assertThrows(UnsupportedOperationException.class, () -> lbfgs.resumeAt(3)).getMessage());
    }

    private static Params start() {
        return Params.of(-1.5f, -0.5f, 0.5f, 1.5f);
    }

    private static void steps(Optimizer optimizer, Params params, int count) {
        for (int i = 0; i < count; i++) {
            optimizer.step(params, BOWL);
        }
    }
}
