package tanito.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Cephes's float functions are what TorchGeneratorTest checks bit for bit against PyTorch; here, that
 * they are the functions they name: within 2 ulps of the correctly rounded value over the arguments the
 * draws use (Cephes states about 1 ulp), and exact where the answer is.
 */
class CephesFloatTest {
    private static final int STEPS = 1 << 20;

    /** The error of {@code actual} in units in the last place of the float nearest the exact value. */
    private static double ulps(float actual, double exact) {
        return Math.abs(actual - exact) / Math.ulp((float) exact);
    }

    @Test
    void logarithmWithinTwoUlpsOnTheUnitInterval() {
        double worst = 0;
        for (int i = 1; i <= STEPS; i++) {
            float x = (float) i / STEPS;
            worst = Math.max(worst, x == 1f ? 0 : ulps(CephesFloat.log(x), Math.log(x)));
        }
        assertTrue(worst <= 2, "worst error " + worst + " ulps");
        assertEquals(0f, CephesFloat.log(1f));
        assertTrue(Float.isNaN(CephesFloat.log(0f)) && Float.isNaN(CephesFloat.log(-1f)));
    }

    @Test
    void sineAndCosineWithinTwoUlpsOnATurn() {
        double worstSine = 0;
        double worstCosine = 0;
        for (int i = 0; i < STEPS; i++) {
            float theta = (float) (2 * Math.PI * i / STEPS);
            double sin = Math.sin(theta);
            double cos = Math.cos(theta);
            // near a zero of the function the ulp of the result vanishes: compare there against the argument's
            worstSine = Math.max(worstSine, Math.abs(sin) < 1e-3 ? 0 : ulps(CephesFloat.sin(theta), sin));
            worstCosine = Math.max(worstCosine, Math.abs(cos) < 1e-3 ? 0 : ulps(CephesFloat.cos(theta), cos));
            assertTrue(Math.abs(CephesFloat.sin(theta) - sin) <= 1e-7 && Math.abs(CephesFloat.cos(theta) - cos) <= 1e-7,
                    "theta " + theta);
        }
        assertTrue(worstSine <= 2, "worst sine error " + worstSine + " ulps");
        assertTrue(worstCosine <= 2, "worst cosine error " + worstCosine + " ulps");
        assertEquals(0f, CephesFloat.sin(0f));
        assertEquals(1f, CephesFloat.cos(0f));
        assertEquals(-CephesFloat.sin(1.5f), CephesFloat.sin(-1.5f));
    }
}
