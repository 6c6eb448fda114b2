package tanito.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.linalg.Matrix;

/** Imputers fitted on training rows fill NaN with the training statistic, as scikit-learn's SimpleImputer. */
class ImputerTest {
    private static final float NAN = Float.NaN;
    private static final Matrix TRAIN = Matrix.of(new float[][] {
        {1, 5, NAN},
        {NAN, 6, 2},
        {3, NAN, 2},
        {10, 7, 9}});

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void meanAndMedianOfTheValuesPresent() {
        assertEquals(new Imputer.Mean(List.of(14 / 3.0, 6.0, 13 / 3.0)), ImputerSpec.mean().fit(TRAIN));
        assertEquals(new Imputer.Median(List.of(3.0, 6.0, 2.0)), ImputerSpec.median().fit(TRAIN));
        Matrix even = Matrix.of(new float[][] {{4}, {1}, {NAN}, {10}, {2}});
        assertEquals(new Imputer.Median(List.of(3.0)), ImputerSpec.median().fit(even)); // (2 + 4) / 2
    }

    @Test
    void transformFillsOnlyNaNAndLeavesTheInputAlone() {
        Matrix before = TRAIN.copy();
        Matrix raw = Matrix.of(new float[][] {{NAN, NAN, NAN}, {-1, 0.5f, 100}});
        Matrix rawBefore = raw.copy();
        Matrix filled = ImputerSpec.median().fit(TRAIN).transform(raw);
        assertNotSame(raw, filled);
        assertArrayEquals(new float[] {3, 6, 2, -1, 0.5f, 100}, filled.data());
        assertTrue(raw.contentEquals(rawBefore), "input modified");
        assertTrue(TRAIN.contentEquals(before), "training matrix modified");
        assertArrayEquals(new float[] {(float) (14 / 3.0), 6, (float) (13 / 3.0), -1, 0.5f, 100},
                ImputerSpec.mean().fit(TRAIN).transform(raw).data());
    }

    @Test
    void fittingSeesOnlyTheRowsItIsGiven() throws IOException {
        Dataset all = CsvReader.read(new StringReader("a,b,y\n1,,x\n3,4,y\n,8,x\n1000,-1000,y\n"), "t.csv",
                CsvReader.Options.defaults().withMissing(CsvReader.Missing.KEEP));
        Dataset train = all.subset(new int[] {0, 1, 2});
        Dataset test = all.subset(new int[] {3, 0});
        Imputer imputer = ImputerSpec.mean().fit(train.features());
        assertEquals(new Imputer.Mean(List.of(2.0, 6.0)), imputer); // the test row's 1000 and -1000 are not seen
        assertArrayEquals(new float[] {1000, -1000, 1, 6}, imputer.transform(test.features()).data());
        assertEquals(new Imputer.Mean(List.of(1004 / 3.0, -988 / 3.0)), ImputerSpec.mean().fit(all.features()));
    }

    @Test
    void aColumnWithoutValuesCannotBeFitted() {
        Matrix empty = Matrix.of(new float[][] {{1, NAN}, {2, NAN}, {3, NAN}});
        assertEquals("cannot fit the median imputer: column 1 has no value in the 3 training rows",
                assertThrows(IllegalArgumentException.class, () -> ImputerSpec.median().fit(empty)).getMessage());
        assertEquals("cannot fit the mean imputer: column 0 has no value in the 0 training rows",
                assertThrows(IllegalArgumentException.class, () -> ImputerSpec.mean().fit(Matrix.zeros(0, 2)))
                        .getMessage());
    }

    @Test
    void noneKeepsNaNAndEveryImputerChecksTheWidth() {
        Imputer none = ImputerSpec.none().fit(TRAIN);
        assertEquals(new Imputer.None(3), none);
        Matrix copy = none.transform(TRAIN);
        assertNotSame(TRAIN, copy);
        assertTrue(Float.isNaN(copy.get(0, 2)));
        for (Imputer imputer : List.of(none, ImputerSpec.mean().fit(TRAIN), ImputerSpec.median().fit(TRAIN))) {
            assertEquals("the imputer was fitted on 3 columns, this matrix has 2", assertThrows(
                    IllegalArgumentException.class, () -> imputer.transform(Matrix.zeros(1, 2))).getMessage());
        }
    }

    @Test
    void fittedImputersRoundTripThroughJson() throws IOException {
        for (Imputer imputer : List.of(ImputerSpec.mean().fit(TRAIN), ImputerSpec.median().fit(TRAIN),
                ImputerSpec.none().fit(TRAIN))) {
            Imputer back = json.readValue(json.writeValueAsString(imputer), Imputer.class);
            assertEquals(imputer, back);
            assertTrue(imputer.transform(TRAIN).contentEquals(back.transform(TRAIN)));
        }
        assertEquals("{\"type\":\"median\",\"values\":[3.0,6.0,2.0]}",
                json.writeValueAsString(ImputerSpec.median().fit(TRAIN)));
        assertEquals("{\"type\":\"none\",\"columns\":3}", json.writeValueAsString(ImputerSpec.none().fit(TRAIN)));
        String mean = json.writeValueAsString(ImputerSpec.mean().fit(TRAIN));
        assertTrue(mean.startsWith("{\"type\":\"mean\",\"values\":[4.666666666666667,"), mean);
    }

    @Test
    void specsRoundTripAndAreNamed() throws IOException {
        assertEquals("{\"type\":\"mean\"}", json.writeValueAsString(ImputerSpec.mean()));
        assertEquals("{\"type\":\"median\"}", json.writeValueAsString(ImputerSpec.median()));
        assertEquals("{\"type\":\"none\"}", json.writeValueAsString(ImputerSpec.none()));
        assertInstanceOf(ImputerSpec.Median.class, json.readValue("{\"type\":\"median\"}", ImputerSpec.class));
        assertEquals(ImputerSpec.none(), json.readValue("{\"type\":\"none\"}", ImputerSpec.class));
        assertEquals(ImputerSpec.mean(), ImputerSpec.named("mean"));
        assertEquals(List.of("mean", "median", "none"), ImputerSpec.names());
        assertEquals("unknown imputer 'mode'; imputers are: mean, median, none",
                assertThrows(IllegalArgumentException.class, () -> ImputerSpec.named("mode")).getMessage());
    }

    @Test
    void fittedValuesAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new Imputer.Mean(List.of(1.0, Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> new Imputer.Median(List.of(Double.POSITIVE_INFINITY)));
        assertThrows(IllegalArgumentException.class, () -> new Imputer.None(-1));
        assertThrows(NullPointerException.class, () -> new Imputer.Mean(java.util.Arrays.asList(1.0, null)));
    }
}
