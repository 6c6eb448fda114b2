package tanito.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.data.CsvReader;
import tanito.data.Dataset;
import tanito.data.Task;

class CsvWriterTest {

    @Test
    void quotesOnlyWhatMustBeQuoted() {
        assertEquals("setosa", CsvWriter.field("setosa"));
        assertEquals("\"a,b\"", CsvWriter.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvWriter.field("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvWriter.field("two\nlines"));
        assertEquals("\" padded\"", CsvWriter.field(" padded"));
    }

    @Test
    void whatItWritesTheReaderReadsBackBitForBit() throws IOException {
        float[] values = {0.1f, 1e-7f, -3.4028235e38f, 123456.79f, 0.33333334f};
        CsvWriter csv = new CsvWriter(List.of("x", "class"));
        String[] classes = {"a", "b,c", "a", "b,c", "a"};
        for (int i = 0; i < values.length; i++) {
            csv.row(List.of(CsvWriter.number(values[i]), classes[i]));
        }
        Dataset read = CsvReader.read(new StringReader(csv.text()), "written",
                CsvReader.Options.defaults().withTask(Task.CLASSIFICATION));
        for (int i = 0; i < values.length; i++) {
            assertEquals(Float.floatToIntBits(values[i]), Float.floatToIntBits(read.features().get(i, 0)));
            assertEquals(classes[i], read.classNames().get(read.label(i)));
        }
    }

    @Test
    void aRowOfTheWrongWidthIsRefusedNamingBoth() {
        CsvWriter csv = new CsvWriter(List.of("x", "y"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> csv.row(List.of("1")));
        assertEquals("a row of 1 fields in a table of 2 columns: [1]", e.getMessage());
    }
}
