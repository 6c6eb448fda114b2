package tanito.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tanito.io.Json;

class KineticEnergyTest {
    private static final List<KineticEnergy> ENERGIES = List.of(KineticEnergy.relativistic(),
            KineticEnergy.power(4.0 / 3), KineticEnergy.power(2), KineticEnergy.power(1.5, 2),
            KineticEnergy.power(3, 1.2), KineticEnergy.power(1, 2));

    @Test
    void gradientsMatchCentralDifferencesInDouble() {
        Random random = new Random(7);
        for (KineticEnergy k : ENERGIES) {
            for (double size : new double[] {0.01, 0.5, 3, 40}) {
                double[] p = new double[4];
                for (int i = 0; i < p.length; i++) {
                    p[i] = size * random.nextGaussian();
                }
                double norm = norm(p);
                for (int i = 0; i < p.length; i++) {
                    double h = 1e-6 * Math.max(norm, 1e-3);
                    double[] up = p.clone();
                    double[] down = p.clone();
                    up[i] += h;
                    down[i] -= h;
                    double numeric = (k.energyAtNorm(norm(up)) - k.energyAtNorm(norm(down))) / (2 * h);
                    double analytic = k.speedAtNorm(norm) * p[i] / norm;
                    assertEquals(numeric, analytic, 1e-6 * Math.max(1, Math.abs(numeric)),
                            k.label() + " at |p| = " + norm + ", coordinate " + i);
                }
            }
        }
    }

    @Test
    void theFloatVectorFormsAgreeWithTheFormulas() {
        float[] p = {0.3f, -1.2f, 2f};
        double norm = Math.sqrt(0.3 * 0.3 + 1.2 * 1.2 + 4);
        double relativistic = Math.sqrt(norm * norm + 1);
        assertEquals(relativistic - 1, KineticEnergy.relativistic().value(p), 1e-6);
        assertArrayEquals(new float[] {(float) (0.3 / relativistic), (float) (-1.2 / relativistic), (float) (2 / relativistic)},
                gradient(KineticEnergy.relativistic(), p), 1e-6f);
        double a = 1.5;
        double big = 2.5;
        double power = Math.pow(Math.pow(norm, a) + 1, big / a - 1) * Math.pow(norm, a - 2);
        assertEquals((Math.pow(Math.pow(norm, a) + 1, big / a) - 1) / big, KineticEnergy.power(a, big).value(p), 1e-6);
        assertArrayEquals(new float[] {(float) (power * 0.3), (float) (power * -1.2), (float) (power * 2)},
                gradient(KineticEnergy.power(a, big), p), 1e-6f);
    }

    @Test
    void withEqualExponentsThePowerFamilyIsThePurePower() {
        float[] p = {0.6f, -0.8f, 2.4f}; // norm 2.6
        double norm = 2.6;
        KineticEnergy k = KineticEnergy.power(4.0 / 3);
        assertEquals(0.75 * Math.pow(norm, 4.0 / 3), k.value(p), 1e-6);
        double scale = Math.pow(norm, 4.0 / 3 - 2);
        assertArrayEquals(new float[] {(float) (scale * 0.6), (float) (scale * -0.8), (float) (scale * 2.4)}, gradient(k, p), 1e-6f);
        assertArrayEquals(p, gradient(KineticEnergy.power(2), p), 1e-6f); // ||p||^2 / 2: grad k = p
        assertEquals(norm * norm / 2, KineticEnergy.power(2).value(p), 1e-5);
    }

    @Test
    void thePowerFamilyBehavesLikeItsTwoExponents() {
        KineticEnergy k = KineticEnergy.power(1.5, 3);
        assertEquals(1, k.energyAtNorm(1e-6) / (Math.pow(1e-6, 1.5) / 1.5), 1e-6);
        assertEquals(1, k.energyAtNorm(1e6) / (Math.pow(1e6, 3) / 3), 1e-6);
    }

    @Test
    void theRelativisticGradientIsShorterThanOne() {
        KineticEnergy k = KineticEnergy.relativistic();
        for (double norm : new double[] {1e-3, 1, 1e3, 1e7}) {
            assertTrue(k.speedAtNorm(norm) < 1, "|grad k| = " + k.speedAtNorm(norm) + " at |p| = " + norm);
        }
        for (float size : new float[] {1e-3f, 1f, 1e3f}) {
            float[] p = {size, -size, 2 * size};
            double length = KineticEnergy.norm(gradient(k, p));
            assertTrue(length < 1, "|grad k| = " + length + " at |p| = " + KineticEnergy.norm(p));
        }
        for (float size : new float[] {1e30f, 3e38f}) { // 1 - 1/(2 |p|^2) is 1 in double, then rounded to float
            double length = KineticEnergy.norm(gradient(k, new float[] {size, -size, size}));
            assertTrue(Double.isFinite(length) && length <= 1 + 1e-7, "|grad k| = " + length + " at |p| = " + size);
        }
    }

    @Test
    void theGradientAtAndNearZeroIsFiniteAndVanishesAtZero() {
        for (KineticEnergy k : ENERGIES) {
            assertArrayEquals(new float[3], gradient(k, new float[3]), k.label());
            assertEquals(0, k.value(new float[3]), k.label());
            float[] tiny = gradient(k, new float[] {1e-44f, 0, -1e-44f});
            assertTrue(Float.isFinite(tiny[0]) && Float.isFinite(tiny[2]), k.label() + " near 0: " + tiny[0]);
        }
        assertEquals(1, KineticEnergy.norm(gradient(KineticEnergy.power(1, 2), new float[] {1e-44f, 0})), 1e-6);
    }

    @Test
    void exponentsBelowOneAreRejectedWithTheValue() {
        assertEquals("exponentNearZero a must be >= 1 and finite, was 0.5",
                assertThrows(IllegalArgumentException.class, () -> KineticEnergy.power(0.5, 2)).getMessage());
        assertEquals("exponentAtInfinity A must be >= 1 and finite, was 0.9",
                assertThrows(IllegalArgumentException.class, () -> KineticEnergy.power(2, 0.9)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> KineticEnergy.power(Double.NaN));
    }

    @Test
    void parsesTheTextFormAndNamesBadText() {
        assertEquals(KineticEnergy.relativistic(), KineticEnergy.parse("relativistic"));
        assertEquals(KineticEnergy.power(1.5, 2), KineticEnergy.parse("power:1.5,2"));
        assertEquals(KineticEnergy.power(1.25), KineticEnergy.parse(" power:1.25 "));
        for (KineticEnergy k : ENERGIES) {
            assertEquals(k, KineticEnergy.parse(k.label()));
        }
        assertEquals("unknown kinetic energy 'newtonian'; use relativistic, power:a or power:a,A",
                assertThrows(IllegalArgumentException.class, () -> KineticEnergy.parse("newtonian")).getMessage());
        assertEquals("kinetic energy 'power:x,2' needs numeric exponents: power:a or power:a,A",
                assertThrows(IllegalArgumentException.class, () -> KineticEnergy.parse("power:x,2")).getMessage());
        assertEquals("kinetic energy 'power:1,2,3' has 3 exponents; use power:a or power:a,A",
                assertThrows(IllegalArgumentException.class, () -> KineticEnergy.parse("power:1,2,3")).getMessage());
        assertEquals("kinetic energy 'power:0.5,2': exponentNearZero a must be >= 1 and finite, was 0.5",
                assertThrows(IllegalArgumentException.class, () -> KineticEnergy.parse("power:0.5,2")).getMessage());
    }

    @Test
    void roundTripsThroughJson() throws Exception {
        for (KineticEnergy k : ENERGIES) {
            String json = Json.mapper().writeValueAsString(k);
            assertEquals(k, Json.mapper().readValue(json, KineticEnergy.class), json);
        }
        assertEquals(KineticEnergy.power(1.5, 2), Json.mapper().readValue(
                "{\"type\":\"power\",\"exponentNearZero\":1.5,\"exponentAtInfinity\":2}", KineticEnergy.class));
    }

    private static float[] gradient(KineticEnergy k, float[] p) {
        float[] g = new float[p.length];
        k.addGradient(1, p, g);
        return g;
    }

    private static double norm(double[] p) {
        double sum = 0;
        for (double v : p) {
            sum += v * v;
        }
        return Math.sqrt(sum);
    }
}
