package tanito.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GradientClippingTest {
    private static final Objective STEEP = (x, g) -> {
        g[0] = 3;
        g[1] = -4;
        g[2] = 0.5f;
        return 7;
    };

    private static float[] gradient(GradientClipping clipping) {
        float[] g = new float[3];
        assertEquals(7, clipping.apply(STEEP).evaluate(new float[3], g));
        return g;
    }

    @Test
    void byNormScalesTheWholeGradientDownToTheBound() {
        float[] g = gradient(GradientClipping.byNorm(1));
        double norm = Math.sqrt(9 + 16 + 0.25);
        assertArrayEquals(new float[] {(float) (3 / norm), (float) (-4 / norm), (float) (0.5 / norm)}, g, 1e-7f);
        assertArrayEquals(new float[] {3, -4, 0.5f}, gradient(GradientClipping.byNorm(10)), "inside the bound: unchanged");
    }

    @Test
    void byValueClipsEachComponent() {
        assertArrayEquals(new float[] {1, -1, 0.5f}, gradient(GradientClipping.byValue(1)));
    }

    @Test
    void valueThenNorm() {
        float[] g = gradient(new GradientClipping(1, 1));
        double norm = Math.sqrt(1 + 1 + 0.25);
        assertArrayEquals(new float[] {(float) (1 / norm), (float) (-1 / norm), (float) (0.5 / norm)}, g, 1e-7f);
    }
}
