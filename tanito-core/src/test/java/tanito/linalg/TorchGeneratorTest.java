package tanito.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tanito.Golden;

/** {@link TorchGenerator} against PyTorch 1.13's own draws (golden/torch_random.json, made by torch_random.py). */
class TorchGeneratorTest {
    private static final JsonNode GOLDEN = Golden.read("torch_random.json");

    @Test
    void uniformDrawsAreTorchsBitForBit() {
        JsonNode uniform = GOLDEN.get("uniform");
        TorchGenerator generator = new TorchGenerator(uniform.get("seed").asLong());
        for (JsonNode draw : uniform.get("draws")) {
            double[] expected = Golden.vector(draw.get("values"));
            float[] actual = new float[expected.length];
            generator.uniform(actual, draw.get("low").asDouble(), draw.get("high").asDouble());
            for (int i = 0; i < expected.length; i++) {
                assertEquals((float) expected[i], actual[i], 0f, "uniform draw " + i);
            }
        }
    }

    /**
     * Normal draws of 16 or more go through Box-Muller in float, where PyTorch's AVX2 kernel uses its own
     * polynomial logarithm and sine: within 2 ulps. Shorter tensors draw double normals, keeping the pair's
     * second for the next tensor: these match exactly.
     */
    @Test
    void normalDrawsAreTorchsWithinTwoUlps() {
        JsonNode normal = GOLDEN.get("normal");
        TorchGenerator generator = new TorchGenerator(normal.get("seed").asLong());
        int exact = 0;
        int total = 0;
        for (JsonNode draw : normal.get("draws")) {
            double[] expected = Golden.vector(draw.get("values"));
            float[] actual = new float[expected.length];
            generator.normal(actual, 0, 1);
            for (int i = 0; i < expected.length; i++) {
                assertTrue(Golden.withinUlps(expected[i], actual[i], expected.length < 16 ? 0 : 2),
                        "normal draw " + i + " of " + expected.length + ": " + expected[i] + " against " + actual[i]);
                exact += actual[i] == (float) expected[i] ? 1 : 0;
                total++;
            }
        }
        assertTrue(exact >= total * 3 / 4, exact + " of " + total + " exact");
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
