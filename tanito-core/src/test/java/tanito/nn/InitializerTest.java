package tanito.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tanito.linalg.Matrix;
import tanito.linalg.Params;
import tanito.linalg.Rng;

class InitializerTest {

    @ParameterizedTest
    @EnumSource(Initializer.class)
    void drawsHaveZeroMeanAndTheStatedVariance(Initializer initializer) {
        Matrix w = Matrix.zeros(300, 200);
        initializer.fill(w, Rng.seeded(1));
        double expected = initializer.variance(300, 200);
        double sum = 0;
        double squares = 0;
        double max = 0;
        for (int r = 0; r < 300; r++) {
            for (int c = 0; c < 200; c++) {
                double v = w.get(r, c);
                sum += v;
                squares += v * v;
                max = Math.max(max, Math.abs(v));
            }
        }
        int n = 300 * 200;
        assertEquals(0, sum / n, 3 * Math.sqrt(expected / n));
        assertEquals(expected, squares / n, 0.02 * expected);
        if (initializer.name().endsWith("UNIFORM")) {
            assertTrue(max <= Math.sqrt(3 * expected), "uniform draws stay inside the limit");
        }
    }

    @Test
    void theVariancesAreGlorotHeAndLeCun() {
        assertEquals(2.0 / (300 + 200), Initializer.GLOROT_UNIFORM.variance(300, 200), 1e-15);
        assertEquals(2.0 / 300, Initializer.HE_NORMAL.variance(300, 200), 1e-15);
        assertEquals(1.0 / 300, Initializer.LECUN_NORMAL.variance(300, 200), 1e-15);
    }

    @Test
    void theDefaultFollowsTheActivationAndBiasesStartAtZero() {
        assertEquals(Initializer.HE_NORMAL, new DenseSpec(4, Activation.relu()).initializer());
        assertEquals(Initializer.HE_NORMAL, new DenseSpec(4, Activation.elu()).initializer());
        assertEquals(Initializer.GLOROT_UNIFORM, new DenseSpec(4, Activation.tanh()).initializer());
        assertEquals(Initializer.GLOROT_UNIFORM, new DenseSpec(4, Activation.sigmoid()).initializer());
        Params p = NetworkSpec.input(3).dense(4, Activation.relu()).output(2).build(Rng.seeded(5)).params();
        for (float b : p.value("trunk.0.bias").toArray()[0]) {
            assertEquals(0f, b);
        }
    }
}
