package tanito.optim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tanito.Golden;
import tanito.linalg.Params;
import tanito.optim.lbfgs.Lbfgs;
import tanito.optim.lbfgs.LineSearch;

/**
 * Every optimiser converges on the golden parabola (the 3-D quadratic) and on Rosenbrock's function
 * from the golden start points: within 1e-3 of the quadratic's minimum and 1e-2 of (1, 1). The
 * learning rates are each method's own; AdaDelta needs one below its default 1.0, with which it keeps
 * circling the minimum (in float64 too: 0.07 away from the quadratic's minimum after 20,000 steps);
 * Hamiltonian descent needs a step size below its training default on Rosenbrock's narrow valley.
 * L-BFGS counts outer steps of up to 20 iterations each.
 */
class ConvergenceTest {
    private static final double[] QUADRATIC_MINIMUM =
            Golden.vector(Golden.read("optimizers.json").get("minima").get("quadratic"));

    private static final HamiltonianDescent HAMILTONIAN = HamiltonianDescent.defaults().withLearningRate(0.03);
    private static final HamiltonianDescent HAMILTONIAN_SECOND_POWER = HAMILTONIAN
            .withKineticEnergy(KineticEnergy.power(2)).withMethod(HamiltonianDescent.Method.SECOND);

    static Stream<Arguments> quadratic() {
        return Stream.of(
                Arguments.of(Sgd.plain(0.1), 500),
                Arguments.of(Sgd.momentum(0.05, 0.9), 500),
                Arguments.of(Sgd.nesterov(0.05, 0.9), 500),
                Arguments.of(Adagrad.withLearningRate(0.5), 2000),
                Arguments.of(Adadelta.withLearningRate(0.1), 5000),
                Arguments.of(RmsProp.withLearningRate(1e-3), 8000),
                Arguments.of(RmsProp.withLearningRate(0.001).withMomentum(0.9).withCentered(true), 2000),
                Arguments.of(Adam.withLearningRate(0.05), 2000),
                Arguments.of(Adam.withLearningRate(0.05).withAmsgrad(true), 2000),
                Arguments.of(AdamW.withLearningRate(0.05).withWeightDecay(0), 2000),
                Arguments.of(NAdam.withLearningRate(0.05), 2000),
                Arguments.of(Adamax.withLearningRate(0.05), 2000),
                Arguments.of(HAMILTONIAN, 5000),
                Arguments.of(HAMILTONIAN_SECOND_POWER, 5000),
                Arguments.of(Lbfgs.defaults().withLineSearch(LineSearch.STRONG_WOLFE), 5),
                Arguments.of(Lbfgs.defaults().withLineSearch(LineSearch.BACKTRACKING), 5),
                Arguments.of(Lbfgs.defaults(), 5));
    }

    static Stream<Arguments> rosenbrock() {
        return Stream.of(
                Arguments.of(Sgd.plain(1e-3), 20000),
                Arguments.of(Sgd.momentum(2e-4, 0.9), 20000),
                Arguments.of(Sgd.nesterov(2e-4, 0.9), 20000),
                Arguments.of(Adagrad.withLearningRate(0.5), 20000),
                Arguments.of(Adadelta.withLearningRate(0.03), 20000),
                Arguments.of(RmsProp.withLearningRate(1e-3), 20000),
                Arguments.of(RmsProp.withLearningRate(1e-4).withMomentum(0.9).withCentered(true), 20000),
                Arguments.of(Adam.withLearningRate(0.01), 20000),
                Arguments.of(Adam.withLearningRate(0.01).withAmsgrad(true), 20000),
                Arguments.of(AdamW.withLearningRate(0.01).withWeightDecay(0), 20000),
                Arguments.of(NAdam.withLearningRate(0.01), 20000),
                Arguments.of(Adamax.withLearningRate(0.01), 20000),
                Arguments.of(HAMILTONIAN, 20000),
                Arguments.of(HAMILTONIAN_SECOND_POWER, 20000),
                Arguments.of(Lbfgs.defaults().withLineSearch(LineSearch.STRONG_WOLFE), 5),
                Arguments.of(Lbfgs.defaults().withLineSearch(LineSearch.BACKTRACKING), 10),
                Arguments.of(Lbfgs.defaults(), 10));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quadratic")
    void reachesTheParabolasMinimum(OptimizerSpec spec, int steps) {
        double distance = run(spec, steps, "quadratic", new float[] {2f, -1f, 3f}, QUADRATIC_MINIMUM);
        assertTrue(distance < 1e-3, () -> spec + " ends " + distance + " from the minimum after " + steps + " steps");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rosenbrock")
    void reachesRosenbrocksMinimum(OptimizerSpec spec, int steps) {
        double distance = run(spec, steps, "rosenbrock", new float[] {-1.5f, 2f}, new double[] {1, 1});
        assertTrue(distance < 1e-2, () -> spec + " ends " + distance + " from (1, 1) after " + steps + " steps");
    }

    static double run(OptimizerSpec spec, int steps, String function, float[] start, double[] minimum) {
        Params params = Params.of(start.clone());
        Optimizer optimizer = spec.create(params.size());
        Objective objective = Objectives.of(function, 0);
        for (int t = 0; t < steps; t++) {
            optimizer.step(params, objective);
        }
        double squares = 0;
        for (int i = 0; i < minimum.length; i++) {
            squares += (params.values()[i] - minimum[i]) * (params.values()[i] - minimum[i]);
        }
        return Math.sqrt(squares);
    }
}
