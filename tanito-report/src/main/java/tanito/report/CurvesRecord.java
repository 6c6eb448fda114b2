package tanito.report;

import static tanito.Require.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import tanito.train.CurvePoint;

/**
 * The content of {@code curves.json}, written by {@code tanito curves} and read back by
 * {@code tanito report}: one cross-validated point per training-set size or hyper-parameter value.
 *
 * @param curve {@code learning} (error against training rows) or {@code validation} (against {@code param})
 * @param param the hyper-parameter a validation curve varies, or null for a learning curve
 * @param verdicts each point's bias-variance verdict in words, in the order of {@code points}
 */
public record CurvesRecord(String tanitoVersion, String data, String curve, String param, List<CurvePoint> points,
                           List<String> verdicts) {
    public CurvesRecord {
        require(points != null && !points.isEmpty(), "a curve has at least one point, was %s", points);
        require("learning".equals(curve) || "validation".equals(curve) && param != null,
                "a curve is learning, or validation with a param; was %s, param %s", curve, param);
    }

    /** Whether this is a learning curve (else a validation curve). */
    @JsonIgnore
    public boolean isLearning() {
        return "learning".equals(curve);
    }
}
