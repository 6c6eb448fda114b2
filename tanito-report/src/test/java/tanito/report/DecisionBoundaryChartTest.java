package tanito.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.data.Range;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

import tanito.report.DecisionBoundaryChart.Points;

class DecisionBoundaryChartTest {
    private static final Range PLANE = new Range(-2, 2);

    @Test
    void eachRegionIsTintedInItsPredictedClassesColour() {
        JFreeChart chart = DecisionBoundaryChart.chart(Examples.wedges(), PLANE, PLANE, Examples.IRIS,
                Points.none(), Points.none());
        BufferedImage[] image = new BufferedImage[1];
        Rectangle2D area = Drawn.dataArea(chart, image);
        // x1 < 0 is class 0; right of it, x2 < 0 (the image's lower half) class 1 and x2 >= 0 class 2
        assertEquals(tint(0), Drawn.rgbAt(image[0], area, 0.2, 0.3));
        assertEquals(tint(0), Drawn.rgbAt(image[0], area, 0.4, 0.8));
        assertEquals(tint(1), Drawn.rgbAt(image[0], area, 0.8, 0.8));
        assertEquals(tint(2), Drawn.rgbAt(image[0], area, 0.7, 0.2));
    }

    @Test
    void theGridBecomesOneRunPerClassChangeInEachRow() {
        JFreeChart chart = DecisionBoundaryChart.chart(Examples.wedges(), PLANE, PLANE, Examples.IRIS,
                Points.none(), Points.none());
        IntervalXYDataset runs = (IntervalXYDataset) chart.getXYPlot().getDataset(0);
        // 120 rows: each a run of class 0 over the left half, then one of class 1 or 2 over the right
        assertEquals(120, runs.getItemCount(0));
        assertEquals(60, runs.getItemCount(1));
        assertEquals(60, runs.getItemCount(2));
        assertEquals(-2, runs.getStartXValue(0, 0), 1e-12);
        assertEquals(0, runs.getEndXValue(0, 0), 1e-12);
        assertEquals(0, runs.getStartXValue(2, 0), 1e-12);
        assertEquals(2, runs.getEndXValue(2, 0), 1e-12);
        assertEquals(4.0 / 120, runs.getEndYValue(2, 0) - runs.getStartYValue(2, 0), 1e-12);
    }

    @Test
    void trainingAndTestPointsAreDrawnByTrueClass() throws Exception {
        Points training = Examples.points(60, 0.3);
        JFreeChart chart = Examples.decisionBoundary();
        int drawn = 0;
        for (int c = 0; c < 3; c++) {
            drawn += chart.getXYPlot().getDataset(1).getItemCount(c);
        }
        assertEquals(training.labels().length, drawn);
        assertEquals(training.xy()[0][0], chart.getXYPlot().getDataset(1).getXValue(training.labels()[0], 0));
        List<String> texts = Drawn.texts(RenderedChart.of("regions", chart).svg());
        assertTrue(texts.containsAll(List.of("setosa", "versicolor", "virginica", "training", "test")), texts.toString());
    }

    @Test
    void aClassOutsideTheNamesIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> DecisionBoundaryChart.chart((a, b) -> java.util.Arrays.stream(a).mapToInt(x -> 3).toArray(), PLANE, PLANE,
                Examples.IRIS, Points.none(), Points.none()));
        Points mislabelled = new Points(new double[][] {{0, 0}}, new int[] {5});
        assertThrows(IllegalArgumentException.class, () -> DecisionBoundaryChart.chart(Examples.wedges(), PLANE, PLANE,
                Examples.IRIS, mislabelled, Points.none()));
    }

    @Test
    void thePaddedRangeWidensTheDataByATenthEachSide() {
        Points points = new Points(new double[][] {{0, 5}, {10, 6}}, new int[] {0, 1});
        assertEquals(new Range(-1, 11), DecisionBoundaryChart.paddedRange(0, points, Points.none()));
        assertEquals(new Range(4.9, 6.1), DecisionBoundaryChart.paddedRange(1, points));
    }

    private static int tint(int c) {
        return ClassRegions.tint(c).getRGB() & 0xFFFFFF;
    }
}
