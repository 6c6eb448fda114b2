package tanito.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tanito.Golden;
import tanito.linalg.Params;

/**
 * Every optimiser case of golden/optimizers.json (torch.optim, float64, 25 steps on the Rosenbrock
 * function and a 3-D quadratic): the point after all 25 steps within 1e-3 * max(|expected|, 1e-2).
 */
class OptimizerGoldenTest {

    static Stream<JsonNode> cases() {
        List<JsonNode> cases = new ArrayList<>();
        Golden.read("optimizers.json").get("cases").forEach(cases::add);
        return cases.stream();
    }

    @Test
    void theGoldenFileHasEighteenOptimisersOnBothFunctions() {
        assertEquals(36, cases().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void trajectoryMatchesPyTorch(JsonNode c) {
        JsonNode h = c.get("hyperparameters");
        OptimizerSpec spec = TorchOptimizers.spec(c.get("torch_class").asText(), h);
        Params params = Params.of(toFloats(Golden.vector(c.get("start"))));
        Optimizer optimizer = spec.create(params.size());
        String function = c.get("function").asText();
        Objective objective = Objectives.of(function, h.path("l1").asDouble(0));
        JsonNode expected = c.get("params_after_each_step");
        for (int step = 0; step < expected.size(); step++) {
            optimizer.step(params, objective);
        }
        double[] last = Golden.vector(expected.get(expected.size() - 1));
        for (int i = 0; i < last.length; i++) {
            double actual = params.values()[i];
            double want = last[i];
            int index = i;
            assertTrue(Golden.close(actual, want, 1e-3, 1e-2), () -> c.get("optimizer").asText() + " on " + function
                    + ": p[" + index + "] after 25 steps is " + actual + ", PyTorch " + want);
        }
        assertEquals(25, optimizer.steps());
    }

    static float[] toFloats(double[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) values[i];
        }
        return f;
    }
}
