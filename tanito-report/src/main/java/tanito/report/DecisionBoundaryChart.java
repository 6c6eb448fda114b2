package tanito.report;

import static tanito.Require.require;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * What a classifier of two inputs decides where: the plane over the plotted ranges tinted, block by
 * block of a grid, in a light shade of the class the model predicts at the block's centre (see
 * {@link ClassRegions}), with the training rows on top as filled circles and the test rows as
 * crosses, each in its true class's colour. A point on another class's tint is one the model gets
 * wrong. The axes are named x1 and x2.
 */
public final class DecisionBoundaryChart {
    /** The default grid: 120 x 120 cells. */
    public static final int RESOLUTION = 120;

    private static final Shape CIRCLE = new Ellipse2D.Double(-3.5, -3.5, 7, 7);
    private static final Shape CROSS = ShapeUtils.createDiagonalCross(4, 1.2f);

    private DecisionBoundaryChart() {}

    /**
     * A trained classifier of two inputs: the class indices it predicts at (x1[i], x2) for every i,
     * one row of the grid at a time, so that a network predicts a row in one pass (120 passes for
     * the grid rather than 14,400; measured, the grid's prediction costs about the same either way,
     * 85-105 ms for a 2-64-32-2 tanh network, the tanh itself dominating).
     */
    @FunctionalInterface
    public interface ClassAt {
        int[] classesAt(double[] x1, double x2);
    }

    /** Rows of two inputs, {@code xy[i] = {x1, x2}}, and their class indices. */
    public record Points(double[][] xy, int[] labels) {
        public Points {
            require(xy.length == labels.length, "%d points but %d labels", xy.length, labels.length);
            for (double[] row : xy) {
                require(row.length == 2, "a point must have 2 coordinates, had %d", row.length);
            }
        }

        public static Points none() {
            return new Points(new double[0][], new int[0]);
        }
    }

    /** The chart over a grid of {@link #RESOLUTION} x {@link #RESOLUTION} cells. */
    public static JFreeChart chart(ClassAt model, Range x1, Range x2, List<String> classNames,
                                   Points training, Points test) {
        return chart(model, x1, x2, RESOLUTION, classNames, training, test);
    }

    /** The chart over a grid of {@code resolution} x {@code resolution} cells spanning {@code x1} by {@code x2}. */
    public static JFreeChart chart(ClassAt model, Range x1, Range x2, int resolution, List<String> classNames,
                                   Points training, Points test) {
        require(resolution > 0, "resolution must be > 0, was %d", resolution);
        require(x1.getLength() > 0 && x2.getLength() > 0, "the plotted ranges must not be empty, were %s and %s", x1, x2);
        int classes = classNames.size();
        XYPlot plot = new XYPlot(ClassRegions.grid(model, x1, x2, resolution, classNames), axis("x1", x1), axis("x2", x2),
                ClassRegions.renderer(classes));
        plot.setDataset(1, byClass(training, classNames));
        plot.setRenderer(1, markers(classes, CIRCLE, true));
        plot.setDataset(2, byClass(test, classNames));
        plot.setRenderer(2, markers(classes, CROSS, false));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setFixedLegendItems(legend(classNames));
        return ChartStyle.chart("Decision regions", plot, true);
    }

    /** One series per class, in class order, so that series c takes class c's colour. */
    private static XYSeriesCollection byClass(Points points, List<String> classNames) {
        XYSeriesCollection series = new XYSeriesCollection();
        classNames.forEach(name -> series.addSeries(new XYSeries(name, false, true)));
        for (int i = 0; i < points.labels().length; i++) {
            int c = points.labels()[i];
            require(c >= 0 && c < classNames.size(), "point %d has class %d, not in [0, %d)", i, c, classNames.size());
            series.getSeries(c).add(points.xy()[i][0], points.xy()[i][1]);
        }
        return series;
    }

    private static XYLineAndShapeRenderer markers(int classes, Shape shape, boolean outlined) {
        XYLineAndShapeRenderer renderer = ChartStyle.points(0, classes);
        for (int c = 0; c < classes; c++) {
            renderer.setSeriesShape(c, shape);
        }
        renderer.setDrawOutlines(outlined);
        renderer.setUseOutlinePaint(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setDefaultOutlineStroke(new BasicStroke(0.8f));
        return renderer;
    }

    /** A swatch per class, then what a circle and a cross stand for. */
    private static LegendItemCollection legend(List<String> classNames) {
        LegendItemCollection items = new LegendItemCollection();
        for (int c = 0; c < classNames.size(); c++) {
            items.add(new LegendItem(classNames.get(c), ChartStyle.color(c)));
        }
        items.add(shape("training", CIRCLE));
        items.add(shape("test", CROSS));
        return items;
    }

    private static LegendItem shape(String label, Shape shape) {
        LegendItem item = new LegendItem(label, ChartStyle.INK);
        item.setShape(shape);
        return item;
    }

    private static NumberAxis axis(String label, Range range) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(range);
        return axis;
    }

    /** The range of column {@code column} over all points of {@code sets}, widened by 10% on each side. */
    public static Range paddedRange(int column, Points... sets) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Points points : sets) {
            for (double[] row : points.xy()) {
                low = Math.min(low, row[column]);
                high = Math.max(high, row[column]);
            }
        }
        require(low <= high, "no points to take a range from");
        double margin = high > low ? 0.1 * (high - low) : 1;
        return new Range(low - margin, high + margin);
    }
}
