package tanito.data;

import static tanito.Require.require;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tanito.linalg.Matrix;

/**
 * Reads a {@link Dataset} from CSV (RFC 4180, UTF-8, a header row required; see {@code CsvParser}).
 * One column is the target (by default the last); the features are the listed columns or, by
 * default, every other column, and must be numbers. The target is encoded by {@code CsvTargets}:
 * the task is inferred unless given, and class names are sorted as scikit-learn's
 * {@code LabelEncoder} sorts them.
 *
 * <p>Bad input fails with an {@link IllegalArgumentException} whose one-line message names the
 * source, the file line and the column, such as
 * {@code digits.csv line 13, column 'pixel_3': 'abc' is not a number}. Missing values (an empty
 * field, {@code NA}, {@code NaN}, {@code ?}) are rejected the same way unless
 * {@link Options#missing()} is {@link Missing#KEEP}, which reads a missing feature as NaN for an
 * {@link ImputerSpec imputer} fitted on the training rows to fill; a missing target is always an
 * error. I/O failures stay {@link IOException}s.
 */
public final class CsvReader {
    private CsvReader() {}

    /** What a missing feature value becomes: an error naming line and column, or NaN. */
    public enum Missing {
        REJECT,
        KEEP
    }

    /**
     * How to read a file.
     *
     * @param delimiter the field separator, {@code ','} by default
     * @param target    the target column's name; {@code null} means the last column
     * @param features  the feature columns in the order wanted; empty means every column but the target
     * @param task      classification, regression, or {@link Task#AUTO} to infer it from the target
     * @param missing   whether a missing feature value is an error ({@link Missing#REJECT}, the
     *                  default) or NaN ({@link Missing#KEEP})
     */
    public record Options(char delimiter, String target, List<String> features, Task task, Missing missing) {
        public Options {
            require(delimiter != '"' && delimiter != '\n' && delimiter != '\r',
                    "delimiter must not be a double quote or a line break, was '%s'", delimiter);
            require(target == null || !target.isBlank(), "target must be a column name or null, was '%s'", target);
            require(features != null && features.stream().allMatch(Objects::nonNull),
                    "features must be a list of column names (empty for all but the target), was %s", features);
            require(task != null, "task must be AUTO, CLASSIFICATION or REGRESSION, was null");
            require(missing != null, "missing must be REJECT or KEEP, was null");
            features = List.copyOf(features);
        }

        /** Options that reject missing values. */
        public Options(char delimiter, String target, List<String> features, Task task) {
            this(delimiter, target, features, task, Missing.REJECT);
        }

        /**
         * Comma-separated, the last column as target, all others as features, task inferred,
         * missing values rejected.
         */
        public static Options defaults() {
            return new Options(',', null, List.of(), Task.AUTO);
        }

        public Options withDelimiter(char newDelimiter) {
            return new Options(newDelimiter, target, features, task, missing);
        }

        public Options withTarget(String newTarget) {
            return new Options(delimiter, newTarget, features, task, missing);
        }

        public Options withFeatures(List<String> newFeatures) {
            return new Options(delimiter, target, newFeatures, task, missing);
        }

        public Options withTask(Task newTask) {
            return new Options(delimiter, target, features, newTask, missing);
        }

        public Options withMissing(Missing newMissing) {
            return new Options(delimiter, target, features, task, newMissing);
        }
    }

    /** Reads a UTF-8 file; messages name it as the path was given. */
    public static Dataset read(Path path, Options options) throws IOException {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(reader, path.toString(), options);
        }
    }

    /** Reads CSV text from {@code reader} (not closed); {@code sourceName} names it in messages. */
    public static Dataset read(Reader reader, String sourceName, Options options) throws IOException {
        StringWriter text = new StringWriter();
        reader.transferTo(text);
        CsvTable table = CsvTable.parse(text.toString(), sourceName, options.delimiter());
        int target = options.target() == null ? table.header().size() - 1 : table.column(options.target());
        int[] features = featureColumns(table, target, options.features());
        CsvTargets.Encoded targets = CsvTargets.encode(table, target, options.task());
        Matrix x = Matrix.zeros(table.rows(), features.length);
        for (int row = 0; row < table.rows(); row++) {
            for (int j = 0; j < features.length; j++) {
                boolean keep = options.missing() == Missing.KEEP && table.isMissing(row, features[j]);
                x.set(row, j, keep ? Float.NaN : (float) table.number(row, features[j]));
            }
        }
        List<String> featureNames = new ArrayList<>();
        for (int column : features) {
            featureNames.add(table.header().get(column));
        }
        return new Dataset(x, targets.values(), featureNames, List.of(table.header().get(target)),
                targets.classNames());
    }

    private static int[] featureColumns(CsvTable table, int target, List<String> wanted) {
        String targetName = table.header().get(target);
        List<Integer> columns = new ArrayList<>();
        if (wanted.isEmpty()) {
            for (int c = 0; c < table.header().size(); c++) {
                if (c != target) {
                    columns.add(c);
                }
            }
        }
        for (String name : wanted) {
            int column = table.column(name);
            require(column != target, "column '%s' of %s cannot be both the target and a feature", name, table.source());
            require(!columns.contains(column), "feature column '%s' is listed twice", name);
            columns.add(column);
        }
        require(!columns.isEmpty(), "%s has no feature columns besides the target '%s'", table.source(), targetName);
        return columns.stream().mapToInt(Integer::intValue).toArray();
    }
}
