package tanito.data;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import tanito.linalg.Matrix;

/**
 * A fitted feature scaling, made by {@link ScalerSpec#fit}: maps raw features to the scaled ones the
 * network sees, and back. Both directions return a new matrix and never modify their input; both
 * fail, naming both column counts, on a matrix whose width differs from the training features.
 *
 * <p>Saved inside model files as JSON, which reproduces it bit for bit, so a loaded model scales rows
 * exactly as before saving: {@code {"type": "standard", "mean": [..], "scale": [..]}},
 * {@code {"type": "identity", "columns": n}},
 * {@code {"type": "minmax", "low": 0.0, "high": 1.0, "dataMin": [..], "dataMax": [..]}} or
 * {@code {"type": "robust", "center": [..], "scale": [..]}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = StandardScaler.class, name = "standard"),
    @JsonSubTypes.Type(value = IdentityScaler.class, name = "identity", names = {"none"}),
    @JsonSubTypes.Type(value = MinMaxScaler.class, name = "minmax"),
    @JsonSubTypes.Type(value = RobustScaler.class, name = "robust")
})
public sealed interface Scaler permits StandardScaler, IdentityScaler, MinMaxScaler, RobustScaler {
    /** Raw features to scaled ones. */
    Matrix transform(Matrix raw);

    /** Scaled features back to raw ones: {@code inverse(transform(x))} is x up to rounding. */
    Matrix inverse(Matrix scaled);
}
