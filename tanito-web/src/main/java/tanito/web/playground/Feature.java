package tanito.web.playground;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/** The input features the playground offers, each a function of the point (x1, x2). */
public enum Feature {
    X1("x1", "x1"), X2("x2", "x2"), X1_SQUARED("x1sq", "x1²"), X2_SQUARED("x2sq", "x2²"),
    X1_TIMES_X2("x1x2", "x1·x2"), SIN_X1("sinx1", "sin x1"), SIN_X2("sinx2", "sin x2");

    private final String id;
    private final String label;

    Feature(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @JsonValue public String id() { return id; }
    /** The name shown to people, e.g. {@code x1²}. */
    public String label() { return label; }
    @JsonCreator public static Feature of(String id) { return Ids.byId(Feature.class, id, Feature::id, "feature"); }
    public static List<String> ids() { return Arrays.stream(values()).map(Feature::id).toList(); }

    /** This feature's value at the point (x1, x2). */
    public double at(double x1, double x2) {
        return switch (this) {
            case X1 -> x1;
            case X2 -> x2;
            case X1_SQUARED -> x1 * x1;
            case X2_SQUARED -> x2 * x2;
            case X1_TIMES_X2 -> x1 * x2;
            case SIN_X1 -> StrictMath.sin(x1);
            case SIN_X2 -> StrictMath.sin(x2);
        };
    }
}
