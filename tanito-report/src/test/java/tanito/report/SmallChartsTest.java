package tanito.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The charts of one dataset each: predicted against true, optimisers, the elephant. */
class SmallChartsTest {

    @Test
    void predictedAgainstTrueSharesOneRangeAndDrawsTheIdentity() {
        JFreeChart chart = PredictedVsTrueChart.chart(new double[] {0, 10, 20}, new double[] {2, 9, 30}, "price");
        Range x = chart.getXYPlot().getDomainAxis().getRange();
        assertEquals(x, chart.getXYPlot().getRangeAxis().getRange());
        assertEquals(new Range(-1.5, 31.5), x);
        XYDataset identity = chart.getXYPlot().getDataset(1);
        for (int i = 0; i < identity.getItemCount(0); i++) {
            assertEquals(identity.getXValue(0, i), identity.getYValue(0, i));
        }
        assertEquals(9.0, chart.getXYPlot().getDataset(0).getYValue(0, 1));
        assertThrows(IllegalArgumentException.class,
                () -> PredictedVsTrueChart.chart(new double[] {1, 2}, new double[] {1}, "price"));
        assertThrows(IllegalArgumentException.class,
                () -> PredictedVsTrueChart.chart(new double[] {1}, new double[] {Double.NaN}, "price"));
    }

    @Test
    void optimisersGetALogLossAxisOnlyWhenEveryLossIsPositive() {
        Map<String, double[]> positive = new LinkedHashMap<>();
        positive.put("SGD", new double[] {2, 1, 0.5});
        positive.put("Adam", new double[] {2, 0.1, 0.01});
        JFreeChart chart = OptimiserComparisonChart.chart(positive, "t");
        assertInstanceOf(LogAxis.class, chart.getXYPlot().getRangeAxis());
        assertEquals("Adam", chart.getXYPlot().getDataset().getSeriesKey(1));
        assertEquals(0.01, chart.getXYPlot().getDataset().getYValue(1, 2));

        positive.put("Exact", new double[] {1, 0, 0});
        assertInstanceOf(NumberAxis.class, OptimiserComparisonChart.chart(positive, "t").getXYPlot().getRangeAxis());
    }

    @Test
    void aDivergedRunsLineEndsAtItsFirstNonFiniteLoss() {
        Map<String, double[]> runs = Map.of("SGD lr=10", new double[] {2, 50, Double.POSITIVE_INFINITY, Double.NaN, 3});
        XYDataset drawn = OptimiserComparisonChart.chart(runs, "t").getXYPlot().getDataset();
        assertEquals(2, drawn.getItemCount(0));
        assertEquals(2.0, drawn.getXValue(0, 1));
    }

    @Test
    void theElephantsYAxisSpansThePointsNotAWildFit() {
        ElephantChart.Sample training = new ElephantChart.Sample(new double[] {0, 1, 2}, new double[] {-1, 1, 3});
        ElephantChart.Sample validation = new ElephantChart.Sample(new double[] {0.5}, new double[] {0});
        ElephantChart.Fit wild = new ElephantChart.Fit("many parameters", new double[] {0, 0.5, 1, 1.5, 2},
                new double[] {-1, 400, 1, -400, 3});
        JFreeChart chart = ElephantChart.chart("t", training, validation, List.of(wild));
        // points from -1 to 3 (length 4), a quarter of the length on each side
        assertEquals(new Range(-2, 4), chart.getXYPlot().getRangeAxis().getRange());
        assertEquals("many parameters", chart.getXYPlot().getDataset(1).getSeriesKey(0));
        assertThrows(IllegalArgumentException.class, () -> new ElephantChart.Fit("f", new double[2], new double[3]));
    }
}
