package tanito.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

import tanito.train.CurvePoint;

class BiasVarianceChartTest {

    @Test
    void aLearningCurveDrawsMeansAndOneStdBandsAgainstTrainingRows() {
        List<CurvePoint> curve = Examples.curve();
        IntervalXYDataset drawn = (IntervalXYDataset) BiasVarianceChart.learningCurve(curve).getXYPlot().getDataset();
        assertEquals(2, drawn.getSeriesCount());
        for (int i = 0; i < curve.size(); i++) {
            CurvePoint point = curve.get(i);
            assertEquals(point.trainingRows(), drawn.getXValue(0, i));
            assertEquals(point.meanTrainingError(), drawn.getYValue(0, i), 1e-12);
            assertEquals(point.meanTrainingError() - point.stdTrainingError(), drawn.getStartYValue(0, i), 1e-12);
            assertEquals(point.meanValidationError() + point.stdValidationError(), drawn.getEndYValue(1, i), 1e-12);
        }
    }

    @Test
    void aValidationCurveMarksTheBestValueOnALogAxis() {
        JFreeChart chart = BiasVarianceChart.validationCurve(Examples.curve(), "l2", true);
        assertInstanceOf(LogAxis.class, chart.getXYPlot().getDomainAxis());
        assertEquals("l2", chart.getXYPlot().getDomainAxis().getLabel());
        ValueMarker best = (ValueMarker) chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(1e-3, best.getValue(), 1e-15);
        assertEquals("best: l2 = 0.001", best.getLabel());
    }

    @Test
    void aLinearValidationCurveWhenNotAskedForLog() {
        JFreeChart chart = BiasVarianceChart.validationCurve(Examples.curve(), "l2", false);
        assertInstanceOf(NumberAxis.class, chart.getXYPlot().getDomainAxis());
    }

    @Test
    void aLogAxisNeedsPositiveValues() {
        List<CurvePoint> withZero = List.of(new CurvePoint(0, 10, 0.1, 0, 0.2, 0), new CurvePoint(1, 10, 0.1, 0, 0.2, 0));
        assertThrows(IllegalArgumentException.class, () -> BiasVarianceChart.validationCurve(withZero, "dropout", true));
        assertThrows(IllegalArgumentException.class, () -> BiasVarianceChart.learningCurve(List.of()));
    }
}
