package tanito.data;

import static tanito.Require.require;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
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

    /** Mean of the non-missing training values of each column. */
    record Mean() implements ImputerSpec {
        @Override
        public Imputer fit(Matrix train) {
            return new Imputer.Mean(perColumn(train, "mean", values -> Arrays.stream(values).sum() / values.length));
        }
    }

    /** Median of the non-missing training values of each column. */
    record Median() implements ImputerSpec {
        @Override
        public Imputer fit(Matrix train) {
            return new Imputer.Median(perColumn(train, "median", values -> {
                Arrays.sort(values);
                int middle = values.length / 2;
                return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
            }));
        }
    }

    /** Leaves missing values as they are; the fitted imputer only checks the column count. */
    record None() implements ImputerSpec {
        @Override
        public Imputer fit(Matrix train) {
            return new Imputer.None(train.cols());
        }
    }

    /** The statistic of each column's non-NaN values (passed as a fresh array the statistic may reorder). */
    private static List<Double> perColumn(Matrix train, String name, ToDoubleFunction<double[]> statistic) {
        List<Double> fill = new ArrayList<>(train.cols());
        double[] values = new double[train.rows()];
        for (int c = 0; c < train.cols(); c++) {
            int count = 0;
            for (int r = 0; r < train.rows(); r++) {
                float v = train.get(r, c);
                if (!Float.isNaN(v)) {
                    values[count++] = v;
                }
            }
            require(count > 0, "cannot fit the %s imputer: column %d has no value in the %d training rows",
                    name, c, train.rows());
            fill.add(statistic.applyAsDouble(Arrays.copyOf(values, count)));
        }
        return fill;
    }
}
