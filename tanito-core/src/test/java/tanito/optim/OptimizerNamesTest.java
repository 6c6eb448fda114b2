package tanito.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OptimizerNamesTest {
    /** Settings from a map; anything not in it takes the optimiser's default. */
    private static OptimizerNames.Settings given(Map<String, Object> values) {
        return new OptimizerNames.Settings() {
            public double number(String name, double otherwise) {
                return ((Number) values.getOrDefault(name, otherwise)).doubleValue();
            }

            public int integer(String name, int otherwise) {
                return ((Number) values.getOrDefault(name, otherwise)).intValue();
            }

            public boolean isSet(String name) {
                return Boolean.TRUE.equals(values.get(name));
            }

            public String text(String name, String otherwise) {
                return (String) values.getOrDefault(name, otherwise);
            }
        };
    }

    @Test
    void eachNameHasTorchOptimsDefaults() {
        OptimizerNames.Settings none = given(Map.of());
        assertEquals(new Sgd(0.01, 0, 0, false, 0), OptimizerNames.named("sgd", none));
        assertEquals(new Sgd(0.01, 0.9, 0, false, 0), OptimizerNames.named("momentum", none));
        assertEquals(new Sgd(0.01, 0.9, 0, true, 0), OptimizerNames.named("Nesterov", none));
        assertEquals(new Adagrad(0.01, 0, 0, 0, 1e-10), OptimizerNames.named("adagrad", none));
        assertEquals(new Adadelta(1.0, 0.9, 1e-6, 0), OptimizerNames.named("adadelta", none));
        assertEquals(new RmsProp(0.01, 0.99, 1e-8, 0, 0, false), OptimizerNames.named("rmsprop", none));
        assertEquals(new Adam(1e-3, 0.9, 0.999, 1e-8, 0, false), OptimizerNames.named("adam", none));
        assertEquals(new AdamW(1e-3, 0.9, 0.999, 1e-8, 1e-2, false), OptimizerNames.named("adamw", none));
        assertEquals(new NAdam(2e-3, 0.9, 0.999, 1e-8, 0, 4e-3), OptimizerNames.named("nadam", none));
        assertEquals(new Adamax(2e-3, 0.9, 0.999, 1e-8, 0), OptimizerNames.named("adamax", none));
        assertEquals(HamiltonianDescent.defaults(), OptimizerNames.named("hamiltonian", none));
        assertEquals(OptimizerNames.NAMES.size(), 12);
    }

    @Test
    void givenValuesReplaceTheDefaultsAndUnknownNamesAreRefused() {
        assertEquals(new Adam(0.05, 0.8, 0.99, 1e-8, 0, true),
                OptimizerNames.named("adam", given(Map.of("lr", 0.05, "beta1", 0.8, "beta2", 0.99, "amsgrad", true))));
        assertEquals(new Sgd(0.1, 0.5, 0, true, 0),
                OptimizerNames.named("nesterov", given(Map.of("lr", 0.1, "momentum", 0.5))));
        assertEquals("unknown optimizer 'adamx'; choose one of sgd, momentum, nesterov, adagrad, adadelta, rmsprop, "
                        + "adam, adamw, nadam, adamax, lbfgs, hamiltonian",
                assertThrows(IllegalArgumentException.class, () -> OptimizerNames.named("adamx", given(Map.of())))
                        .getMessage());
        assertEquals("beta1 must be in [0, 1), was 1.0", assertThrows(IllegalArgumentException.class,
                () -> OptimizerNames.named("adam", given(Map.of("beta1", 1.0)))).getMessage());
    }
}
