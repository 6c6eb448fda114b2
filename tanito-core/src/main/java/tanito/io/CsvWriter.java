package tanito.io;

import static tanito.Require.require;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds CSV text as RFC 4180 has it and {@link tanito.data.CsvReader} reads it: a header row, then
 * rows of the same width, fields separated by commas and lines ended by {@code \n}; a field holding a
 * comma, a double quote, a line break or leading/trailing blanks is quoted, with its quotes doubled.
 * Numbers go in as {@link #number(float)} writes them: the shortest decimal that reads back as the same
 * float32, so a file written here and read again gives bit-identical values.
 */
public final class CsvWriter {
    private final int width;
    private final StringBuilder text = new StringBuilder();

    /** A table with the given column names. */
    public CsvWriter(List<String> header) {
        require(header != null && !header.isEmpty(), "a CSV table needs at least one column, was %s", header);
        this.width = header.size();
        append(header);
    }

    /** Adds one row, as wide as the header. */
    public CsvWriter row(List<String> fields) {
        require(fields.size() == width, "a row of %d fields in a table of %d columns: %s", fields.size(), width, fields);
        append(fields);
        return this;
    }

    /** The table so far. */
    public String text() {
        return text.toString();
    }

    /** The table so far as UTF-8 bytes. */
    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code value} as the shortest decimal that reads back as the same float32 ({@link Float#toString}). */
    public static String number(float value) {
        return Float.toString(value);
    }

    /** One field as it goes in the file: quoted when it has to be. */
    public static String field(String value) {
        boolean quote = value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                || !value.strip().equals(value);
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private void append(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(fields.get(i)));
        }
        text.append('\n');
    }
}
