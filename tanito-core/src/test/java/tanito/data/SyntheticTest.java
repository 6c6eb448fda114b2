package tanito.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tanito.linalg.Rng;

/** The playground's generators, checked against their definitions in tensorflow/playground src/dataset.ts. */
class SyntheticTest {
    private interface Generator {
        Dataset generate(int rows, double noise, Rng rng);
    }

    private static final List<Generator> CLASSIFICATION = List.of(Synthetic::circle, Synthetic::xor,
            Synthetic::gaussians, Synthetic::spiral);
    private static final List<Generator> ALL = List.of(Synthetic::circle, Synthetic::xor, Synthetic::gaussians,
            Synthetic::spiral, Synthetic::plane, Synthetic::multiGaussian, Synthetic::elephant);

    private static float x1(Dataset d, int row) {
        return d.features().get(row, 0);
    }

    private static float x2(Dataset d, int row) {
        return d.features().get(row, 1);
    }

    private static double radius(Dataset d, int row) {
        return Math.hypot(x1(d, row), x2(d, row));
    }

    private static int ones(Dataset d) {
        int ones = 0;
        for (int r = 0; r < d.rows(); r++) {
            ones += d.label(r);
        }
        return ones;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 200})
    void playgroundSetsHaveTheirShapeAndNames(int rows) {
        for (Generator generator : CLASSIFICATION) {
            Dataset data = generator.generate(rows, 0.1, Rng.seeded(3));
            assertEquals(rows, data.rows());
            assertEquals(List.of("x1", "x2"), data.featureNames());
            assertEquals(List.of("label"), data.targetNames());
            assertEquals(List.of("0", "1"), data.classNames());
        }
        for (Generator generator : List.<Generator>of(Synthetic::plane, Synthetic::multiGaussian)) {
            Dataset data = generator.generate(rows, 0.1, Rng.seeded(3));
            assertEquals(rows, data.rows());
            assertEquals(List.of("x1", "x2"), data.featureNames());
            assertFalse(data.isClassification());
        }
    }

    @Test
    void halvesAreBalancedTheOddRowInClassOne() {
        for (Generator generator : List.<Generator>of(Synthetic::circle, Synthetic::gaussians, Synthetic::spiral)) {
            assertEquals(100, ones(generator.generate(200, 0, Rng.seeded(1))));
            assertEquals(4, ones(generator.generate(7, 0, Rng.seeded(1))));
        }
        int xorOnes = ones(Synthetic.xor(2000, 0, Rng.seeded(1)));
        assertTrue(xorOnes > 900 && xorOnes < 1100, "xor class 1: " + xorOnes);
    }

    @Test
    void rowsAreShuffledAsThePlaygroundShufflesThem() {
        Dataset data = Synthetic.circle(100, 0, Rng.seeded(1));
        int firstHalfOnes = 0;
        for (int r = 0; r < 50; r++) {
            firstHalfOnes += data.label(r);
        }
        assertTrue(firstHalfOnes > 10 && firstHalfOnes < 40, "class 1 in the first half: " + firstHalfOnes);
    }

    @Test
    void circleWithoutNoiseLabelsByRadius() {
        Dataset data = Synthetic.circle(500, 0, Rng.seeded(2));
        for (int r = 0; r < data.rows(); r++) {
            double radius = radius(data, r);
            assertTrue(radius < 2.5 + 1e-5 || (radius > 3.5 - 1e-5 && radius < 5 + 1e-5), "radius " + radius);
            assertEquals(radius < 2.5 ? 1 : 0, data.label(r), "radius " + radius);
        }
    }

    @Test
    void circleNoiseFlipsLabelsButNotPoints() {
        Dataset data = Synthetic.circle(500, 0.3, Rng.seeded(2));
        int disagree = 0;
        for (int r = 0; r < data.rows(); r++) {
            double radius = radius(data, r);
            assertTrue(radius < 2.5 + 1e-5 || (radius > 3.5 - 1e-5 && radius < 5 + 1e-5), "radius " + radius);
            disagree += (radius < 2.5 ? 1 : 0) != data.label(r) ? 1 : 0;
        }
        assertTrue(disagree > 25 && disagree < 250, "labels that disagree with the radius: " + disagree);
    }

    @Test
    void xorLabelsBySignAndKeepsOffTheAxes() {
        Dataset clean = Synthetic.xor(500, 0, Rng.seeded(4));
        for (int r = 0; r < clean.rows(); r++) {
            float x = x1(clean, r), y = x2(clean, r);
            assertTrue(Math.abs(x) >= 0.3f && Math.abs(x) <= 5.3f && Math.abs(y) >= 0.3f && Math.abs(y) <= 5.3f);
            assertEquals(x * y >= 0 ? 1 : 0, clean.label(r));
        }
        Dataset noisy = Synthetic.xor(500, 0.5, Rng.seeded(4));
        int disagree = 0;
        for (int r = 0; r < noisy.rows(); r++) {
            disagree += (x1(noisy, r) * x2(noisy, r) >= 0 ? 1 : 0) != noisy.label(r) ? 1 : 0;
        }
        assertTrue(disagree > 25, "labels that disagree with the quadrant: " + disagree);
    }

    @Test
    void gaussiansCentreAndWidenWithNoise() {
        for (double noise : new double[] {0, 0.5}) {
            Dataset data = Synthetic.gaussians(4000, noise, Rng.seeded(5));
            double[] sum = new double[2], squares = new double[2];
            for (int r = 0; r < data.rows(); r++) {
                int label = data.label(r);
                double centre = label == 1 ? 2 : -2;
                sum[label] += x1(data, r) + x2(data, r);
                squares[label] += Math.pow(x1(data, r) - centre, 2) + Math.pow(x2(data, r) - centre, 2);
            }
            assertEquals(2, sum[1] / 4000, 0.1);
            assertEquals(-2, sum[0] / 4000, 0.1);
            double variance = 0.5 + 7 * noise; // the playground's map of noise [0, 0.5] to variance [0.5, 4]
            assertEquals(variance, (squares[0] + squares[1]) / 8000, variance * 0.06);
        }
    }

    @Test
    void spiralPointsLieOnTheirSpiral() {
        int rows = 200;
        double n = rows / 2.0;
        Dataset data = Synthetic.spiral(rows, 0, Rng.seeded(6));
        for (int r = 0; r < rows; r++) {
            double radius = radius(data, r);
            double step = radius / 5 * n; // radius = 5 i / n
            assertEquals(Math.rint(step), step, 1e-3);
            double t = 1.75 * Math.rint(step) / n * 2 * Math.PI + (data.label(r) == 1 ? 0 : Math.PI);
            assertEquals(radius * Math.sin(t), x1(data, r), 1e-4);
            assertEquals(radius * Math.cos(t), x2(data, r), 1e-4);
        }
    }

    @Test
    void spiralNoiseMovesPointsByAtMostNoise() {
        Dataset clean = Synthetic.spiral(100, 0, Rng.seeded(6));
        Dataset noisy = Synthetic.spiral(100, 0.4, Rng.seeded(6));
        double largest = 0;
        for (int r = 0; r < 100; r++) {
            largest = Math.max(largest, Math.abs(radius(noisy, r) - radius(clean, r)));
            assertTrue(radius(noisy, r) <= 5 + 0.4 * Math.sqrt(2) + 1e-5);
        }
        assertTrue(largest > 0.05, "noise moved points by up to " + largest);
    }

    @Test
    void planeIsTheScaledSumOfTheCoordinates() {
        Dataset clean = Synthetic.plane(500, 0, Rng.seeded(7));
        Dataset noisy = Synthetic.plane(500, 0.2, Rng.seeded(7));
        double largest = 0;
        for (int r = 0; r < 500; r++) {
            assertTrue(Math.abs(x1(clean, r)) <= 6 && Math.abs(x2(clean, r)) <= 6);
            assertEquals((x1(clean, r) + x2(clean, r)) / 10, clean.targets().get(r, 0), 1e-6);
            double error = Math.abs((x1(noisy, r) + x2(noisy, r)) / 10 - noisy.targets().get(r, 0));
            assertTrue(error <= 2 * 6 * 0.2 / 10 + 1e-6, "error " + error);
            largest = Math.max(largest, error);
        }
        assertTrue(largest > 0.1, "noise changed labels by up to " + largest);
    }

    /** dataset.ts regressGaussian, written out again: the bump largest in absolute value. */
    private static double bumps(double x, double y) {
        double[][] centres = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};
        double label = 0;
        for (double[] c : centres) {
            double value = c[2] * Math.min(1, Math.max(0, 1 - Math.hypot(x - c[0], y - c[1]) / 2));
            label = Math.abs(value) > Math.abs(label) ? value : label;
        }
        return label;
    }

    @Test
    void multiGaussianFollowsTheSixBumps() {
        Dataset clean = Synthetic.multiGaussian(1200, 0, Rng.seeded(8));
        boolean nearPositivePeak = false;
        for (int r = 0; r < clean.rows(); r++) {
            float label = clean.targets().get(r, 0);
            assertEquals(bumps(x1(clean, r), x2(clean, r)), label, 1e-5);
            assertTrue(label >= -1 && label <= 1);
            nearPositivePeak |= Math.hypot(x1(clean, r) + 4, x2(clean, r) - 2.5) < 0.3 && label > 0.85;
        }
        assertTrue(nearPositivePeak);
        Dataset noisy = Synthetic.multiGaussian(1200, 0.3, Rng.seeded(8));
        int moved = 0;
        for (int r = 0; r < noisy.rows(); r++) {
            moved += Math.abs(bumps(x1(noisy, r), x2(noisy, r)) - noisy.targets().get(r, 0)) > 1e-3 ? 1 : 0;
        }
        assertTrue(moved > 300, "labels changed by noise: " + moved);
    }

    @Test
    void sameSeedSameDataOtherSeedOtherData() {
        for (Generator generator : ALL) {
            Dataset a = generator.generate(50, 0.2, Rng.seeded(9));
            Dataset b = generator.generate(50, 0.2, Rng.seeded(9));
            Dataset c = generator.generate(50, 0.2, Rng.seeded(10));
            assertTrue(a.features().contentEquals(b.features()) && a.targets().contentEquals(b.targets()));
            assertFalse(a.features().contentEquals(c.features()));
        }
    }

    @Test
    void badArgumentsAreNamed() {
        for (Generator generator : ALL) {
            assertEquals("rows must be > 0, was 0",
                    assertThrows(IllegalArgumentException.class, () -> generator.generate(0, 0, Rng.seeded(1))).getMessage());
            assertEquals("noise must be finite and >= 0, was -0.1",
                    assertThrows(IllegalArgumentException.class, () -> generator.generate(5, -0.1, Rng.seeded(1)))
                            .getMessage());
            assertThrows(IllegalArgumentException.class, () -> generator.generate(5, Double.NaN, Rng.seeded(1)));
        }
    }
}
