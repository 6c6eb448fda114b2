package tanito.web.playground;

import static tanito.Require.require;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tanito.data.CsvReader;
import tanito.data.Dataset;
import tanito.data.Task;

/**
 * One uploaded CSV file, as the page learns of it: its id, its columns, its number of rows and, read
 * with {@link CsvReader}'s defaults (the last column the target, the task inferred), the target, the
 * problem type and the class names.
 *
 * @param text the file's text, kept to read it again with the columns a spec chooses
 */
record Upload(String id, List<String> columns, int rows, String target, Problem problem, List<String> classes,
              @com.fasterxml.jackson.annotation.JsonIgnore String text) {
    /** The most classes a page can tell apart by colour. */
    static final int MAX_CLASSES = 10;

    static Upload of(String id, String text, Dataset parsed) {
        List<String> columns = new ArrayList<>(parsed.featureNames());
        columns.addAll(parsed.targetNames());
        return new Upload(id, List.copyOf(columns), parsed.rows(), parsed.targetNames().get(0),
                parsed.isClassification() ? Problem.CLASSIFICATION : Problem.REGRESSION, parsed.classNames(), text);
    }

    /**
     * The rows with the chosen target and feature columns (none: every other column), the target read
     * for {@code problem}.
     *
     * @throws IllegalArgumentException with the reader's one-line message, e.g. for an unknown column
     */
    Dataset read(UploadChoice choice, Problem problem) {
        Task task = problem == Problem.CLASSIFICATION ? Task.CLASSIFICATION : Task.REGRESSION;
        Dataset data;
        try {
            data = CsvReader.read(new StringReader(text), Uploads.source(),
                    new CsvReader.Options(',', choice.target(), choice.columns(), task));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        require(data.classNames().size() <= MAX_CLASSES, "the target '%s' has %d classes; the Playground shows at most %d"
                + " (is it a regression target?)", data.targetNames().get(0), data.classNames().size(), MAX_CLASSES);
        require(data.rows() >= 2, "%s has %d data rows; training and testing need at least 2", Uploads.source(), data.rows());
        return data;
    }
}
