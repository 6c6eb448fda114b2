package tanito.report;

import static tanito.Require.require;

import java.awt.Color;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import tanito.train.CurvePoint;

/**
 * Bias and variance at a glance: the mean training and validation error over the folds, each with a
 * shaded band of plus or minus one standard deviation, against the training-set size (a learning
 * curve) or a hyper-parameter's value (a validation curve). A wide gap between the curves is
 * variance (overfitting); both high and close together is bias (underfitting).
 */
public final class BiasVarianceChart {
    private BiasVarianceChart() {}

    /** Training and validation error against the number of training rows. */
    public static JFreeChart learningCurve(List<CurvePoint> points) {
        NumberAxis rows = new NumberAxis("training rows");
        rows.setAutoRangeIncludesZero(false);
        rows.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return ChartStyle.chart("Learning curve", plot(points, CurvePoint::trainingRows, rows), true);
    }

    /**
     * Training and validation error against the value of the hyper-parameter {@code parameterName},
     * on a logarithmic axis when {@code logScale} (every value must then be positive), with a dashed
     * line at the value of lowest validation error.
     */
    public static JFreeChart validationCurve(List<CurvePoint> points, String parameterName, boolean logScale) {
        require(!logScale || points.stream().allMatch(p -> p.x() > 0),
                "a log-scale axis needs every %s > 0", parameterName);
        ValueAxis axis;
        if (logScale) {
            DoubleSummaryStatistics x = points.stream().mapToDouble(CurvePoint::x).summaryStatistics();
            axis = ChartStyle.logAxis(parameterName, x.getMin(), x.getMax());
        } else {
            NumberAxis linear = new NumberAxis(parameterName);
            linear.setAutoRangeIncludesZero(false);
            axis = linear;
        }
        XYPlot plot = plot(points, CurvePoint::x, axis);
        CurvePoint best = CurvePoint.best(points);
        plot.addDomainMarker(ChartStyle.dashed(new ValueMarker(best.x()), Color.GRAY,
                "best: " + parameterName + " = " + Format.significant(best.x()), 0, 2 * points.indexOf(best) < points.size()));
        return ChartStyle.chart("Validation curve", plot, true);
    }

    private static XYPlot plot(List<CurvePoint> points, ToDoubleFunction<CurvePoint> x, ValueAxis xAxis) {
        require(!points.isEmpty(), "a curve needs at least one point");
        YIntervalSeries training = new YIntervalSeries("training error");
        YIntervalSeries validation = new YIntervalSeries("validation error");
        for (CurvePoint point : points) {
            band(training, x.applyAsDouble(point), point.meanTrainingError(), point.stdTrainingError());
            band(validation, x.applyAsDouble(point), point.meanValidationError(), point.stdValidationError());
        }
        YIntervalSeriesCollection series = new YIntervalSeriesCollection();
        series.addSeries(training);
        series.addSeries(validation);
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(0.2f);
        for (int i = 0; i < 2; i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(i));
            renderer.setSeriesFillPaint(i, ChartStyle.color(i));
            renderer.setSeriesStroke(i, ChartStyle.LINE);
        }
        NumberAxis error = new NumberAxis("error");
        error.setAutoRangeIncludesZero(false);
        return new XYPlot(series, xAxis, error, renderer);
    }

    private static void band(YIntervalSeries series, double x, double mean, double std) {
        series.add(x, mean, mean - std, mean + std);
    }
}
