package tanito.report;

import com.samskivert.mustache.Template;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import tanito.train.CurvePoint;

/**
 * The report of {@code tanito curves}: the learning or validation curve (training and validation
 * error, mean ± std over the folds, {@link BiasVarianceChart}), the bias-variance verdict at the point
 * of lowest validation error, and the table of points with that point highlighted.
 */
public final class CurvesReport {
    private static final Template TEMPLATE = Page.template("curves");

    private CurvesReport() {}

    /** Writes {@code report.html} and {@code charts/} under {@code directory}. */
    public static void write(CurvesRecord record, Path directory) throws IOException {
        List<Figure> figures = List.of(new Figure(record.isLearning() ? "Learning curve" : "Validation curve",
                "Training and validation error, each the mean over the folds with a band of ± one standard deviation: "
                        + "a wide gap between them is variance (overfitting), both high is bias (underfitting).",
                RenderedChart.of(record.curve() + "-curve", chart(record))));
        Page.write(directory, figures, html(record, figures));
    }

    static String html(CurvesRecord record, List<Figure> figures) {
        CurvePoint best = CurvePoint.best(record.points());
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", "Tanito " + record.curve() + " curve" + (record.isLearning() ? "" : " of " + record.param())
                + " on " + record.data());
        page.put("learning", record.isLearning());
        page.put("x", axis(record));
        page.put("bestX", Format.value(best.x()));
        page.put("verdict", Page.verdict(best.verdict()));
        page.put("charts", Page.charts(figures));
        page.put("points", table(record, best));
        page.put("data", record.data());
        page.put("version", record.tanitoVersion());
        return TEMPLATE.execute(page);
    }

    /** A row per point: x (and the training rows, for a validation curve), both errors, the verdict. */
    private static Table table(CurvesRecord record, CurvePoint best) {
        List<String> header = new ArrayList<>(List.of(axis(record)));
        if (!record.isLearning()) {
            header.add("training rows");
        }
        header.addAll(List.of("training error", "validation error", "verdict"));
        List<Table.Row> rows = new ArrayList<>();
        for (CurvePoint point : record.points()) {
            List<String> cells = new ArrayList<>(List.of(Format.value(point.x())));
            if (!record.isLearning()) {
                cells.add(String.valueOf(point.trainingRows()));
            }
            cells.addAll(List.of(Page.meanStd(point.meanTrainingError(), point.stdTrainingError()),
                    Page.meanStd(point.meanValidationError(), point.stdValidationError()), point.verdict().kind().words()));
            rows.add(Table.Row.best(cells, point == best));
        }
        return new Table("points", header, rows);
    }

    private static String axis(CurvesRecord record) {
        return record.isLearning() ? "training rows" : record.param();
    }

    /**
     * The learning curve, or the validation curve on a log axis when its values are positive and span
     * two decades or more (learning rates, penalties), where a linear axis would crowd the small ones.
     */
    private static JFreeChart chart(CurvesRecord record) {
        if (record.isLearning()) {
            return BiasVarianceChart.learningCurve(record.points());
        }
        DoubleSummaryStatistics x = record.points().stream().mapToDouble(CurvePoint::x).summaryStatistics();
        return BiasVarianceChart.validationCurve(record.points(), record.param(),
                x.getMin() > 0 && x.getMax() >= 100 * x.getMin());
    }
}
