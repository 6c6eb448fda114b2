package tanito.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tanito.metrics.EpochMetrics;
import tanito.metrics.Evaluation;
import tanito.metrics.History;
import tanito.nn.NetworkSpec;
import tanito.train.Stop;
import tanito.train.TrainerConfig;

/**
 * The content of {@code metrics.json}: what was trained on what, how it went epoch by epoch (keys as
 * Keras names them: loss, accuracy, val_loss, val_accuracy), and the final metrics per split.
 */
record RunSummary(String tanitoVersion, String data, Map<String, Integer> rows, List<String> features,
                  List<String> classes, String split, long seed, NetworkSpec network, TrainerConfig config,
                  int bestEpoch, int weightsEpoch, Stop stop, List<Map<String, Object>> history,
                  Map<String, Map<String, Double>> metrics, String gemmBackend) {

    static List<Map<String, Object>> history(History history) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EpochMetrics e : history.epochs()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("epoch", e.epoch());
            row.put("loss", e.loss());
            row.put(history.metric(), e.metric());
            if (e.hasValidation()) {
                row.put("val_loss", e.validationLoss());
                row.put("val_" + history.metric(), e.validationMetric());
            }
            rows.add(row);
        }
        return rows;
    }

    static Map<String, Double> metrics(Evaluation evaluation) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("loss", evaluation.loss());
        m.put(evaluation.metricName(), evaluation.metric());
        return m;
    }
}
