package tanito.optim.lbfgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tanito.io.Json;

class LbfgsSpecTest {
    private static final Lbfgs DEFAULTS = Lbfgs.defaults();

    @Test
    void defaultsAreTorchs() {
        assertEquals(new Lbfgs(1, 20, 25, 1e-7, 1e-9, 100, LineSearch.NONE), DEFAULTS);
        assertEquals(1, DEFAULTS.learningRate());
    }

    @Test
    void withMaxIterationsSetsTorchsDefaultEvaluationBudgetUnlessOverridden() {
        assertEquals(125, DEFAULTS.withMaxIterations(100).maxEvaluations());
        assertEquals(1, DEFAULTS.withMaxIterations(1).maxEvaluations(), "max_iter * 5 // 4");
        assertEquals(7, DEFAULTS.withMaxIterations(100).withMaxEvaluations(7).maxEvaluations());
    }

    @Test
    void withMethodsChangeOneValue() {
        Lbfgs changed = DEFAULTS.withLearningRate(0.5).withToleranceGrad(1e-5).withToleranceChange(0)
                .withHistorySize(7).withLineSearch(LineSearch.BACKTRACKING);
        assertEquals(new Lbfgs(0.5, 20, 25, 1e-5, 0, 7, LineSearch.BACKTRACKING), changed);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of((Supplier<Lbfgs>) () -> DEFAULTS.withLearningRate(0), "learningRate must be > 0, was 0.0"),
                Arguments.of((Supplier<Lbfgs>) () -> DEFAULTS.withLearningRate(Double.NaN), "learningRate must be > 0, was NaN"),
                Arguments.of((Supplier<Lbfgs>) () -> DEFAULTS.withMaxIterations(0), "maxIterations must be > 0, was 0"),
                Arguments.of((Supplier<Lbfgs>) () -> DEFAULTS.withMaxEvaluations(-3), "maxEvaluations must be > 0, was -3"),
                Arguments.of((Supplier<Lbfgs>) () -> DEFAULTS.withToleranceGrad(-1e-7), "toleranceGrad must be >= 0, was -1.0E-7"),
                Arguments.of((Supplier<Lbfgs>) () -> DEFAULTS.withToleranceChange(Double.POSITIVE_INFINITY),
                        "toleranceChange must be >= 0, was Infinity"),
                Arguments.of((Supplier<Lbfgs>) () -> DEFAULTS.withHistorySize(-1), "historySize must be > 0, was -1"),
                Arguments.of((Supplier<Lbfgs>) () -> DEFAULTS.withLineSearch(null),
                        "lineSearch must be one of [NONE, STRONG_WOLFE, BACKTRACKING], was null"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalid")
    void invalidHyperParametersAreRejectedNamingTheValue(Supplier<Lbfgs> build, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::get);
        assertEquals(message, e.getMessage());
    }

    @Test
    void theSpecRoundTripsThroughJsonWithTorchsLineSearchNames() throws Exception {
        Lbfgs spec = DEFAULTS.withLineSearch(LineSearch.STRONG_WOLFE).withHistorySize(10).withMaxEvaluations(30);
        String json = Json.mapper().writeValueAsString(spec);
        assertTrue(json.contains("\"strong_wolfe\""), json);
        assertEquals(spec, Json.mapper().readValue(json, Lbfgs.class));
    }

    @Test
    void createGivesAFreshOptimiserWithTheSpecsLearningRate() {
        LbfgsOptimizer optimizer = DEFAULTS.withLearningRate(0.25).create(3);
        assertEquals(0.25, optimizer.learningRate());
        assertEquals(0, optimizer.steps());
        assertEquals(0, optimizer.evaluations());
    }
}
