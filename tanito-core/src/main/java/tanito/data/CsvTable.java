package tanito.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A parsed CSV file: the header and the data records, each with the file line it starts on. It
 * turns cells into numbers and words every problem as one line naming the source, the line and
 * the column: {@code digits.csv line 13, column 'pixel_3': 'abc' is not a number}.
 *
 * <p>Numbers are plain decimals ({@code -1}, {@code 2.5}, {@code .5}, {@code 1e-3}) after trimming, finite as float32,
 * parsed by {@link Double#parseDouble}; hexadecimal, {@code Infinity} and Java's {@code f}/{@code d}
 * suffixes are not numbers here. Empty cells, {@code NA}, {@code NaN} and {@code ?} (after trimming,
 * any case) are missing values: {@link #text} and {@link #number} reject them, and the reader asks
 * {@link #isMissing(int, int)} first when it keeps them.
 */
final class CsvTable {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,4})?");

    private final String source;
    private final List<String> header;
    private final List<CsvParser.Line> rows;

    private CsvTable(String source, List<String> header, List<CsvParser.Line> rows) {
        this.source = source;
        this.header = header;
        this.rows = rows;
    }

    /** Parses {@code text}; the first record is the header, whose names are trimmed. */
    static CsvTable parse(String text, String source, char delimiter) {
        List<CsvParser.Line> records = CsvParser.parse(text, source, delimiter);
        if (records.isEmpty()) {
            throw new IllegalArgumentException(source + " is empty; a header row is required");
        }
        CsvParser.Line first = records.get(0);
        List<String> header = first.fields().stream().map(String::strip).toList();
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (name.isEmpty()) {
                throw new IllegalArgumentException(String.format(
                        "%s line %d: column %d of the header has no name", source, first.number(), c + 1));
            }
            Integer before = seen.put(name, c);
            if (before != null) {
                throw new IllegalArgumentException(String.format("%s line %d: column '%s' appears twice (columns %d and %d)",
                        source, first.number(), name, before + 1, c + 1));
            }
        }
        List<CsvParser.Line> data = records.subList(1, records.size());
        if (data.isEmpty()) {
            throw new IllegalArgumentException(source + " has a header row but no data rows");
        }
        for (CsvParser.Line row : data) {
            if (row.fields().size() != header.size()) {
                throw new IllegalArgumentException(String.format("%s line %d has %d fields, the header has %d",
                        source, row.number(), row.fields().size(), header.size()));
            }
        }
        return new CsvTable(source, header, data);
    }

    String source() {
        return source;
    }

    List<String> header() {
        return header;
    }

    int rows() {
        return rows.size();
    }

    /** The index of the column called {@code name}. */
    int column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(String.format("no column '%s' in %s; columns are: %s",
                    name, source, String.join(", ", header)));
        }
        return index;
    }

    /** The trimmed text of a cell; rejects a missing value. */
    String text(int row, int column) {
        String text = rows.get(row).fields().get(column).strip();
        if (isMissing(text)) {
            throw error(row, column, text.isEmpty() ? "missing value (empty field)" : "missing value '" + text + "'");
        }
        return text;
    }

    /** A cell as a number that fits a float32; rejects missing values and anything else. */
    double number(int row, int column) {
        String text = text(row, column);
        if (!DECIMAL.matcher(text).matches()) {
            throw error(row, column, "'" + text + "' is not a number");
        }
        if (!isNumber(text)) {
            throw error(row, column, "'" + text + "' is outside the float32 range");
        }
        return Double.parseDouble(text);
    }

    /** Whether a cell holds a missing value. */
    boolean isMissing(int row, int column) {
        return isMissing(rows.get(row).fields().get(column).strip());
    }

    /** One line naming the source, the file line of {@code row} and the column. */
    IllegalArgumentException error(int row, int column, String problem) {
        return new IllegalArgumentException(String.format("%s line %d, column '%s': %s",
                source, rows.get(row).number(), header.get(column), problem));
    }

    /** Whether trimmed text is a plain decimal number that is finite as a float32. */
    static boolean isNumber(String text) {
        return DECIMAL.matcher(text).matches() && Float.isFinite((float) Double.parseDouble(text));
    }

    private static boolean isMissing(String text) {
        return text.isEmpty() || text.equals("?") || text.equalsIgnoreCase("NA") || text.equalsIgnoreCase("NaN");
    }
}
