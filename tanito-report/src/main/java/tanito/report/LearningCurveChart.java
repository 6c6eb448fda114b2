package tanito.report;

import static tanito.Require.require;

import java.awt.Color;
import java.util.Collection;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import tanito.metrics.EpochMetrics;
import tanito.metrics.History;

/**
 * The learning curves of one run: the loss (top) and the metric (bottom), training and, when the
 * run had a validation set, validation, against the epoch they share. A dashed line marks the epoch
 * whose weights the model kept ("restored: epoch N" when early stopping went back to it, "best:
 * epoch N" when it is the last epoch), another the epoch at which early stopping stopped the run
 * ("stopped: epoch M").
 */
public final class LearningCurveChart {
    private LearningCurveChart() {}

    /**
     * The chart of {@code history}.
     *
     * @param weightsEpoch the 1-based epoch whose weights the model kept, 0 for none (no marker)
     * @param stoppedEpoch the epoch at which early stopping stopped training, 0 if it did not
     */
    public static JFreeChart chart(History history, int weightsEpoch, int stoppedEpoch) {
        require(history.size() > 0, "a learning curve needs at least one epoch");
        int lastEpoch = history.last().epoch();
        require(weightsEpoch >= 0 && weightsEpoch <= lastEpoch, "weightsEpoch must be in [0, %d], was %d",
                lastEpoch, weightsEpoch);
        require(stoppedEpoch >= 0 && stoppedEpoch <= lastEpoch, "stoppedEpoch must be in [0, %d], was %d",
                lastEpoch, stoppedEpoch);
        NumberAxis epochAxis = new NumberAxis("epoch");
        epochAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(epochAxis);
        plot.setGap(12);
        XYPlot loss = subplot(history, "loss");
        XYPlot metric = subplot(history, history.metric());
        if (weightsEpoch > 0) {
            String label = (weightsEpoch == lastEpoch ? "best: epoch " : "restored: epoch ") + weightsEpoch;
            loss.addDomainMarker(kept(weightsEpoch, label, history.size()));
            metric.addDomainMarker(kept(weightsEpoch, null, history.size()));
        }
        if (stoppedEpoch > 0) {
            loss.addDomainMarker(stopped(stoppedEpoch, "stopped: epoch " + stoppedEpoch, history.size()));
            metric.addDomainMarker(stopped(stoppedEpoch, null, history.size()));
        }
        plot.add(loss, 1);
        plot.add(metric, 1);
        // one legend entry per colour: training and validation are the same colours in both plots
        plot.setFixedLegendItems(loss.getLegendItems());
        return ChartStyle.chart("Learning curves", plot, true);
    }

    /**
     * The epoch at which {@code chart}, made by {@link #chart}, draws its kept-epoch marker, read
     * back from the plot; NaN when it draws none.
     */
    public static double markedEpoch(JFreeChart chart) {
        XYPlot top = ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().get(0);
        Collection<?> markers = top.getDomainMarkers(Layer.FOREGROUND); // raw, and null when none
        for (Object marker : markers == null ? List.of() : markers) {
            if (marker instanceof KeptEpochMarker kept) {
                return kept.getValue();
            }
        }
        return Double.NaN;
    }

    /** Training and (where measured) validation values of the column {@code key} against the epoch. */
    private static XYPlot subplot(History history, String key) {
        XYSeries training = new XYSeries("training");
        XYSeries validation = new XYSeries("validation");
        for (EpochMetrics epoch : history.epochs()) {
            training.add(epoch.epoch(), epoch.get(key));
            if (epoch.hasValidation()) {
                validation.add(epoch.epoch(), epoch.get("val_" + key));
            }
        }
        XYSeriesCollection series = new XYSeriesCollection(training);
        if (validation.getItemCount() > 0) {
            series.addSeries(validation);
        }
        NumberAxis axis = new NumberAxis(key);
        axis.setAutoRangeIncludesZero(false);
        return new XYPlot(series, null, axis, ChartStyle.lines(0, series.getSeriesCount()));
    }

    private static ValueMarker kept(int epoch, String label, int epochs) {
        return ChartStyle.dashed(new KeptEpochMarker(epoch), ChartStyle.color(2), label, 0, 2 * epoch < epochs);
    }

    private static ValueMarker stopped(int epoch, String label, int epochs) {
        return ChartStyle.dashed(new ValueMarker(epoch), Color.GRAY, label, 1, 2 * epoch < epochs);
    }

    /** The kept epoch's marker: a type of its own, so that {@link #markedEpoch} finds it. */
    private static final class KeptEpochMarker extends ValueMarker {
        KeptEpochMarker(int epoch) {
            super(epoch);
        }
    }
}
