package tanito.report;

import static tanito.Require.require;

import java.awt.Color;
import java.awt.geom.Ellipse2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A regression model's predictions against the true values, one translucent point per row, with the
 * line y = x on which a perfect model's points would lie. Both axes span the same range, so
 * distances from the line read alike in either direction.
 */
public final class PredictedVsTrueChart {
    private PredictedVsTrueChart() {}

    /** The chart of {@code predicted[i]} against {@code truth[i]}, the axes naming {@code target}. */
    public static JFreeChart chart(double[] truth, double[] predicted, String target) {
        require(truth.length == predicted.length, "%d true values but %d predictions", truth.length, predicted.length);
        require(truth.length > 0, "a predicted-vs-true chart needs at least one row");
        XYSeries rows = new XYSeries("rows", false, true);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < truth.length; i++) {
            require(Double.isFinite(truth[i]) && Double.isFinite(predicted[i]),
                    "row %d: values must be finite, were %s and %s", i, truth[i], predicted[i]);
            rows.add(truth[i], predicted[i]);
            low = Math.min(low, Math.min(truth[i], predicted[i]));
            high = Math.max(high, Math.max(truth[i], predicted[i]));
        }
        double margin = high > low ? 0.05 * (high - low) : 1;
        XYSeries identity = new XYSeries("y = x (perfect)");
        identity.add(low - margin, low - margin);
        identity.add(high + margin, high + margin);

        XYLineAndShapeRenderer points = ChartStyle.points(0, 1);
        Color point = ChartStyle.color(0);
        points.setSeriesPaint(0, new Color(point.getRed(), point.getGreen(), point.getBlue(), 110));
        points.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        XYLineAndShapeRenderer line = ChartStyle.lines(1, 1);

        NumberAxis x = axis("true " + target, low - margin, high + margin);
        NumberAxis y = axis("predicted " + target, low - margin, high + margin);
        XYPlot plot = new XYPlot(new XYSeriesCollection(rows), x, y, points);
        plot.setDataset(1, new XYSeriesCollection(identity));
        plot.setRenderer(1, line);
        return ChartStyle.chart("Predicted against true " + target, plot, true);
    }

    private static NumberAxis axis(String label, double low, double high) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(low, high);
        return axis;
    }
}
