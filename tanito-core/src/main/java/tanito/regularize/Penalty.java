package tanito.regularize;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import tanito.linalg.Params;

/**
 * A weight penalty as value plus gradient, over the regularised segments of the parameters (the
 * weights, never the biases). Penalties count in the reported loss, as in Keras, so the loss a run
 * prints is the quantity it minimises.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = L1.class, name = "l1"),
        @JsonSubTypes.Type(value = L2.class, name = "l2")})
public sealed interface Penalty permits L1, L2 {

    /** The penalty of the current weights. */
    double value(Params params);

    /** Adds the penalty's gradient to {@code params.gradients()}. */
    void addGradient(Params params);

    /** {@code strength * sum |w|}. */
    static Penalty l1(double strength) {
        return new L1(strength);
    }

    /** {@code 0.5 * strength * sum w^2}. */
    static Penalty l2(double strength) {
        return new L2(strength);
    }

    /** The sum of several penalties' values. */
    static double total(List<Penalty> penalties, Params params) {
        double sum = 0;
        for (Penalty p : penalties) {
            sum += p.value(params);
        }
        return sum;
    }

    /** Adds every penalty's gradient. */
    static void addGradients(List<Penalty> penalties, Params params) {
        for (Penalty p : penalties) {
            p.addGradient(params);
        }
    }
}
