package tanito.data;

import static tanito.Require.require;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tanito.linalg.Matrix;

/**
 * The columns a model was trained on: its feature columns in order, its target columns and, for
 * classification, its class names in index order. Reading a CSV through a schema picks the feature
 * columns by name (a file may hold them in any order, among other columns) and, when the file has
 * the target column, encodes its classes by the model's names, not the file's: a file that holds
 * only some of the classes still gives each row the index the model uses. Numeric class names match
 * by value ({@code 1}, {@code 1.0} and {@code 1e0} are class {@code "1"}), as {@link CsvReader} names them.
 *
 * @param classNames the class names in index order; empty for regression
 */
public record Schema(List<String> featureNames, List<String> targetNames, List<String> classNames) {
    public Schema {
        require(featureNames != null && !featureNames.isEmpty(), "a schema needs feature columns, was %s", featureNames);
        require(targetNames != null && !targetNames.isEmpty(), "a schema needs target columns, was %s", targetNames);
        require(classNames != null && (classNames.isEmpty() || targetNames.size() == 1),
                "a classification schema has one target column, was %s", targetNames);
        featureNames = List.copyOf(featureNames);
        targetNames = List.copyOf(targetNames);
        classNames = List.copyOf(classNames);
    }

    /** The schema of a data set's columns. */
    public static Schema of(Dataset data) {
        return new Schema(data.featureNames(), data.targetNames(), data.classNames());
    }

    public boolean isClassification() {
        return !classNames.isEmpty();
    }

    /** Reads a UTF-8 CSV file with {@link #read(Reader, String, char)}. */
    public Dataset read(Path path, char delimiter) throws IOException {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(reader, path.toString(), delimiter);
        }
    }

    /**
     * The rows of a CSV text (header row required): the schema's feature columns and, when the file
     * holds every target column, the targets; otherwise the data set has no target columns.
     *
     * @throws IllegalArgumentException naming the source, line and column for a missing feature
     *     column, a cell that is not a number, or a class the model does not know
     */
    public Dataset read(Reader reader, String sourceName, char delimiter) throws IOException {
        StringWriter text = new StringWriter();
        reader.transferTo(text);
        CsvTable table = CsvTable.parse(text.toString(), sourceName, delimiter);
        Matrix x = Matrix.zeros(table.rows(), featureNames.size());
        for (int j = 0; j < featureNames.size(); j++) {
            int column = table.column(featureNames.get(j));
            for (int row = 0; row < table.rows(); row++) {
                x.set(row, j, (float) table.number(row, column));
            }
        }
        if (!table.header().containsAll(targetNames)) {
            return new Dataset(x, Matrix.zeros(table.rows(), 0), featureNames, List.of(), List.of());
        }
        return new Dataset(x, targets(table), featureNames, targetNames, classNames);
    }

    private Matrix targets(CsvTable table) {
        Matrix y = Matrix.zeros(table.rows(), targetNames.size());
        Map<String, Integer> index = classIndex();
        for (int j = 0; j < targetNames.size(); j++) {
            int column = table.column(targetNames.get(j));
            for (int row = 0; row < table.rows(); row++) {
                y.set(row, j, isClassification() ? label(table, row, column, index) : (float) table.number(row, column));
            }
        }
        return y;
    }

    private int label(CsvTable table, int row, int column, Map<String, Integer> index) {
        String text = table.text(row, column);
        Integer label = index.get(text);
        if (label == null && CsvTable.isNumber(text)) {
            label = index.get(CsvTargets.className(text));
        }
        if (label == null) {
            throw table.error(row, column, "'" + text + "' is not one of the model's classes " + classNames);
        }
        return label;
    }

    private Map<String, Integer> classIndex() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < classNames.size(); i++) {
            index.put(classNames.get(i), i);
        }
        return index;
    }
}
