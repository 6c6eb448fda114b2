package tanito.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records of fields, per RFC 4180: a field that starts with a double quote
 * may hold the delimiter, line breaks and doubled quotes ({@code ""} for one quote); records end
 * at CRLF, LF or a lone CR. Tolerates what real files carry: a UTF-8 byte-order mark and blank
 * lines (skipped, as pandas does). Fields are returned as written, untrimmed.
 *
 * <p>Each record remembers the file line it starts on, so that errors can point at it.
 */
final class CsvParser {
    /** One record: its fields and the 1-based line of the file where it starts. */
    record Line(int number, List<String> fields) {}

    private final String text;
    private final String source;
    private final char delimiter;
    private int position;
    private int line = 1;

    private CsvParser(String text, String source, char delimiter) {
        this.text = text;
        this.source = source;
        this.delimiter = delimiter;
        this.position = text.startsWith("\uFEFF") ? 1 : 0;
    }

    /** Every non-blank record of {@code text}, in order. */
    static List<Line> parse(String text, String source, char delimiter) {
        CsvParser parser = new CsvParser(text, source, delimiter);
        List<Line> records = new ArrayList<>();
        while (parser.position < text.length()) {
            int start = parser.line;
            List<String> fields = parser.record();
            boolean blank = fields.size() == 1 && fields.get(0).isEmpty();
            if (!blank) {
                records.add(new Line(start, fields));
            }
        }
        return records;
    }

    /** Reads one record and the line break that ends it. */
    private List<String> record() {
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(startsQuoted() ? quotedField() : plainField());
            if (position >= text.length()) {
                return fields;
            }
            char c = text.charAt(position++);
            if (c != delimiter) { // a line break: plainField and quotedField stop only at these
                skipLineFeedAfter(c);
                line++;
                return fields;
            }
        }
    }

    private boolean startsQuoted() {
        return position < text.length() && text.charAt(position) == '"';
    }

    private String plainField() {
        int start = position;
        while (position < text.length() && !endsField(text.charAt(position))) {
            position++;
        }
        return text.substring(start, position);
    }

    private String quotedField() {
        int startLine = line;
        StringBuilder field = new StringBuilder();
        position++; // the opening quote
        while (true) {
            if (position >= text.length()) {
                throw new IllegalArgumentException(String.format(
                        "%s line %d: a quoted field is not closed before the end of the file", source, startLine));
            }
            char c = text.charAt(position++);
            if (c == '"') {
                if (position < text.length() && text.charAt(position) == '"') {
                    field.append('"');
                    position++;
                } else {
                    break;
                }
            } else {
                if (c == '\n' || (c == '\r' && !nextIs('\n'))) {
                    line++;
                }
                field.append(c);
            }
        }
        if (position < text.length() && !endsField(text.charAt(position))) {
            throw new IllegalArgumentException(String.format(
                    "%s line %d: unexpected '%c' after the closing quote of a field", source, line,
                    text.charAt(position)));
        }
        return field.toString();
    }

    private boolean endsField(char c) {
        return c == delimiter || c == '\n' || c == '\r';
    }

    private boolean nextIs(char c) {
        return position < text.length() && text.charAt(position) == c;
    }

    private void skipLineFeedAfter(char lineBreak) {
        if (lineBreak == '\r' && nextIs('\n')) {
            position++;
        }
    }
}
