package tanito.data;

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
 * <p>Written to JSON as {@code {"type": "standard"}} or {@code {"type": "none"}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ScalerSpec.Standard.class, name = "standard"),
    @JsonSubTypes.Type(value = ScalerSpec.None.class, name = "none", names = {"identity"})
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

    /** The spec called {@code name} ({@code standard} or {@code none}), as the {@code --scale} flag names it. */
    static ScalerSpec named(String name) {
        return switch (name) {
            case "standard" -> standard();
            case "none" -> none();
            default -> throw new IllegalArgumentException(String.format(
                    "unknown scaler '%s'; scalers are: %s", name, String.join(", ", names())));
        };
    }

    /** The names {@link #named} accepts. */
    static List<String> names() {
        return List.of("standard", "none");
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
}
