package tanito.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import tanito.metrics.ConfusionMatrix;

class ConfusionMatrixChartTest {

    @Test
    void theSvgWritesEveryCellsCount() throws Exception {
        ConfusionMatrix matrix = Examples.confusion();
        List<String> texts = Drawn.texts(RenderedChart.of("confusion", ConfusionMatrixChart.chart(matrix, Examples.IRIS)).svg());
        for (long[] row : matrix.counts()) {
            for (long count : row) {
                long cells = Arrays.stream(matrix.counts()).flatMapToLong(Arrays::stream)
                        .filter(c -> c == count).count();
                long written = texts.stream().filter(t -> t.equals(Long.toString(count))).count();
                assertEquals(cells, written, "cells holding " + count + " in " + texts);
            }
        }
        assertTrue(texts.containsAll(Examples.IRIS), texts.toString());
    }

    @Test
    void cellsAreShadedByTheirShareOfTheTrueClassFirstClassOnTop() {
        // rows of 50, 50 and 50: the first row all correct, the third 13 of 50 predicted as the second
        JFreeChart chart = ConfusionMatrixChart.chart(Examples.confusion(), Examples.IRIS);
        BufferedImage[] image = new BufferedImage[1];
        Rectangle2D area = Drawn.dataArea(chart, image);
        Color blue = ChartStyle.color(0);
        assertEquals(blue.getRGB() & 0xFFFFFF, cell(image[0], area, 3, 0, 0));
        assertEquals(0xFFFFFF, cell(image[0], area, 3, 0, 1));
        assertEquals(ChartStyle.light(blue, 1 - 13 / 50.0).getRGB() & 0xFFFFFF, cell(image[0], area, 3, 2, 1));
        assertEquals(ChartStyle.light(blue, 1 - 37 / 50.0).getRGB() & 0xFFFFFF, cell(image[0], area, 3, 2, 2));
    }

    @Test
    void anEmptyTrueClassIsWhiteNotAnError() {
        ConfusionMatrix matrix = new ConfusionMatrix(new long[][] {{3, 1}, {0, 0}});
        BufferedImage[] image = new BufferedImage[1];
        Rectangle2D area = Drawn.dataArea(ConfusionMatrixChart.chart(matrix, List.of("a", "b")), image);
        assertEquals(0xFFFFFF, cell(image[0], area, 2, 1, 0));
        assertEquals(0xFFFFFF, cell(image[0], area, 2, 1, 1));
    }

    @Test
    void theClassNamesMustMatchTheMatrix() {
        assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrixChart.chart(Examples.confusion(), List.of("setosa", "versicolor")));
    }

    /** The colour a quarter into the cell, clear of the count written at its centre. */
    private static int cell(BufferedImage image, Rectangle2D area, int classes, int truth, int predicted) {
        return Drawn.rgbAt(image, area, (predicted + 0.25) / classes, (truth + 0.25) / classes);
    }
}
