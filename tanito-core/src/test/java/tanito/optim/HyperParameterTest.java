package tanito.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invalid hyper-parameters are rejected with a message that names the value. */
class HyperParameterTest {

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of((Supplier<Object>) () -> Adam.defaults().withBetas(1.0, 0.999), "beta1 must be in [0, 1), was 1.0"),
                Arguments.of((Supplier<Object>) () -> Adam.defaults().withBetas(0.9, -0.1), "beta2 must be in [0, 1), was -0.1"),
                Arguments.of((Supplier<Object>) () -> AdamW.defaults().withBetas(0.9, 1.5), "beta2 must be in [0, 1), was 1.5"),
                Arguments.of((Supplier<Object>) () -> NAdam.defaults().withBetas(-0.5, 0.9), "beta1 must be in [0, 1), was -0.5"),
                Arguments.of((Supplier<Object>) () -> Adamax.defaults().withBetas(0.9, 1.0), "beta2 must be in [0, 1), was 1.0"),
                Arguments.of((Supplier<Object>) () -> Adadelta.defaults().withRho(0), "rho must be in (0, 1), was 0.0"),
                Arguments.of((Supplier<Object>) () -> Adadelta.defaults().withRho(1), "rho must be in (0, 1), was 1.0"),
                Arguments.of((Supplier<Object>) () -> RmsProp.defaults().withAlpha(1.2), "alpha must be in [0, 1), was 1.2"),
                Arguments.of((Supplier<Object>) () -> Adam.defaults().withEpsilon(-1e-8), "epsilon must be >= 0, was -1.0E-8"),
                Arguments.of((Supplier<Object>) () -> Adagrad.defaults().withEpsilon(-1), "epsilon must be >= 0, was -1.0"),
                Arguments.of((Supplier<Object>) () -> Adagrad.defaults().withLearningRateDecay(-0.1),
                        "learningRateDecay must be >= 0, was -0.1"),
                Arguments.of((Supplier<Object>) () -> Adam.withLearningRate(0), "learningRate must be > 0, was 0.0"),
                Arguments.of((Supplier<Object>) () -> RmsProp.defaults().withMomentum(1), "momentum must be in [0, 1), was 1.0"),
                Arguments.of((Supplier<Object>) () -> Sgd.nesterov(0.1, 0.9).withDampening(0.5),
                        "nesterov needs dampening 0, was 0.5"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalid")
    void rejectedWithTheValueNamed(Supplier<Object> construction, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, construction::get).getMessage());
    }
}
