package tanito.cli;

import static tanito.report.Format.number;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tanito.data.Dataset;
import tanito.metrics.Evaluation;
import tanito.metrics.Regression;
import tanito.train.Model;

/** The metrics {@code train} and {@code evaluate} print: one row per part of the data, one column per metric. */
final class MetricTable {
    private MetricTable() {}

    /**
     * A model's loss and metric on one part, in the units it was trained in ({@link Model#evaluate});
     * for regression also the root mean squared error in the targets' own units.
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

    /** Prints the parts' metrics as a table with four significant digits, the columns of the first part. */
    static void print(PrintWriter out, Map<String, Map<String, Double>> metrics) {
        List<String> columns = List.copyOf(metrics.values().iterator().next().keySet());
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-11s", ""));
        columns.forEach(column -> header.append(String.format(Locale.ROOT, " %10s", column)));
        out.println(header);
        metrics.forEach((part, values) -> {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-11s", part));
            columns.forEach(column -> line.append(String.format(Locale.ROOT, " %10s", number(values.get(column)))));
            out.println(line);
        });
    }
}
