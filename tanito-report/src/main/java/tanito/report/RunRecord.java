package tanito.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tanito.data.FittedPreprocessing;
import tanito.metrics.EpochMetrics;
import tanito.metrics.History;
import tanito.nn.NetworkSpec;
import tanito.train.Stop;
import tanito.train.TrainerConfig;
import tanito.train.Verdict;

/**
 * The content of a run's {@code metrics.json}, and all a report needs: what was trained on what, how
 * it went epoch by epoch (keys as Keras names them: loss, accuracy, val_loss, val_accuracy), the
 * final metrics per split, and for each split the details the charts draw ({@link PartDetail}).
 *
 * @param bestEpoch the best epoch by the monitored quantity (validation loss when there is validation)
 * @param weightsEpoch the epoch whose weights the model kept (restored by early stopping, else the last)
 * @param preprocessing the imputer and scalers fitted on the training rows
 * @param parts per split (train, validation, test): class balance, confusion matrix, a sample of rows
 * @param verdict the bias-variance reading of the training and validation errors, or null without validation
 */
public record RunRecord(String tanitoVersion, String data, Map<String, Integer> rows, List<String> features,
                        List<String> classes, String split, long seed, NetworkSpec network, TrainerConfig config,
                        int bestEpoch, int weightsEpoch, Stop stop, List<Map<String, Object>> history,
                        Map<String, Map<String, Double>> metrics, String gemmBackend,
                        FittedPreprocessing preprocessing, Map<String, PartDetail> parts, Verdict verdict) {

    /** The history as metrics.json writes it: one map per epoch with Keras's keys. */
    public static List<Map<String, Object>> rows(History history) {
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

    /** The history read back from its rows; the metric is the key that is neither epoch nor a loss. */
    public History toHistory() {
        String metric = history.isEmpty() ? "metric" : history.get(0).keySet().stream()
                .filter(key -> !key.equals("epoch") && !key.equals("loss") && !key.startsWith("val_"))
                .findFirst().orElse("metric");
        History result = History.empty(metric);
        for (Map<String, Object> row : history) {
            result = result.plus(new EpochMetrics(((Number) row.get("epoch")).intValue(), number(row, "loss"),
                    number(row, metric), number(row, "val_loss"), number(row, "val_" + metric)));
        }
        return result;
    }

    /** Whether the task was classification (the run has class names). */
    @JsonIgnore
    public boolean isClassification() {
        return classes != null && !classes.isEmpty();
    }

    private static double number(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
