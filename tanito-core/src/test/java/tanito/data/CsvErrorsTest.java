package tanito.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a CSV file can be wrong, and the one line that says where. */
class CsvErrorsTest {
    private static String failure(String csv, CsvReader.Options options) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvReader.read(new StringReader(csv), "data.csv", options));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    private static String failure(String csv) {
        return failure(csv, CsvReader.Options.defaults());
    }

    @Test
    void aFeatureThatIsNotANumberNamesLineAndColumn() {
        assertEquals("data.csv line 3, column 'b': 'abc' is not a number",
                failure("a,b,y\n1,2,x\n3,abc,y\n"));
    }

    @Test
    void lineNumbersCountLinesInsideQuotedFields() {
        assertEquals("data.csv line 4, column 'a': '0x10' is not a number",
                failure("a,y\n1,\"multi\nline\"\n0x10,z\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NA", "na", "NaN", "?", "  "})
    void missingFeatureValuesAreRejected(String missing) {
        String message = failure("a,b,y\n1,2,x\n3," + missing + ",y\n");
        assertTrue(message.startsWith("data.csv line 3, column 'b': missing value"), message);
    }

    @Test
    void missingTargetValuesAreRejected() {
        assertEquals("data.csv line 2, column 'y': missing value 'NA'", failure("a,y\n1,NA\n2,b\n"));
    }

    @Test
    void regressionTargetMustBeNumeric() {
        assertEquals("data.csv line 3, column 'y': 'big' is not a number",
                failure("a,y\n1,2.5\n2,big\n", CsvReader.Options.defaults().withTask(Task.REGRESSION)));
    }

    @Test
    void numbersBeyondFloat32AreRejected() {
        assertEquals("data.csv line 2, column 'a': '1e39' is outside the float32 range", failure("a,y\n1e39,b\n2,c\n"));
    }

    @Test
    void unknownTargetOrFeatureListsTheColumns() {
        assertEquals("no column 'foo' in data.csv; columns are: a, b, c",
                failure("a,b,c\n1,2,3\n", CsvReader.Options.defaults().withTarget("foo")));
        assertEquals("no column 'bar' in data.csv; columns are: a, b, c",
                failure("a,b,c\n1,2,3\n", CsvReader.Options.defaults().withFeatures(List.of("a", "bar"))));
    }

    @Test
    void raggedRowsNameTheLine() {
        assertEquals("data.csv line 3 has 2 fields, the header has 3", failure("a,b,y\n1,2,x\n3,4\n5,6,y\n"));
        assertEquals("data.csv line 2 has 4 fields, the header has 3", failure("a,b,y\n1,2,x,\n"));
    }

    @Test
    void emptyFileAndHeaderOnly() {
        assertEquals("data.csv is empty; a header row is required", failure(""));
        assertEquals("data.csv is empty; a header row is required", failure("\n\r\n"));
        assertEquals("data.csv has a header row but no data rows", failure("a,b,y\n"));
    }

    @Test
    void aSingleClassCannotBeClassified() {
        assertEquals("the target column 'y' of data.csv has a single class 'cat'; classification needs at least two",
                failure("a,y\n1,cat\n2,cat\n"));
    }

    @Test
    void duplicateAndEmptyColumnNames() {
        assertEquals("data.csv line 1: column 'a' appears twice (columns 1 and 3)", failure("a,b,a\n1,2,3\n"));
        assertEquals("data.csv line 1: column 2 of the header has no name", failure("a,,y\n1,2,3\n"));
    }

    @Test
    void badQuoting() {
        assertEquals("data.csv line 2: a quoted field is not closed before the end of the file",
                failure("a,y\n\"1,x\n2,y\n"));
        assertEquals("data.csv line 2: unexpected 'x' after the closing quote of a field", failure("a,y\n\"1\"x,y\n"));
    }

    @Test
    void featureSelectionMistakes() {
        assertEquals("column 'y' of data.csv cannot be both the target and a feature",
                failure("a,y\n1,2\n", CsvReader.Options.defaults().withFeatures(List.of("a", "y"))));
        assertEquals("feature column 'a' is listed twice",
                failure("a,b,y\n1,2,3\n", CsvReader.Options.defaults().withFeatures(List.of("a", "a"))));
        assertEquals("data.csv has no feature columns besides the target 'y'", failure("y\n1\n2\n"));
    }
}
