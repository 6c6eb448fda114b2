package tanito.spark;

import static tanito.Require.require;

import java.util.List;
import org.apache.spark.sql.Row;

/**
 * Collected rows written as CSV text for {@link tanito.data.CsvReader}: numbers in Java's shortest
 * round-tripping form, array cells spread over their columns, missing values as empty cells.
 */
final class Csv {
    private Csv() {}

    /** The rows' feature cells, then the target as text in their last cell. */
    static String of(List<String> featureHeader, String target, List<Row> rows) {
        StringBuilder out = new StringBuilder();
        for (String name : featureHeader) {
            out.append(quoted(name)).append(',');
        }
        out.append(quoted(target)).append('\n');
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            int cells = 0;
            for (int c = 0; c < row.size() - 1; c++) {
                if (row.get(c) instanceof scala.collection.Seq<?> || row.get(c) instanceof List<?>) {
                    List<Object> values = row.getList(c);
                    for (Object value : values) {
                        out.append(cell(value)).append(',');
                    }
                    cells += values.size();
                } else {
                    out.append(cell(row.get(c))).append(',');
                    cells++;
                }
            }
            require(cells == featureHeader.size(), "row %d has %d feature values, the first row %d", r + 1, cells,
                    featureHeader.size());
            Object label = row.get(row.size() - 1);
            out.append(label == null ? "" : quoted(label.toString())).append('\n');
        }
        return out.toString();
    }

    private static String cell(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
