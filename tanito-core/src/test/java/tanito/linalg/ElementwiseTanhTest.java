package tanito.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The exp-based tanh against the JDK's, over the whole float range that matters and its edges. */
class ElementwiseTanhTest {

    @Test
    void withinOneUlpOfMathTanhFromTinyToSaturated() {
        int n = 400_001;
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            double magnitude = Math.pow(10, -30 + 32.0 * (i / 2) / (n / 2)); // 1e-30 .. 1e2, log-spaced
            values[i] = (float) (i % 2 == 0 ? magnitude : -magnitude);
        }
        Matrix y = Matrix.zeros(1, n);
        Elementwise.tanh(Matrix.wrap(values, 1, n), y);
        for (int i = 0; i < n; i++) {
            float expected = (float) Math.tanh(values[i]);
            assertTrue(Math.abs(y.data()[i] - expected) <= Math.ulp(expected),
                    "tanh(" + values[i] + ") = " + y.data()[i] + ", Math.tanh gives " + expected);
        }
    }

    @Test
    void keepsTheSignOfZeroAndSaturatesAtTheExtremes() {
        float[] z = {-0f, 0f, Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE};
        Matrix y = Matrix.zeros(1, z.length);
        Elementwise.tanh(Matrix.wrap(z, 1, z.length), y);
        assertEquals(Float.floatToIntBits(-0f), Float.floatToIntBits(y.data()[0]));
        assertEquals(Float.floatToIntBits(0f), Float.floatToIntBits(y.data()[1]));
        assertEquals(1f, y.data()[2]);
        assertEquals(-1f, y.data()[3]);
        assertEquals(Float.MIN_VALUE, y.data()[4]);
    }
}
