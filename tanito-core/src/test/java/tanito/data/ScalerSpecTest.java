package tanito.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.TestMatrices;
import tanito.linalg.Matrix;

/** The min-max and robust specs: by name, in JSON, and fitted scalers in JSON bit for bit. */
class ScalerSpecTest {
    private static final String FORMS = "; scalers are: standard, none, minmax, minmax:LOW,HIGH, robust";
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void namedLearnsEveryForm() {
        assertEquals(ScalerSpec.standard(), ScalerSpec.named("standard"));
        assertEquals(ScalerSpec.none(), ScalerSpec.named("none"));
        assertEquals(new ScalerSpec.MinMax(0, 1), ScalerSpec.named("minmax"));
        assertEquals(new ScalerSpec.MinMax(-1, 1), ScalerSpec.named("minmax:-1,1"));
        assertEquals(new ScalerSpec.MinMax(0.5, 2.5), ScalerSpec.named("minmax: 0.5 , 2.5"));
        assertEquals(ScalerSpec.robust(), ScalerSpec.named("robust"));
        assertEquals(List.of("standard", "none", "minmax", "minmax:LOW,HIGH", "robust"), ScalerSpec.names());
    }

    @Test
    void namedErrorsNameTheTextAndListTheForms() {
        assertEquals("unknown scaler 'maxabs'" + FORMS, message("maxabs"));
        assertEquals("unknown scaler 'MinMax'" + FORMS, message("MinMax"));
        assertEquals("unknown scaler 'minmax-1,1'" + FORMS, message("minmax-1,1"));
        for (String text : List.of("minmax:", "minmax:1", "minmax:0,1,2", "minmax:a,1", "minmax:0,")) {
            assertEquals("scaler '" + text + "' needs two numbers, as in minmax:-1,1" + FORMS, message(text));
        }
        assertEquals("scaler 'minmax:1,-1': minmax needs finite low < high, was low 1.0, high -1.0" + FORMS,
                message("minmax:1,-1"));
        assertEquals("scaler 'minmax:0,Infinity': minmax needs finite low < high, was low 0.0, high Infinity" + FORMS,
                message("minmax:0,Infinity"));
    }

    private static String message(String text) {
        return assertThrows(IllegalArgumentException.class, () -> ScalerSpec.named(text)).getMessage();
    }

    @Test
    void specsRoundTripWithTheirParameters() throws IOException {
        assertEquals("{\"type\":\"minmax\",\"low\":-1.0,\"high\":1.0}",
                json.writeValueAsString(ScalerSpec.minMax(-1, 1)));
        assertEquals("{\"type\":\"robust\"}", json.writeValueAsString(ScalerSpec.robust()));
        for (ScalerSpec spec : List.of(ScalerSpec.minMax(), ScalerSpec.minMax(-1, 1), ScalerSpec.robust())) {
            assertEquals(spec, json.readValue(json.writeValueAsString(spec), ScalerSpec.class));
        }
        assertEquals(ScalerSpec.minMax(-2, 3), json.readValue("{\"type\":\"minmax\",\"low\":-2,\"high\":3}",
                ScalerSpec.class));
        assertThrows(IOException.class, () -> json.readValue("{\"type\":\"minmax\",\"low\":1,\"high\":0}",
                ScalerSpec.class), "an invalid range in JSON is rejected by the record");
    }

    @Test
    void fittedScalersRoundTripBitExactly() throws IOException {
        Matrix train = TestMatrices.gaussian(40, 3, 11), test = TestMatrices.gaussian(15, 3, 12);
        train.set(0, 2, 1e6f); // an outlier
        for (ScalerSpec spec : List.of(ScalerSpec.minMax(), ScalerSpec.minMax(-1, 1), ScalerSpec.robust())) {
            Scaler scaler = spec.fit(train);
            String text = json.writeValueAsString(scaler);
            String type = spec instanceof ScalerSpec.MinMax ? "minmax" : "robust";
            assertTrue(text.startsWith("{\"type\":\"" + type + "\""), text);
            Scaler back = json.readValue(text, Scaler.class);
            assertEquals(scaler, back);
            assertEquals(scaler.hashCode(), back.hashCode());
            assertNotSame(scaler, back);
            assertTrue(scaler.transform(test).contentEquals(back.transform(test)), text);
            assertTrue(scaler.inverse(test).contentEquals(back.inverse(test)), text);
        }
        assertEquals("{\"type\":\"minmax\",\"low\":0.0,\"high\":1.0,\"dataMin\":[1.0],\"dataMax\":[2.0]}",
                json.writeValueAsString(ScalerSpec.minMax().fit(Matrix.of(new float[][] {{1}, {2}}))));
        assertEquals("{\"type\":\"robust\",\"center\":[1.5],\"scale\":[0.5]}",
                json.writeValueAsString(ScalerSpec.robust().fit(Matrix.of(new float[][] {{1}, {2}}))));
    }

    @Test
    void equalityComparesContents() {
        MinMaxScaler a = new MinMaxScaler(0, 1, new double[] {1}, new double[] {2});
        assertEquals(a, new MinMaxScaler(0, 1, new double[] {1}, new double[] {2}));
        assertTrue(!a.equals(new MinMaxScaler(-1, 1, new double[] {1}, new double[] {2})));
        assertTrue(!a.equals(new MinMaxScaler(0, 1, new double[] {1}, new double[] {3})));
        assertEquals(new RobustScaler(new double[] {1}, new double[] {2}), new RobustScaler(new double[] {1},
                new double[] {2}));
        assertTrue(!new RobustScaler(new double[] {1}, new double[] {2}).equals(
                new RobustScaler(new double[] {1}, new double[] {3})));
    }
}
