package tanito.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tanito.Golden;
import tanito.linalg.Params;

/**
 * The SGD family against torch.optim.SGD trajectories (golden/optimizers.json, float64): after all 25
 * steps within 1e-3 * max(|expected|, 1e-2), on the Rosenbrock function and the 3-D quadratic.
 */
class SgdGoldenTest {
    private static final Set<String> SGD_FAMILY = Set.of("sgd", "sgd_momentum", "sgd_momentum_dampening",
            "sgd_nesterov", "sgd_l2", "sgd_l1", "sgd_momentum_l1");

    static Stream<JsonNode> cases() {
        List<JsonNode> cases = new ArrayList<>();
        Golden.read("optimizers.json").get("cases").forEach(c -> {
            if (SGD_FAMILY.contains(c.get("optimizer").asText())) {
                cases.add(c);
            }
        });
        return cases.stream();
    }

    @Test
    void everySgdCaseIsPresentForBothFunctions() {
        assertEquals(14, cases().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void trajectoryMatchesPyTorch(JsonNode c) {
        JsonNode h = c.get("hyperparameters");
        Sgd sgd = new Sgd(h.get("lr").asDouble(), h.path("momentum").asDouble(0), h.path("dampening").asDouble(0),
                h.path("nesterov").asBoolean(false), h.path("weight_decay").asDouble(0));
        double[] start = Golden.vector(c.get("start"));
        float[] initial = new float[start.length];
        for (int i = 0; i < start.length; i++) {
            initial[i] = (float) start[i];
        }
        Params params = Params.of(initial);
        Optimizer optimizer = sgd.create(params.size());
        JsonNode expected = c.get("params_after_each_step");
        String function = c.get("function").asText();
        Objective objective = Objectives.of(function, h.path("l1").asDouble(0));
        for (int step = 0; step < expected.size(); step++) {
            optimizer.step(params, objective);
        }
        double[] last = Golden.vector(expected.get(expected.size() - 1));
        for (int i = 0; i < last.length; i++) {
            double actual = params.values()[i];
            double want = last[i];
            int index = i;
            assertTrue(Golden.close(actual, want, 1e-3, 1e-2),
                    () -> function + " p[" + index + "] after 25 steps: expected " + want + ", got " + actual);
        }
        assertEquals(25, optimizer.steps());
    }
}
