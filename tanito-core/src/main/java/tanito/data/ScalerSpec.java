package tanito.data;

import static tanito.Require.require;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import tanito.linalg.Matrix;

/**
 * A description of feature scaling, not yet fitted: {@code ScalerSpec.standard().fit(train)} learns
 * the statistics from the training features only and returns the {@link Scaler} that then
 * transforms every part (scikit-learn's fit on train, transform everything). Only a fitted scaler
 * can transform, and it cannot be refitted.
 *
 * <p>Written to JSON as {@code {"type": "standard"}}, {@code {"type": "none"}},
 * {@code {"type": "minmax", "low": 0.0, "high": 1.0}} or {@code {"type": "robust"}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ScalerSpec.Standard.class, name = "standard"),
    @JsonSubTypes.Type(value = ScalerSpec.None.class, name = "none", names = {"identity"}),
    @JsonSubTypes.Type(value = ScalerSpec.MinMax.class, name = "minmax"),
    @JsonSubTypes.Type(value = ScalerSpec.Robust.class, name = "robust")
})
public sealed interface ScalerSpec {
    /** Learns the scaling from {@code train} (rows are samples); {@code train} is not modified. */
    Scaler fit(Matrix train);

    /** Standardisation to zero mean and unit variance: {@link StandardScaler}. */
    static ScalerSpec standard() {
        return new Standard();
    }

    /** No scaling: {@link IdentityScaler}. */
    static ScalerSpec none() {
        return new None();
    }

    /** Min-max scaling of each training column onto [0, 1]: {@link MinMaxScaler}. */
    static ScalerSpec minMax() {
        return new MinMax(0, 1);
    }

    /** Min-max scaling onto [low, high], such as [-1, 1] for a tanh network: {@link MinMaxScaler}. */
    static ScalerSpec minMax(double low, double high) {
        return new MinMax(low, high);
    }

    /** Centring on the median, scaling by the interquartile range: {@link RobustScaler}. */
    static ScalerSpec robust() {
        return new Robust();
    }

    /**
     * The spec {@code text} names, as the {@code --scale} flag takes it: {@code standard}, {@code none},
     * {@code minmax} ([0, 1]), {@code minmax:LOW,HIGH} (such as {@code minmax:-1,1}) or {@code robust}.
     * An error names the text and lists these forms.
     */
    static ScalerSpec named(String text) {
        String forms = "; scalers are: " + String.join(", ", names());
        ScalerSpec plain = switch (text) {
            case "standard" -> standard();
            case "none" -> none();
            case "minmax" -> minMax();
            case "robust" -> robust();
            default -> null;
        };
        if (plain != null) {
            return plain;
        }
        if (!text.startsWith("minmax:")) {
            throw new IllegalArgumentException("unknown scaler '" + text + "'" + forms);
        }
        double[] range = numbers(text.substring("minmax:".length()).split(",", -1));
        if (range.length != 2) {
            throw new IllegalArgumentException("scaler '" + text + "' needs two numbers, as in minmax:-1,1" + forms);
        }
        try {
            return minMax(range[0], range[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("scaler '" + text + "': " + e.getMessage() + forms, e);
        }
    }

    /** The numbers in {@code parts}, or none if any part is not a number. */
    private static double[] numbers(String[] parts) {
        double[] values = new double[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                values[i] = Double.parseDouble(parts[i]);
            }
            return values;
        } catch (NumberFormatException e) {
            return new double[0];
        }
    }

    /** The forms {@link #named} accepts. */
    static List<String> names() {
        return List.of("standard", "none", "minmax", "minmax:LOW,HIGH", "robust");
    }

    /** Standardisation; see {@link StandardScaler#fit}. */
    record Standard() implements ScalerSpec {
        @Override
        public Scaler fit(Matrix train) {
            return StandardScaler.fit(train);
        }
    }

    /** No scaling; the fitted scaler only checks the column count. */
    record None() implements ScalerSpec {
        @Override
        public Scaler fit(Matrix train) {
            return new IdentityScaler(train.cols());
        }
    }

    /**
     * Min-max scaling onto {@code [low, high]}; see {@link MinMaxScaler}.
     *
     * @param low  where each training column's minimum goes, finite
     * @param high where each training column's maximum goes, finite and &gt; low
     */
    record MinMax(double low, double high) implements ScalerSpec {
        public MinMax {
            requireRange(low, high);
        }

        static void requireRange(double low, double high) {
            require(Double.isFinite(low) && Double.isFinite(high) && low < high,
                    "minmax needs finite low < high, was low %s, high %s", low, high);
        }

        @Override
        public Scaler fit(Matrix train) {
            return MinMaxScaler.fit(train, low, high);
        }
    }

    /** Median and interquartile range; see {@link RobustScaler}. */
    record Robust() implements ScalerSpec {
        @Override
        public Scaler fit(Matrix train) {
            return RobustScaler.fit(train);
        }
    }
}
