package tanito.report;

import java.util.List;

/**
 * A table as the {@code table} partial draws it: a header and rows of cells already written as text,
 * a row marked {@code best} (the winner, the lowest error) or {@code summary} (the mean ± std) by its
 * style class.
 *
 * @param id the table's element id, for links and tests
 */
record Table(String id, List<String> header, List<Row> rows) {

    /** A row; {@code style} is the CSS class ({@code best}, {@code summary}) or null for a plain row. */
    record Row(List<String> cells, String style) {
        static Row plain(List<String> cells) {
            return new Row(cells, null);
        }

        static Row best(List<String> cells, boolean best) {
            return new Row(cells, best ? "best" : null);
        }
    }
}
