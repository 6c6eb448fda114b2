package tanito.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.linalg.Rng;

/** The elephant of Mayer, Khairy &amp; Howard (2010), from the four complex parameters of their Table I. */
class ElephantTest {
    // p = (real, imaginary): p1 = 50 - 30i, p2 = 18 + 8i, p3 = 12 - 10i, p4 = -14 - 60i
    private static final double[] P1 = {50, -30}, P2 = {18, 8}, P3 = {12, -10}, P4 = {-14, -60};

    /** Zolnierczuk's decoding of the parameters (John D. Cook's post): B1x, B2x, A3x, A5x from the real parts. */
    private static double paperX(double t) {
        return P1[0] * Math.sin(t) + P2[0] * Math.sin(2 * t) + P3[0] * Math.cos(3 * t) + P4[0] * Math.cos(5 * t);
    }

    /** A1y, B1y, B2y, B3y from the imaginary parts. */
    private static double paperY(double t) {
        return P4[1] * Math.cos(t) + P1[1] * Math.sin(t) + P2[1] * Math.sin(2 * t) + P3[1] * Math.sin(3 * t);
    }

    @Test
    void withoutNoiseThePointsLieOnThePapersCurve() {
        Dataset data = Synthetic.elephant(300, 0, Rng.seeded(1));
        assertEquals(List.of("t"), data.featureNames());
        assertEquals(List.of("x", "y"), data.targetNames());
        assertFalse(data.isClassification());
        for (int r = 0; r < data.rows(); r++) {
            double t = data.features().get(r, 0);
            assertTrue(t >= 0 && t < 2 * Math.PI, "t " + t);
            assertEquals(paperX(t), data.targets().get(r, 0), 1e-3);
            assertEquals(paperY(t), data.targets().get(r, 1), 1e-3);
        }
    }

    @Test
    void knownPointsOfTheOutline() {
        assertEquals(-2, Elephant.x(0), 1e-12); // 12 cos 0 - 14 cos 0
        assertEquals(-60, Elephant.y(0), 1e-12);
        assertEquals(50, Elephant.x(Math.PI / 2), 1e-12);
        assertEquals(-20, Elephant.y(Math.PI / 2), 1e-12); // -30 sin - 10 sin(3 pi / 2)
        assertEquals(Math.sqrt(3914), Elephant.SCALE, 1e-12);
    }

    @Test
    void theOutlineHasTheElephantsBoundingBox() {
        Dataset data = Synthetic.elephant(20000, 0, Rng.seeded(2));
        float minX = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, minY = Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
        for (int r = 0; r < data.rows(); r++) {
            minX = Math.min(minX, data.targets().get(r, 0));
            maxX = Math.max(maxX, data.targets().get(r, 0));
            minY = Math.min(minY, data.targets().get(r, 1));
            maxY = Math.max(maxY, data.targets().get(r, 1));
        }
        // the box of the dense curve: x in [-83.0, 61.3], y in [-70.6, 83.9]; standing (y, -x) it is wider than tall
        assertEquals(-83.0, minX, 0.3);
        assertEquals(61.3, maxX, 0.3);
        assertEquals(-70.6, minY, 0.3);
        assertEquals(83.9, maxY, 0.3);
    }

    @Test
    void noiseHasTheRequestedDeviationTimesTheScale() {
        Dataset data = Synthetic.elephant(5000, 0.1, Rng.seeded(3));
        double squares = 0;
        for (int r = 0; r < data.rows(); r++) {
            double t = data.features().get(r, 0);
            squares += Math.pow(data.targets().get(r, 0) - paperX(t), 2) + Math.pow(data.targets().get(r, 1) - paperY(t), 2);
        }
        double deviation = Math.sqrt(squares / (2 * data.rows()));
        assertEquals(0.1 * Math.sqrt(3914), deviation, 0.1 * Math.sqrt(3914) * 0.05);
    }
}
