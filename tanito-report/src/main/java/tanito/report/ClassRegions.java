package tanito.report;

import static tanito.Require.require;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The tinted regions of {@link DecisionBoundaryChart}: a grid over the plane holding the class the
 * model predicts at each cell's centre, stored as runs (the cells of a row that follow one another
 * with the same class become one rectangle in that class's series) and drawn as flat bars spanning
 * their x and y intervals. The picture is the grid's; the SVG has a few hundred rectangles instead
 * of JFreeChart's XYBlockRenderer's two per cell (7 MB at 120 x 120).
 */
final class ClassRegions {
    private ClassRegions() {}

    /** The runs of a {@code resolution} x {@code resolution} grid spanning {@code x1} by {@code x2}. */
    static XYIntervalSeriesCollection grid(DecisionBoundaryChart.ClassAt model, Range x1, Range x2, int resolution,
                                           List<String> classNames) {
        XYIntervalSeriesCollection runs = new XYIntervalSeriesCollection();
        classNames.forEach(name -> runs.addSeries(new XYIntervalSeries(name, false, true)));
        double width = x1.getLength() / resolution;
        double height = x2.getLength() / resolution;
        double[] centres = new double[resolution];
        for (int column = 0; column < resolution; column++) {
            centres[column] = x1.getLowerBound() + (column + 0.5) * width;
        }
        for (int r = 0; r < resolution; r++) {
            double bottom = x2.getLowerBound() + r * height;
            double middle = bottom + height / 2;
            int[] row = model.classesAt(centres, middle);
            for (int column = 0; column < resolution; column++) {
                require(row[column] >= 0 && row[column] < classNames.size(), "the model predicted class %d at (%s, %s), "
                        + "not in [0, %d)", row[column], centres[column], middle, classNames.size());
            }
            int start = 0;
            for (int column = 1; column <= resolution; column++) {
                if (column == resolution || row[column] != row[start]) {
                    double left = x1.getLowerBound() + start * width;
                    double right = x1.getLowerBound() + column * width;
                    runs.getSeries(row[start]).add((left + right) / 2, left, right, middle, bottom, bottom + height);
                    start = column;
                }
            }
        }
        return runs;
    }

    /** Draws series c's runs in {@link #tint(int) tint(c)}. */
    static XYBarRenderer renderer(int classes) {
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setUseYInterval(true);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        // the outline in the fill's colour closes the hairline seams anti-aliasing leaves between runs
        renderer.setDrawBarOutline(true);
        for (int c = 0; c < classes; c++) {
            renderer.setSeriesPaint(c, tint(c));
            renderer.setSeriesOutlinePaint(c, tint(c));
            renderer.setSeriesOutlineStroke(c, new BasicStroke(1f));
        }
        return renderer;
    }

    /** Class c's region colour: its palette colour three quarters of the way to white. */
    static Color tint(int c) {
        return ChartStyle.light(ChartStyle.color(c), 0.75);
    }
}
