package tanito.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AdamKernelTest {

    @Test
    void followsAdamsFormulaForOrdinaryValues() {
        float[] p = {0.5f, -1.25f, 2f};
        float[] g = {0.1f, -0.003f, 4f};
        float[] m = {0.01f, 0.02f, -0.5f};
        float[] v = {0.001f, 0.0004f, 2f};
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            double mi = 0.9 * m[i] + 0.1 * g[i];
            double vi = 0.999 * v[i] + 0.001 * g[i] * g[i];
            expected[i] = p[i] - 0.01 * (mi * 1.5) / (Math.sqrt(vi) * 1.25 + 1e-8);
        }
        AdamKernel.step(p, g, m, v, 0.9f, 0.999f, 1.5f, 1.25f, 1e-8f, 0.01f);
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[i], p[i], 1e-6 * Math.abs(expected[i]));
        }
    }

    @Test
    void tinyGradientsCountAsZeroAndDecayedMomentsFlushToZero() {
        float[] p = {1f, 1f};
        float[] g = {1e-20f, 1e-12f};
        float[] m = {1e-31f, 0f};
        float[] v = {1e-39f, 0f};
        AdamKernel.step(p, g, m, v, 0.9f, 0.999f, 1f, 1f, 1e-8f, 1e-3f);
        assertEquals(0f, m[0], "0.9e-31 is below 2^-100");
        assertEquals(0f, v[0]);
        assertEquals(1f, p[0]);
        assertEquals(1e-13f, m[1], 1e-17f, "a gradient of 1e-12 is kept, to the nearest multiple of 2^-57");
        assertEquals(1e-27f, v[1], 1e-31f);
    }

    @Property(tries = 300)
    void noDenormalIsEverStored(@ForAll @IntRange(min = -44, max = -10) int gradientExponent,
                                @ForAll @IntRange(min = -44, max = -20) int momentExponent,
                                @ForAll @DoubleRange(min = -9, max = 9) double mantissa) {
        float[] p = {0.25f};
        float[] g = {(float) (mantissa * Math.pow(10, gradientExponent))};
        float moment = (float) (-mantissa * Math.pow(10, momentExponent));
        float[] m = {moment};
        float[] v = {Math.abs(moment) * 1e-9f};
        for (int t = 0; t < 50; t++) {
            AdamKernel.step(p, g, m, v, 0.9f, 0.999f, 1f, 1f, 1e-8f, 1e-3f);
            for (float x : new float[] {p[0], m[0], v[0]}) {
                assertTrue(x == 0 || Math.abs(x) >= Float.MIN_NORMAL, "denormal " + x + " after step " + t);
            }
        }
    }
}
