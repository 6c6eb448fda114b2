package tanito.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
    static Dataset read(String csv, CsvReader.Options options) throws IOException {
        return CsvReader.read(new StringReader(csv), "t.csv", options);
    }

    static Dataset read(String csv) throws IOException {
        return read(csv, CsvReader.Options.defaults());
    }

    private static float[] column(Dataset data, int col) {
        float[] out = new float[data.rows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = data.features().get(r, col);
        }
        return out;
    }

    private static float[] targets(Dataset data) {
        float[] out = new float[data.rows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = data.targets().get(r, 0);
        }
        return out;
    }

    @Test
    void quotedFieldsHoldDelimitersDoubledQuotesAndNewlines() throws IOException {
        String csv = "x,label\n"
                + "1,\"a,b\"\n"
                + "2,\"say \"\"hi\"\"\"\n"
                + "3,\"two\nlines\"\n"
                + "\"4\",plain\n";
        Dataset data = read(csv);
        assertEquals(List.of("a,b", "plain", "say \"hi\"", "two\nlines"), data.classNames());
        assertArrayEquals(new float[] {1, 2, 3, 4}, column(data, 0));
        assertArrayEquals(new float[] {0, 2, 3, 1}, targets(data));
    }

    @Test
    void crlfLineEndsAndATrailingEmptyLine() throws IOException {
        Dataset data = read("a,y\r\n1,0.5\r\n3,1.5\r\n\r\n");
        assertEquals(2, data.rows());
        assertArrayEquals(new float[] {1, 3}, column(data, 0));
        assertArrayEquals(new float[] {0.5f, 1.5f}, targets(data));
        assertTrue(data.classNames().isEmpty());
        Dataset quotedCrlf = read("a,y\r\n1,\"x\r\ny\"\r\n2,z");
        assertEquals(List.of("x\r\ny", "z"), quotedCrlf.classNames());
    }

    @Test
    void anotherDelimiterMakesCommasPlainText() throws IOException {
        Dataset data = read("a;b;y\n1;2.5;\"p,q\"\n3;4;r\n", CsvReader.Options.defaults().withDelimiter(';'));
        assertEquals(List.of("a", "b"), data.featureNames());
        assertArrayEquals(new float[] {2.5f, 4f}, column(data, 1));
        assertEquals(List.of("p,q", "r"), data.classNames());
    }

    @Test
    void byteOrderMarkIsToleratedInAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.csv");
        byte[] body = "size,kind\n1.5,cat\n2.5,dog\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(file, bytes);
        Dataset data = CsvReader.read(file, CsvReader.Options.defaults());
        assertEquals(List.of("size"), data.featureNames());
        assertEquals(List.of("kind"), data.targetNames());
        assertEquals(List.of("cat", "dog"), data.classNames());
    }

    @Test
    void fieldsAndHeaderNamesAreTrimmed() throws IOException {
        Dataset data = read(" a , y \n 1.5 , 2 \n-3e2,4.25\n");
        assertEquals(List.of("a"), data.featureNames());
        assertEquals(List.of("y"), data.targetNames());
        assertArrayEquals(new float[] {1.5f, -300f}, column(data, 0));
    }

    @Test
    void targetAndFeaturesChooseAndOrderColumns() throws IOException {
        String csv = "a,b,c,d\n1,2,3,x\n5,6,7,y\n";
        Dataset data = read(csv, CsvReader.Options.defaults().withTarget("b").withFeatures(List.of("c", "a")));
        assertEquals(List.of("c", "a"), data.featureNames());
        assertEquals(List.of("b"), data.targetNames());
        assertArrayEquals(new float[] {3, 7}, column(data, 0));
        assertArrayEquals(new float[] {1, 5}, column(data, 1));
        assertEquals(List.of("2", "6"), data.classNames()); // integers, few distinct: classes
        Dataset allButTarget = read("a,b,c\n1,2,3\n4,5,6\n", CsvReader.Options.defaults().withTarget("a"));
        assertEquals(List.of("b", "c"), allButTarget.featureNames());
    }

    @Test
    void autoInfersClassificationForWordsAndFewIntegers() throws IOException {
        Dataset numeric = read("x,y\n1,10\n2,2\n3,-1\n4,2.0\n5,10\n");
        assertEquals(List.of("-1", "2", "10"), numeric.classNames()); // numeric order, 2.0 is class "2"
        assertArrayEquals(new float[] {2, 1, 0, 1, 2}, targets(numeric));
        Dataset words = read("x,y\n1,b\n2,10\n3,a\n4,2\n");
        assertEquals(List.of("10", "2", "a", "b"), words.classNames()); // not all numbers: lexicographic
    }

    @Test
    void autoInfersRegressionForFractionsOrManyIntegers() throws IOException {
        Dataset fractions = read("x,y\n1,0.5\n2,1\n3,2.25\n");
        assertTrue(fractions.classNames().isEmpty());
        assertArrayEquals(new float[] {0.5f, 1f, 2.25f}, targets(fractions));
        StringBuilder many = new StringBuilder("x,y\n");
        for (int i = 0; i < 21; i++) {
            many.append(i).append(',').append(i * 3).append('\n');
        }
        assertFalse(read(many.toString()).isClassification());
        assertTrue(read(many.toString(), CsvReader.Options.defaults().withTask(Task.CLASSIFICATION)).isClassification());
        String twenty = many.substring(0, many.lastIndexOf("20,60"));
        assertEquals(20, read(twenty).classNames().size());
    }

    @Test
    void explicitRegressionKeepsIntegerTargetsNumeric() throws IOException {
        Dataset data = read("x,y\n1,1\n2,0\n3,1\n", CsvReader.Options.defaults().withTask(Task.REGRESSION));
        assertFalse(data.isClassification());
        assertArrayEquals(new float[] {1, 0, 1}, targets(data));
    }

    @Test
    void optionsValidateAndRoundTripThroughJson() throws IOException {
        CsvReader.Options options = CsvReader.Options.defaults().withDelimiter('\t').withTarget("y")
                .withFeatures(List.of("a", "b")).withTask(Task.REGRESSION);
        ObjectMapper json = new ObjectMapper();
        assertEquals(options, json.readValue(json.writeValueAsString(options), CsvReader.Options.class));
        IllegalArgumentException quote = assertThrows(IllegalArgumentException.class,
                () -> CsvReader.Options.defaults().withDelimiter('"'));
        assertTrue(quote.getMessage().contains("'\"'"), quote.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CsvReader.Options.defaults().withTask(null));
        assertThrows(IllegalArgumentException.class, () -> CsvReader.Options.defaults().withTarget(" "));
    }
}
