package tanito.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import tanito.linalg.Matrix;
import tanito.linalg.Rng;

/** Specs and fitted scalers survive JSON bit for bit, so a saved model scales as before. */
class ScalerJsonTest {
    private final ObjectMapper json = new ObjectMapper();

    private static Matrix randomMatrix(int rows, int cols, long seed) {
        Rng rng = Rng.seeded(seed);
        Matrix m = Matrix.zeros(rows, cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                m.set(r, c, (float) (rng.nextGaussian() * (c + 1) * 37.3 + c));
            }
        }
        return m;
    }

    @Test
    void fittedStandardScalerRoundTripsBitExactly() throws IOException {
        Matrix train = randomMatrix(50, 4, 1);
        Scaler scaler = ScalerSpec.standard().fit(train);
        String text = json.writeValueAsString(scaler);
        assertTrue(text.startsWith("{\"type\":\"standard\""), text);
        Scaler back = json.readValue(text, Scaler.class);
        assertEquals(scaler, back);
        assertNotSame(scaler, back);
        Matrix test = randomMatrix(20, 4, 2);
        assertTrue(scaler.transform(test).contentEquals(back.transform(test)));
    }

    @Test
    void identityScalerRoundTripsAndChecksWidth() throws IOException {
        Scaler scaler = ScalerSpec.none().fit(Matrix.zeros(3, 5));
        assertEquals(new IdentityScaler(5), scaler);
        String text = json.writeValueAsString(scaler);
        assertEquals("{\"type\":\"identity\",\"columns\":5}", text);
        assertEquals(scaler, json.readValue(text, Scaler.class));
        assertEquals(scaler, json.readValue("{\"type\":\"none\",\"columns\":5}", Scaler.class));
        Matrix raw = randomMatrix(3, 5, 3);
        Matrix copy = scaler.transform(raw);
        assertNotSame(raw, copy);
        assertTrue(copy.contentEquals(raw));
        assertThrows(IllegalArgumentException.class, () -> scaler.transform(Matrix.zeros(1, 4)));
    }

    @Test
    void specsRoundTripByName() throws IOException {
        assertEquals("{\"type\":\"standard\"}", json.writeValueAsString(ScalerSpec.standard()));
        assertEquals("{\"type\":\"none\"}", json.writeValueAsString(ScalerSpec.none()));
        assertInstanceOf(ScalerSpec.Standard.class, json.readValue("{\"type\":\"standard\"}", ScalerSpec.class));
        assertInstanceOf(ScalerSpec.None.class, json.readValue("{\"type\":\"identity\"}", ScalerSpec.class));
        assertEquals(ScalerSpec.none(), json.readValue("{\"type\":\"none\"}", ScalerSpec.class));
    }

    @Test
    void specsByFlagName() {
        assertEquals(ScalerSpec.standard(), ScalerSpec.named("standard"));
        assertEquals(ScalerSpec.none(), ScalerSpec.named("none"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScalerSpec.named("zscore"));
        assertEquals("unknown scaler 'zscore'; scalers are: standard, none, minmax, minmax:LOW,HIGH, robust",
                e.getMessage());
    }

    @Test
    void invalidFittedValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new StandardScaler(new double[] {0}, new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> new StandardScaler(new double[] {0, 1}, new double[] {1}));
        StandardScaler scaler = new StandardScaler(new double[] {1, 2}, new double[] {3, 4});
        assertArrayEquals(new double[] {1, 2}, scaler.mean());
    }
}
