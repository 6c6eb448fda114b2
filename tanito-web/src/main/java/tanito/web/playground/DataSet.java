package tanito.web.playground;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/** The six data sets of {@link tanito.data.Synthetic}. */
public enum DataSet {
    CIRCLE("circle", Problem.CLASSIFICATION), XOR("xor", Problem.CLASSIFICATION),
    GAUSSIANS("gaussians", Problem.CLASSIFICATION), SPIRAL("spiral", Problem.CLASSIFICATION),
    PLANE("plane", Problem.REGRESSION), MULTI_GAUSSIAN("multi-gaussian", Problem.REGRESSION);

    private final String id;
    private final Problem problem;

    DataSet(String id, Problem problem) {
        this.id = id;
        this.problem = problem;
    }

    @JsonValue public String id() { return id; }
    public Problem problem() { return problem; }
    @JsonCreator public static DataSet of(String id) { return Ids.byId(DataSet.class, id, DataSet::id, "dataset"); }
    public static List<String> ids() { return Arrays.stream(values()).map(DataSet::id).toList(); }
}
