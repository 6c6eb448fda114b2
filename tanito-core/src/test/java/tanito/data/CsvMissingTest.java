package tanito.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Missing feature values: rejected by default, NaN with {@link CsvReader.Missing#KEEP}; a missing target always fails. */
class CsvMissingTest {
    private static final CsvReader.Options KEEP = CsvReader.Options.defaults().withMissing(CsvReader.Missing.KEEP);
    private static final String CSV = "a,b,y\n1,,x\nNA,2.5,y\n ? ,nan,x\n4,5,y\n";

    private static Dataset read(String csv, CsvReader.Options options) throws IOException {
        return CsvReader.read(new StringReader(csv), "t.csv", options);
    }

    @Test
    void keptMissingFeaturesAreNaNAndTheRestIsRead() throws IOException {
        Dataset data = read(CSV, KEEP);
        float[][] x = data.features().toArray();
        assertEquals(1f, x[0][0]);
        assertTrue(Float.isNaN(x[0][1]));
        assertTrue(Float.isNaN(x[1][0]));
        assertEquals(2.5f, x[1][1]);
        assertTrue(Float.isNaN(x[2][0]) && Float.isNaN(x[2][1]));
        assertEquals(4f, x[3][0]);
        assertEquals(5f, x[3][1]);
        assertEquals(List.of("x", "y"), data.classNames());
        assertEquals(1, data.label(1));
    }

    @Test
    void rejectedByDefaultNamingLineAndColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read(CSV, CsvReader.Options.defaults()));
        assertEquals("t.csv line 2, column 'b': missing value (empty field)", e.getMessage());
        assertEquals(CsvReader.Missing.REJECT, CsvReader.Options.defaults().missing());
        assertEquals(CsvReader.Missing.REJECT, new CsvReader.Options(',', null, List.of(), Task.AUTO).missing());
    }

    @Test
    void aMissingTargetOrAWordIsStillAnError() {
        IllegalArgumentException target = assertThrows(IllegalArgumentException.class,
                () -> read("a,y\n1,x\n2,NA\n3,y\n", KEEP));
        assertEquals("t.csv line 3, column 'y': missing value 'NA'", target.getMessage());
        IllegalArgumentException word = assertThrows(IllegalArgumentException.class,
                () -> read("a,y\n1,x\nabc,y\n", KEEP));
        assertEquals("t.csv line 3, column 'a': 'abc' is not a number", word.getMessage());
    }

    @Test
    void onlyChosenFeaturesBecomeNaN() throws IOException {
        Dataset data = read("a,b,y\n1,,x\n2,3,y\n", KEEP.withFeatures(List.of("a")));
        assertEquals(1, data.features().cols());
        assertEquals(1f, data.features().get(0, 0));
    }

    @Test
    void theMissingPolicyRoundTripsThroughJsonAndIsValidated() throws IOException {
        ObjectMapper json = new ObjectMapper();
        CsvReader.Options options = KEEP.withTarget("y").withDelimiter(';');
        String text = json.writeValueAsString(options);
        assertTrue(text.contains("\"missing\":\"KEEP\""), text);
        assertEquals(options, json.readValue(text, CsvReader.Options.class));
        assertEquals(CsvReader.Missing.KEEP, options.withTask(Task.REGRESSION).withFeatures(List.of("a")).missing());
        assertEquals("missing must be REJECT or KEEP, was null", assertThrows(IllegalArgumentException.class,
                () -> CsvReader.Options.defaults().withMissing(null)).getMessage());
    }
}
