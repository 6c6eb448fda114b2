package tanito.report;

import static tanito.Require.require;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;

import tanito.metrics.ConfusionMatrix;

/**
 * A confusion matrix as a heat map: one cell per true class (rows, the first class on top) and
 * predicted class (columns), holding the count of rows, and shaded from white to blue by the cell's
 * share of its true class, so that each row reads as where that class's rows went (the diagonal dark
 * when the classifier is right) whatever the class sizes.
 */
public final class ConfusionMatrixChart {
    private static final Color FULL = ChartStyle.color(0);

    private ConfusionMatrixChart() {}

    /** The chart of {@code matrix}, {@code classNames.get(c)} naming class {@code c}. */
    public static JFreeChart chart(ConfusionMatrix matrix, List<String> classNames) {
        int classes = matrix.classes();
        require(classNames.size() == classes, "the matrix has %d classes but %d class names were given",
                classes, classNames.size());
        double[][] cells = new double[3][classes * classes]; // x = predicted, y = true, z = share of the row
        XYPlot plot = new XYPlot();
        for (int t = 0; t < classes; t++) {
            long support = matrix.support(t);
            for (int p = 0; p < classes; p++) {
                int i = t * classes + p;
                long count = matrix.counts()[t][p];
                cells[0][i] = p;
                cells[1][i] = t;
                cells[2][i] = support == 0 ? 0 : (double) count / support;
                XYTextAnnotation text = new XYTextAnnotation(Long.toString(count), p, t);
                text.setFont(ChartStyle.LABEL_FONT);
                text.setPaint(cells[2][i] > 0.5 ? Color.WHITE : ChartStyle.INK);
                plot.addAnnotation(text);
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("share of the true class", cells);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(new WhiteTo(FULL));
        String[] names = classNames.toArray(String[]::new);
        SymbolAxis predicted = new SymbolAxis("predicted class", names);
        SymbolAxis truth = new SymbolAxis("true class", names);
        truth.setInverted(true);
        for (SymbolAxis axis : List.of(predicted, truth)) {
            axis.setGridBandsVisible(false);
        }
        plot.setDataset(dataset);
        plot.setDomainAxis(predicted);
        plot.setRangeAxis(truth);
        plot.setRenderer(renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        return ChartStyle.chart("Confusion matrix (shade: share of the true class)", plot, false);
    }

    /** Shares in [0, 1] from white (0) to {@code full} (1), linearly in RGB. */
    private record WhiteTo(Color full) implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return 1;
        }

        @Override
        public Paint getPaint(double share) {
            return ChartStyle.light(full, 1 - Math.max(0, Math.min(1, share)));
        }
    }
}
