package tanito.web.playground;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The weight penalty: none, L1 or L2 ({@link tanito.regularize.Penalty}). */
public enum Regularization {
    NONE, L1, L2;

    @JsonValue public String id() { return name().toLowerCase(Locale.ROOT); }
    @JsonCreator public static Regularization of(String id) {
        return Ids.byId(Regularization.class, id, Regularization::id, "regularization");
    }
    public static List<String> ids() { return Arrays.stream(values()).map(Regularization::id).toList(); }
}
