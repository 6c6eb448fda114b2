package tanito.report;

import static tanito.Require.require;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Overfitting shown on one input: noisy samples of a function (training points as circles,
 * validation points as squares) and curves fitted to the training points with more and more
 * parameters. The y axis spans the samples (plus a margin), not the curves, so a wild fit runs off
 * the plot between the points instead of flattening everything else: what von Neumann meant by
 * "with four parameters I can fit an elephant, and with five I can make him wiggle his trunk".
 */
public final class ElephantChart {
    private static final double MARGIN = 0.25;
    private static final Shape CIRCLE = new Ellipse2D.Double(-3.5, -3.5, 7, 7);
    private static final Shape SQUARE = new Rectangle2D.Double(-3.5, -3.5, 7, 7);

    private ElephantChart() {}

    /** Sample points: {@code y[i]} observed at {@code x[i]}. */
    public record Sample(double[] x, double[] y) {
        public Sample {
            require(x.length == y.length, "a sample needs as many y as x, had %d and %d", y.length, x.length);
        }
    }

    /** A fitted curve, {@code label} naming it (for example "4 parameters"), drawn through (x[i], y[i]). */
    public record Fit(String label, double[] x, double[] y) {
        public Fit {
            require(x.length == y.length, "fit %s needs as many y as x, had %d and %d", label, y.length, x.length);
        }
    }

    /** The chart of the samples and the {@code fits}, in the fits' order. */
    public static JFreeChart chart(String title, Sample training, Sample validation, List<Fit> fits) {
        require(training.x().length + validation.x().length > 0, "an elephant chart needs sample points");
        XYSeriesCollection points = new XYSeriesCollection();
        points.addSeries(series("training points", training.x(), training.y()));
        points.addSeries(series("validation points", validation.x(), validation.y()));
        XYLineAndShapeRenderer markers = ChartStyle.points(0, 2);
        markers.setSeriesShape(0, CIRCLE);
        markers.setSeriesShape(1, SQUARE);

        XYSeriesCollection curves = new XYSeriesCollection();
        fits.forEach(fit -> curves.addSeries(series(fit.label(), fit.x(), fit.y())));

        NumberAxis x = new NumberAxis("x");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("y");
        y.setRange(clippedRange(points));
        XYPlot plot = new XYPlot(points, x, y, markers);
        plot.setDataset(1, curves);
        plot.setRenderer(1, ChartStyle.lines(2, fits.size()));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE); // points (dataset 0) on top
        return ChartStyle.chart(title, plot, true);
    }

    /** The points' y range widened by {@link #MARGIN} of its length on each side. */
    private static Range clippedRange(XYSeriesCollection points) {
        Range range = points.getRangeBounds(false);
        double margin = range.getLength() > 0 ? MARGIN * range.getLength() : 1;
        return new Range(range.getLowerBound() - margin, range.getUpperBound() + margin);
    }

    private static XYSeries series(String key, double[] x, double[] y) {
        XYSeries series = new XYSeries(key, false, true);
        for (int i = 0; i < x.length; i++) {
            series.add(x[i], y[i]);
        }
        return series;
    }
}
