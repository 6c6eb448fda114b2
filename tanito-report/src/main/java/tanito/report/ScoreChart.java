package tanito.report;

import static tanito.Require.require;

import java.awt.Color;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Scores side by side: a point per fold or per candidate, numbered along the x axis, with a bar of
 * plus or minus one standard deviation where the score is itself a mean over folds, and a dashed line
 * at a reference score (the mean over the folds, or the winner's score).
 */
public final class ScoreChart {
    private ScoreChart() {}

    /** A score at {@code x}: {@code mean} with a bar of ± {@code std} (none when 0). */
    public record Score(int x, double mean, double std) {}

    /** One series of points per entry of {@code series}, in its order, and the dashed line at {@code reference}. */
    public static JFreeChart chart(String title, String xLabel, String yLabel, Map<String, List<Score>> series,
                                   double reference, String referenceLabel) {
        require(series.values().stream().anyMatch(s -> !s.isEmpty()), "a score chart needs at least one score");
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        series.forEach((name, scores) -> {
            YIntervalSeries points = new YIntervalSeries(name);
            scores.forEach(s -> points.add(s.x(), s.mean(), s.mean() - s.std(), s.mean() + s.std()));
            data.addSeries(points);
        });
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(false);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(i));
        }
        NumberAxis x = new NumberAxis(xLabel);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0.05);
        x.setUpperMargin(0.05);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        ValueMarker line = ChartStyle.dashed(new ValueMarker(reference), Color.GRAY, referenceLabel, 0, false);
        // a horizontal line: the label sits on it at the right end, inside the plot
        line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        line.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(line);
        return ChartStyle.chart(title, plot, series.size() > 1);
    }
}
