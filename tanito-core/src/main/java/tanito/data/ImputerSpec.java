package tanito.data;

import static tanito.Require.require;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.ArrayList;
import java.util.List;
import tanito.linalg.Matrix;

/**
 * A description of how to fill missing feature values (NaN, as {@link CsvReader.Missing#KEEP}
 * reads them), not yet fitted: {@code ImputerSpec.mean().fit(train)} learns one value per column
 * from the training features only and returns the {@link Imputer} that fills every part, as
 * scikit-learn's {@code SimpleImputer} with {@code strategy="mean"} or {@code "median"}.
 *
 * <p>The statistic of a column is taken over its non-NaN values, in double: the mean, or the median
 * (the middle value, or the mean of the two middle ones for an even count, as NumPy's). A column
 * without a single value cannot be fitted and fails naming its index (scikit-learn would drop it).
 *
 * <p>Written to JSON as {@code {"type": "mean"}}, {@code {"type": "median"}} or {@code {"type": "none"}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ImputerSpec.Mean.class, name = "mean"),
    @JsonSubTypes.Type(value = ImputerSpec.Median.class, name = "median"),
    @JsonSubTypes.Type(value = ImputerSpec.None.class, name = "none")
})
public sealed interface ImputerSpec {
    /** Learns the fill values from {@code train} (rows are samples); {@code train} is not modified. */
    Imputer fit(Matrix train);

    /** Fill with the training column's mean. */
    static ImputerSpec mean() {
        return new Mean();
    }

    /** Fill with the training column's median, which outliers do not move. */
    static ImputerSpec median() {
        return new Median();
    }

    /** No filling: missing values stay NaN. */
    static ImputerSpec none() {
        return new None();
    }

    /** The spec called {@code name}: {@code mean}, {@code median} or {@code none}. */
    static ImputerSpec named(String name) {
        return switch (name) {
            case "mean" -> mean();
            case "median" -> median();
            case "none" -> none();
            default -> throw new IllegalArgumentException(String.format(
                    "unknown imputer '%s'; imputers are: %s", name, String.join(", ", names())));
        };
    }

    /** The names {@link #named} accepts. */
    static List<String> names() {
        return List.of("mean", "median", "none");
    }

    /**
     * The median imputer of columns given as their non-missing training values in ascending order
     * (such as merged from a cluster's partitions); {@code rows}, the training row count, is named in
     * the error for a column without a value.
     */
    static Imputer medianOfSorted(int rows, double[][] sorted) {
        List<Double> fill = new ArrayList<>(sorted.length);
        for (int c = 0; c < sorted.length; c++) {
            ColumnValues.requirePresent("median", c, sorted[c].length, rows);
            fill.add(ColumnValues.median(sorted[c]));
        }
        return new Imputer.Median(fill);
    }

    /** Mean of the non-missing training values of each column ({@link PresentSums}). */
    record Mean() implements ImputerSpec {
        @Override
        public Imputer fit(Matrix train) {
            return PresentSums.of(train).imputer();
        }
    }

    /** Median of the non-missing training values of each column. */
    record Median() implements ImputerSpec {
        @Override
        public Imputer fit(Matrix train) {
            double[][] sorted = new double[train.cols()][];
            for (int c = 0; c < sorted.length; c++) {
                sorted[c] = ColumnValues.sortedPresent(train, c);
            }
            return medianOfSorted(train.rows(), sorted);
        }
    }

    /** Leaves missing values as they are; the fitted imputer only checks the column count. */
    record None() implements ImputerSpec {
        @Override
        public Imputer fit(Matrix train) {
            return new Imputer.None(train.cols());
        }
    }
}
