package tanito.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import tanito.metrics.History;

class LearningCurveChartTest {

    @Test
    void theDrawnMarkerIsTheKeptEpoch() throws Exception {
        JFreeChart chart = LearningCurveChart.chart(Examples.history(30, true), 17, 27);
        assertEquals(17.0, LearningCurveChart.markedEpoch(chart));
        List<String> texts = Drawn.texts(RenderedChart.of("curves", chart).svg());
        assertTrue(texts.contains("restored: epoch 17"), texts.toString());
        assertTrue(texts.contains("stopped: epoch 27"), texts.toString());
    }

    @Test
    void theLastEpochKeptIsLabelledBestAndNoStopIsDrawnWhenNotStopped() throws Exception {
        JFreeChart chart = LearningCurveChart.chart(Examples.history(30, true), 30, 0);
        assertEquals(30.0, LearningCurveChart.markedEpoch(chart));
        List<String> texts = Drawn.texts(RenderedChart.of("curves", chart).svg());
        assertTrue(texts.contains("best: epoch 30"), texts.toString());
        assertFalse(texts.stream().anyMatch(t -> t.startsWith("stopped") || t.startsWith("restored")), texts.toString());
    }

    @Test
    void noKeptEpochDrawsNoMarker() {
        assertEquals(Double.NaN, LearningCurveChart.markedEpoch(LearningCurveChart.chart(Examples.history(5, true), 0, 0)));
    }

    @Test
    void thePlotsDrawTheHistorysColumns() {
        History history = Examples.history(30, true);
        List<XYPlot> plots = subplots(LearningCurveChart.chart(history, 17, 27));
        assertArrayEquals(history.values("loss"), ys(plots.get(0).getDataset(), 0));
        assertArrayEquals(history.values("val_loss"), ys(plots.get(0).getDataset(), 1));
        assertArrayEquals(history.values("accuracy"), ys(plots.get(1).getDataset(), 0));
        assertArrayEquals(history.values("val_accuracy"), ys(plots.get(1).getDataset(), 1));
        assertEquals("accuracy", plots.get(1).getRangeAxis().getLabel());
    }

    @Test
    void withoutValidationOnlyTrainingIsDrawn() {
        List<XYPlot> plots = subplots(LearningCurveChart.chart(Examples.history(12, false), 12, 0));
        assertEquals(1, plots.get(0).getDataset().getSeriesCount());
        assertEquals(1, plots.get(1).getDataset().getSeriesCount());
    }

    @Test
    void epochsOutsideTheRunAreRejected() {
        History history = Examples.history(30, true);
        assertThrows(IllegalArgumentException.class, () -> LearningCurveChart.chart(history, 31, 0));
        assertThrows(IllegalArgumentException.class, () -> LearningCurveChart.chart(history, 17, -1));
        assertThrows(IllegalArgumentException.class, () -> LearningCurveChart.chart(History.empty("mse"), 0, 0));
    }

    private static List<XYPlot> subplots(JFreeChart chart) {
        return ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots();
    }

    private static double[] ys(XYDataset dataset, int series) {
        double[] y = new double[dataset.getItemCount(series)];
        for (int i = 0; i < y.length; i++) {
            y[i] = dataset.getYValue(series, i);
        }
        return y;
    }
}
