package tanito.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tanito.data.Dataset;
import tanito.metrics.EpochMetrics;
import tanito.metrics.Evaluation;
import tanito.metrics.History;
import tanito.metrics.Regression;
import tanito.nn.NetworkSpec;
import tanito.train.Model;
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

    /**
     * A model's loss and metric on one part, in the units it was trained in; for regression also the
     * root mean squared error in the targets' own units.
     */
    static Map<String, Double> metrics(Model model, Dataset part) {
        Evaluation evaluation = model.evaluate(part);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("loss", evaluation.loss());
        m.put(evaluation.metricName(), evaluation.metric());
        if (!part.isClassification()) {
            m.put("rmse", Regression.rootMeanSquaredError(model.predict(part.features()), part.targets()));
        }
        return m;
    }
}
