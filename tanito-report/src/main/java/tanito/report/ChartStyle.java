package tanito.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The one look of every Tanito chart: sans-serif fonts, white background, a light grid, and the
 * colour-blind-safe palette of Okabe &amp; Ito ("Color Universal Design", 2002), in which series
 * {@code i} of any chart is {@link #color(int) color(i)}. Chart classes build their plot, style it
 * only through here, and never repeat these settings.
 */
final class ChartStyle {
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    static final Color INK = new Color(0x33, 0x33, 0x33);

    // yellow (0xF0E442) comes last: it is hard to see on white
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};
    static final Stroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private ChartStyle() {}

    /** Series {@code i}'s colour; the palette repeats after eight. */
    static Color color(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /** {@code color} mixed with white, {@code whiteShare} of the way: for areas under points. */
    static Color light(Color color, double whiteShare) {
        return new Color(mix(color.getRed(), whiteShare), mix(color.getGreen(), whiteShare),
                mix(color.getBlue(), whiteShare));
    }

    private static int mix(int channel, double whiteShare) {
        return (int) Math.round(channel + (255 - channel) * whiteShare);
    }

    /** The chart of {@code plot} titled {@code title}, its plot (and subplots) in the house style. */
    static JFreeChart chart(String title, XYPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPaint(INK);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setItemFont(LABEL_FONT);
            legendTitle.setFrame(BlockBorder.NONE);
            legendTitle.setBackgroundPaint(Color.WHITE);
        }
        style(plot);
        if (plot instanceof CombinedDomainXYPlot combined) {
            combined.getSubplots().forEach(ChartStyle::style);
        }
        return chart;
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GRID);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            style(plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            style(plot.getRangeAxis(i));
        }
    }

    private static void style(Axis axis) {
        if (axis != null) {
            axis.setLabelFont(LABEL_FONT);
            axis.setTickLabelFont(TICK_FONT);
            axis.setLabelPaint(INK);
            axis.setTickLabelPaint(INK);
        }
    }

    /** Lines without point markers, series {@code i} in {@code color(first + i)}. */
    static XYLineAndShapeRenderer lines(int first, int seriesCount) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < seriesCount; i++) {
            renderer.setSeriesPaint(i, color(first + i));
            renderer.setSeriesStroke(i, LINE);
        }
        return renderer;
    }

    /** Point markers without lines, series {@code i} in {@code color(first + i)}. */
    static XYLineAndShapeRenderer points(int first, int seriesCount) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < seriesCount; i++) {
            renderer.setSeriesPaint(i, color(first + i));
        }
        return renderer;
    }

    /**
     * {@code marker} drawn as a dashed line in {@code paint}, labelled {@code label} (none when null)
     * near the plot's top, on the side with more room ({@code labelRight} for a line in the left half,
     * so that the label is not cut at the plot's edge), in line {@code labelRow} (0 the first) so that
     * the labels of two markers close together stack instead of overlapping.
     */
    static <M extends ValueMarker> M dashed(M marker, Paint paint, String label, int labelRow, boolean labelRight) {
        marker.setPaint(paint);
        marker.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        if (label != null) {
            marker.setLabel(label);
            marker.setLabelFont(TICK_FONT);
            marker.setLabelPaint(INK);
            marker.setLabelBackgroundColor(new Color(255, 255, 255, 200));
            marker.setLabelAnchor(labelRight ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(labelRight ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
            marker.setLabelOffset(new RectangleInsets(3 + 15 * labelRow, 3, 3, 3));
        }
        return marker;
    }

    /**
     * A logarithmic axis for values in [{@code smallest}, {@code largest}], both positive: ticked at
     * whole powers of ten (10^-3, 10^-2, ...) when they span a decade or more, since JFreeChart's
     * default labels fractional powers (10^-2.5); within one decade whole powers would leave no
     * tick, so the default stays.
     */
    static LogAxis logAxis(String label, double smallest, double largest) {
        LogAxis axis = new LogAxis(label);
        if (largest >= 10 * smallest) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        axis.setSmallestValue(smallest);
        return axis;
    }
}
