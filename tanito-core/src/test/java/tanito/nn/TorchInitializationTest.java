package tanito.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tanito.Golden;
import tanito.linalg.Matrix;
import tanito.linalg.Params;

/**
 * {@link NetworkSpec#buildLikePyTorch} against the weights PyTorch 1.13 gives the same networks from the
 * same seeds (golden/torch_random.json, "init"): bit for bit.
 */
class TorchInitializationTest {
    private static final JsonNode INIT = Golden.read("torch_random.json").get("init");

    private static Initializer named(String function) {
        return switch (function) {
            case "kaiming_normal_" -> Initializer.HE_NORMAL;
            case "kaiming_uniform_" -> Initializer.HE_UNIFORM;
            case "xavier_normal_" -> Initializer.GLOROT_NORMAL;
            case "xavier_uniform_" -> Initializer.GLOROT_UNIFORM;
            default -> throw new IllegalArgumentException(function);
        };
    }

    /** The golden entry's network: ReLU layers initialised by its hidden rule, a linear output by its output rule. */
    private static NetworkSpec network(JsonNode entry) {
        double[] sizes = Golden.vector(entry.get("sizes"));
        NetworkSpec.Builder builder = NetworkSpec.input((int) sizes[0]);
        for (int i = 1; i < sizes.length - 1; i++) {
            builder.add(new DenseSpec((int) sizes[i], Activation.relu(), named(entry.get("hidden").asText())));
        }
        int outputs = (int) sizes[sizes.length - 1];
        return builder.heads(new HeadSpec("output",
                List.of(new DenseSpec(outputs, Activation.identity(), named(entry.get("output").asText())))));
    }

    private static List<String> layerNames(int layers) {
        return IntStream.range(0, layers)
                .mapToObj(i -> i == layers - 1 ? "output.0" : "trunk." + i).toList();
    }

    @Test
    void smallNetworksGetTorchsWeights() {
        int checked = 0;
        for (JsonNode entry : INIT) {
            if (!entry.has("weights")) {
                continue;
            }
            Params params = network(entry).buildLikePyTorch(entry.get("seed").asLong()).params();
            List<String> names = layerNames(entry.get("weights").size());
            for (int l = 0; l < names.size(); l++) {
                Matrix w = params.value(names.get(l) + ".weight");
                double[] expected = Golden.vector(entry.get("weights").get(l)); // [out, in], row by row
                for (int out = 0; out < w.cols(); out++) {
                    for (int in = 0; in < w.rows(); in++) {
                        assertEquals((float) expected[out * w.rows() + in], w.get(in, out), 0f, names.get(l));
                        checked++;
                    }
                }
                Matrix bias = params.value(names.get(l) + ".bias");
                for (int c = 0; c < bias.cols(); c++) {
                    assertEquals(0f, bias.get(0, c));
                }
            }
        }
        assertEquals(5 * 7 + 7 * 3 + 20 * 16 + 16 * 4, checked);
    }

    @Test
    void theBenchmarksNetworkGetsTorchsWeights() {
        JsonNode entry = INIT.get(2);
        assertEquals(784, entry.get("sizes").get(0).asInt());
        Params params = network(entry).buildLikePyTorch(entry.get("seed").asLong()).params();
        List<String> names = layerNames(3);
        for (int l = 0; l < 3; l++) {
            Matrix w = params.value(names.get(l) + ".weight");
            double[] head = Golden.vector(entry.get("weight_heads").get(l));
            for (int k = 0; k < head.length; k++) {
                assertEquals((float) head[k], w.get(k % w.rows(), k / w.rows()), 0f, names.get(l));
            }
            long bitSum = 0; // every weight's bits, added up: a single bit changed anywhere changes it
            for (int r = 0; r < w.rows(); r++) {
                for (int c = 0; c < w.cols(); c++) {
                    bitSum += Float.floatToRawIntBits(w.get(r, c));
                }
            }
            assertEquals(entry.get("weight_bit_sums").get(l).asLong(), bitSum, names.get(l) + "'s bits");
        }
    }
}
