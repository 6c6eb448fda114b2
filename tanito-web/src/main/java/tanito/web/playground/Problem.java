package tanito.web.playground;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Classification (labels 0 and 1) or regression. */
public enum Problem {
    CLASSIFICATION, REGRESSION;

    @JsonValue public String id() { return name().toLowerCase(Locale.ROOT); }
    @JsonCreator public static Problem of(String id) { return Ids.byId(Problem.class, id, Problem::id, "problem"); }
    public static List<String> ids() { return Arrays.stream(values()).map(Problem::id).toList(); }
}
