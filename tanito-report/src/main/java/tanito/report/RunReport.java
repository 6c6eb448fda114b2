package tanito.report;

import com.samskivert.mustache.Template;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tanito.metrics.ConfusionMatrix;
import tanito.train.Model;

/**
 * {@code report.html}: one self-contained page per run (the charts inlined as PNG, so it opens
 * offline and travels as one file) with the configuration, the data summary and the scaler's fitted
 * statistics, the charts, the final metrics per split, per-class precision, recall and F1, and the
 * bias-variance verdict. The charts are also written as PNG and SVG under {@code charts/}.
 */
public final class RunReport {
    private static final Template TEMPLATE = Page.template("run");

    private RunReport() {}

    /** Writes {@code report.html} and {@code charts/} under {@code directory}; {@code model} may be null. */
    public static void write(RunRecord record, Model model, Path directory) throws IOException {
        List<Figure> figures = RunCharts.of(record, model);
        Page.write(directory, figures, html(record, figures));
    }

    /** The page for {@code record} showing {@code figures}. */
    static String html(RunRecord record, List<Figure> figures) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", "Tanito run on " + record.data());
        page.put("network", Describe.network(record.network()));
        page.put("training", Describe.training(record.config()));
        String stop = record.stop().message();
        page.put("stopMessage", stop.endsWith(".") ? stop : stop + ".");
        page.put("bestEpoch", record.bestEpoch());
        page.put("weightsEpoch", record.weightsEpoch());
        metrics(record, page);
        page.put("verdict", Page.verdict(record.verdict()));
        page.put("charts", Page.charts(figures));
        perClass(record, page);
        data(record, page);
        Page.configuration(page, "metrics.json", record.config(), record.tanitoVersion());
        page.put("backend", record.gemmBackend());
        return TEMPLATE.execute(page);
    }

    private static void metrics(RunRecord record, Map<String, Object> page) {
        List<String> names = List.copyOf(record.metrics().get("train").keySet());
        List<Map<String, Object>> rows = new ArrayList<>();
        record.metrics().forEach((split, values) -> rows.add(Map.of("split", split,
                "values", names.stream().map(name -> Format.number(values.get(name))).toList())));
        page.put("metricNames", names);
        page.put("metricRows", rows);
    }

    private static void perClass(RunRecord record, Map<String, Object> page) {
        page.put("hasClasses", record.isClassification());
        if (!record.isClassification()) {
            return;
        }
        String split = RunCharts.lastPart(record);
        ConfusionMatrix confusion = record.parts().get(split).confusion();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int c = 0; c < confusion.classes(); c++) {
            rows.add(Map.of("name", record.classes().get(c), "precision", Format.number(confusion.precision(c)),
                    "recall", Format.number(confusion.recall(c)), "f1", Format.number(confusion.f1(c)),
                    "support", confusion.support(c)));
        }
        page.put("classSplit", split);
        page.put("classRows", rows);
        page.put("macroF1", Format.number(confusion.macroF1()));
        page.put("classTotal", confusion.total());
    }

    private static void data(RunRecord record, Map<String, Object> page) {
        page.put("data", record.data());
        page.put("featureCount", record.features().size());
        page.put("split", record.split());
        page.put("seed", record.seed());
        page.put("classNames", record.isClassification() ? record.classes() : List.of());
        List<Map<String, Object>> rows = new ArrayList<>();
        record.rows().forEach((split, count) -> {
            PartDetail detail = record.parts().get(split);
            List<Long> counts = new ArrayList<>();
            if (detail != null && detail.classCounts() != null) {
                for (long n : detail.classCounts()) {
                    counts.add(n);
                }
            }
            rows.add(Map.of("split", split, "rows", count, "counts", counts));
        });
        page.put("dataRows", rows);
        ScalerTable scaler = ScalerTable.of(record.preprocessing().features(), record.features());
        page.put("scalerType", scaler.type());
        page.put("hasScalerColumns", !scaler.columns().isEmpty());
        page.put("scalerColumns", scaler.columns());
        page.put("scalerRows", scaler.rows());
    }
}
