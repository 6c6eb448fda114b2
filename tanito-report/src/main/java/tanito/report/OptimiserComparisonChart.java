package tanito.report;

import static tanito.Require.require;

import java.util.DoubleSummaryStatistics;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Optimisers side by side: the training loss per epoch of one run per optimiser, one line each, on a
 * logarithmic loss axis when every loss is positive (losses shrink by orders of magnitude, and a log
 * axis keeps the late epochs apart). A non-finite loss (a run that diverged) ends that line.
 */
public final class OptimiserComparisonChart {
    private OptimiserComparisonChart() {}

    /** One line per entry of {@code lossPerEpoch} (optimiser name to losses of epochs 1, 2, ...), in its order. */
    public static JFreeChart chart(Map<String, double[]> lossPerEpoch, String title) {
        require(!lossPerEpoch.isEmpty(), "an optimiser comparison needs at least one optimiser");
        XYSeriesCollection series = new XYSeriesCollection();
        DoubleSummaryStatistics drawn = new DoubleSummaryStatistics();
        for (Map.Entry<String, double[]> run : lossPerEpoch.entrySet()) {
            XYSeries line = new XYSeries(run.getKey(), false, true);
            double[] losses = run.getValue();
            for (int epoch = 1; epoch <= losses.length && Double.isFinite(losses[epoch - 1]); epoch++) {
                line.add(epoch, losses[epoch - 1]);
                drawn.accept(losses[epoch - 1]);
            }
            series.addSeries(line);
        }
        NumberAxis epochs = new NumberAxis("epoch");
        epochs.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ValueAxis loss = drawn.getCount() > 0 && drawn.getMin() > 0
                ? ChartStyle.logAxis("loss (log scale)", drawn.getMin(), drawn.getMax()) : new NumberAxis("loss");
        XYPlot plot = new XYPlot(series, epochs, loss, ChartStyle.lines(0, series.getSeriesCount()));
        return ChartStyle.chart(title, plot, true);
    }
}
