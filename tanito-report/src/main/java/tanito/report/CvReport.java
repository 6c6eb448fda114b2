package tanito.report;

import com.samskivert.mustache.Template;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import tanito.nn.NetworkSpec;
import tanito.train.CrossValidationResult;
import tanito.train.TrainerConfig;

/**
 * The report of {@code tanito cv}: each fold's loss and metric on its training rows and on its
 * held-out rows with the mean ± standard deviation over the folds, a chart of the metric per fold
 * (training beside test: the gap is the variance, a poor training score the bias), the network and
 * training in words, the data and folds, and the configuration as {@code cv.json} holds it.
 */
public final class CvReport {
    private static final Template TEMPLATE = Page.template("cv");
    /** The per-fold keys of {@code cv.json} as the table heads them; other keys keep their names. */
    private static final Map<String, String> HEADS = Map.of("repeat", "repeat", "fold", "fold",
            "trainRows", "training rows", "testRows", "test rows", "bestEpoch", "best epoch", "loss", "test loss",
            "train_loss", "training loss");
    private static final String TRAINING = "train_";

    private CvReport() {}

    /** Writes {@code report.html} and {@code charts/} under {@code directory}. */
    public static void write(CvRecord record, Path directory) throws IOException {
        boolean withTraining = withTraining(record);
        List<Figure> figures = List.of(new Figure((withTraining ? "Training and test " : "Test ") + record.metric()
                + " per fold", "Each point is a fold's held-out " + record.metric()
                + (withTraining ? ", and beside it the same model's " + record.metric() + " on the rows it was fitted on"
                        : "") + "; the dashed line is the held-out mean.",
                RenderedChart.of("folds", chart(record, withTraining))));
        Page.write(directory, figures, html(record, figures));
    }

    static String html(CvRecord record, List<Figure> figures) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", "Tanito cross-validation on " + record.data());
        page.put("network", Describe.network(record.network()));
        page.put("training", Describe.training(record.config()));
        page.put("folds", String.format(Locale.ROOT, "%d-fold cross-validation%s%s", record.folds().folds(),
                record.folds().stratified() ? ", stratified" : "",
                record.folds().repeats() > 1 ? ", repeated " + record.folds().repeats() + " times" : ""));
        page.put("metric", record.metric());
        page.put("meanMetric", Page.meanStd(record.meanMetric(), record.stdMetric()));
        page.put("meanLoss", Page.meanStd(record.meanLoss(), record.stdLoss()));
        page.put("foldCount", record.perFold().size());
        page.put("perFold", table(record));
        page.put("charts", Page.charts(figures));
        page.put("data", record.data());
        page.put("rows", record.rows());
        page.put("validationFraction", record.validationFraction());
        record Configuration(NetworkSpec network, TrainerConfig config) {}
        Page.configuration(page, "cv.json", new Configuration(record.network(), record.config()), record.tanitoVersion());
        return TEMPLATE.execute(page);
    }

    /** A row per fold with whatever cv.json holds of it, then the mean ± std of the losses and metrics. */
    private static Table table(CvRecord record) {
        List<String> keys = List.copyOf(record.perFold().get(0).keySet());
        List<Table.Row> rows = new ArrayList<>();
        for (Map<String, Object> fold : record.perFold()) {
            rows.add(Table.Row.plain(keys.stream().map(key -> cell(fold.get(key))).toList()));
        }
        List<String> summary = new ArrayList<>();
        for (String key : keys) {
            summary.add(key.equals("loss") ? Page.meanStd(record.meanLoss(), record.stdLoss())
                    : key.equals(record.metric()) ? Page.meanStd(record.meanMetric(), record.stdMetric())
                    : key.startsWith(TRAINING) ? meanStd(record, key) : "");
        }
        summary.set(0, "mean ± std");
        rows.add(new Table.Row(summary, "summary"));
        List<String> header = keys.stream().map(key -> key.equals(record.metric()) ? "test " + key
                : key.equals(TRAINING + record.metric()) ? "training " + record.metric()
                : HEADS.getOrDefault(key, key)).toList();
        return new Table("per-fold", header, rows);
    }

    private static String meanStd(CvRecord record, String key) {
        double[] values = record.perFold().stream().mapToDouble(fold -> ((Number) fold.get(key)).doubleValue()).toArray();
        return Page.meanStd(CrossValidationResult.mean(values), CrossValidationResult.std(values));
    }

    /** Whether cv.json holds the training rows' metric (older files do not) and there is one repeat to chart. */
    private static boolean withTraining(CvRecord record) {
        return record.folds().repeats() == 1 && record.perFold().get(0).containsKey(TRAINING + record.metric());
    }

    private static String cell(Object value) {
        return value instanceof Double || value instanceof Float ? Format.number(((Number) value).doubleValue())
                : String.valueOf(value);
    }

    /** The metric of each fold against its number: one series per repeat, or training and test. */
    private static JFreeChart chart(CvRecord record, boolean withTraining) {
        Map<String, List<ScoreChart.Score>> series = new LinkedHashMap<>();
        for (Map<String, Object> fold : record.perFold()) {
            int repeat = ((Number) fold.get("repeat")).intValue();
            int number = ((Number) fold.get("fold")).intValue();
            if (withTraining) {
                series.computeIfAbsent("training " + record.metric(), name -> new ArrayList<>()).add(
                        new ScoreChart.Score(number, ((Number) fold.get(TRAINING + record.metric())).doubleValue(), 0));
            }
            series.computeIfAbsent(record.folds().repeats() > 1 ? "repeat " + repeat : "test " + record.metric(),
                    name -> new ArrayList<>()).add(new ScoreChart.Score(number,
                    ((Number) fold.get(record.metric())).doubleValue(), 0));
        }
        return ScoreChart.chart((withTraining ? "Training and test " : "Test ") + record.metric() + " per fold", "fold",
                record.metric(), series, record.meanMetric(), "test mean " + Format.number(record.meanMetric()));
    }
}
