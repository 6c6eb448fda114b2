package tanito.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tanito.linalg.Matrix;
import tanito.linalg.Rng;

class DropoutTest {

    @Test
    void trainingZeroesTheRateAndScalesTheSurvivorsSoTheMeanIsKept() {
        Matrix ones = Matrix.zeros(400, 250);
        ones.fill(1f);
        Matrix out = new Dropout(250, 0.3).forward(ones, Mode.TRAIN, Rng.seeded(2));
        int zeros = 0;
        double sum = 0;
        for (int r = 0; r < 400; r++) {
            for (int c = 0; c < 250; c++) {
                float v = out.get(r, c);
                assertTrue(v == 0f || v == 1f / 0.7f, "an element is 0 or 1/(1-rate), was " + v);
                zeros += v == 0f ? 1 : 0;
                sum += v;
            }
        }
        assertEquals(0.3, zeros / 100_000.0, 0.005);
        assertEquals(1.0, sum / 100_000, 0.01);
    }

    @Test
    void evaluationIsTheIdentityAndTheSameRngGivesTheSameMask() {
        Matrix x = Matrix.zeros(3, 4);
        x.fill(2f);
        assertSame(x, new Dropout(4, 0.5).forward(x, Mode.EVAL, null));
        Matrix a = new Dropout(4, 0.5).forward(x, Mode.TRAIN, Rng.seeded(9)).copy();
        Matrix b = new Dropout(4, 0.5).forward(x, Mode.TRAIN, Rng.seeded(9)).copy();
        assertTrue(a.contentEquals(b));
    }

    @Test
    void aRateOfOneOrMoreIsRejected() {
        assertEquals("dropout rate must be in [0, 1), was 1.0",
                assertThrows(IllegalArgumentException.class, () -> new DropoutSpec(1.0)).getMessage());
    }
}
