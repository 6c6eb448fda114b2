package tanito.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tanito.Golden;

/** {@link TorchGenerator} against PyTorch 1.13's own draws (golden/torch_random.json, made by torch_random.py). */
class TorchGeneratorTest {
    private static final JsonNode GOLDEN = Golden.read("torch_random.json");

    /** How a golden tensor is drawn: into {@code values}, from {@code generator}, as {@code draw} describes. */
    private interface Draw {
        void fill(TorchGenerator generator, float[] values, JsonNode draw);
    }

    /** Draws the section's tensors one after another from one generator seeded as it says; each bit for bit. */
    private static void assertDrawsAreTorchs(String section, Draw draw) {
        JsonNode golden = GOLDEN.get(section);
        TorchGenerator generator = new TorchGenerator(golden.get("seed").asLong());
        for (JsonNode tensor : golden.get("draws")) {
            double[] expected = Golden.vector(tensor.get("values"));
            float[] actual = new float[expected.length];
            draw.fill(generator, actual, tensor);
            for (int i = 0; i < expected.length; i++) {
                assertEquals((float) expected[i], actual[i], 0f, section + " draw " + i + " of " + expected.length);
            }
        }
    }

    @Test
    void uniformDrawsAreTorchsBitForBit() {
        assertDrawsAreTorchs("uniform", (generator, values, tensor) ->
                generator.uniform(values, tensor.get("low").asDouble(), tensor.get("high").asDouble()));
    }

    /**
     * Tensors of 16 or more go through Box-Muller in float with Cephes's logarithm, sine and cosine, as
     * PyTorch's AVX2 kernel; shorter ones draw double normals, keeping the pair's second for the next
     * tensor. Both bit for bit.
     */
    @Test
    void normalDrawsAreTorchsBitForBit() {
        assertDrawsAreTorchs("normal", (generator, values, tensor) -> generator.normal(values, 0, 1));
    }

    @Test
    void permutationsAreTorchsRandperm() {
        JsonNode randperm = GOLDEN.get("randperm");
        TorchGenerator generator = new TorchGenerator(randperm.get("seed").asLong());
        for (JsonNode expected : randperm.get("permutations")) {
            int n = expected.get("n").asInt();
            int[] p = generator.permutation(n);
            int[] head = Arrays.stream(Golden.vector(expected.get("head"))).mapToInt(v -> (int) v).toArray();
            assertArrayEquals(head, Arrays.copyOf(p, head.length), "randperm(" + n + ")");
            long weighted = 0;
            for (int i = 0; i < n; i++) {
                weighted += (long) i * p[i];
            }
            assertEquals(expected.get("weighted_sum").asLong(), weighted, "sum of i p[i] of randperm(" + n + ")");
            assertArrayEquals(IntStream.range(0, n).toArray(), Arrays.stream(p).sorted().toArray(), "a permutation");
        }
    }

    @Test
    void theEngineIsMt19937() {
        // the C++ standard's check: the 10000th output of a default-seeded std::mt19937 (seed 5489)
        TorchGenerator generator = new TorchGenerator(5489);
        long last = 0;
        for (int i = 0; i < 10000; i++) {
            last = generator.random();
        }
        assertEquals(4123659995L, last);
    }
}
