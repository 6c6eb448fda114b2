package tanito.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.data.Range;

import tanito.metrics.ConfusionMatrix;
import tanito.metrics.EpochMetrics;
import tanito.metrics.History;
import tanito.train.CurvePoint;

/** One synthetic chart of every kind, with a text its SVG must contain. */
final class Examples {
    private Examples() {}

    record Example(String name, JFreeChart chart, String expectedText) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Example> all() {
        return List.of(
                new Example("learning-curves", LearningCurveChart.chart(history(30, true), 17, 27), "stopped: epoch 27"),
                new Example("learning-curve", BiasVarianceChart.learningCurve(curve()), "validation error"),
                new Example("validation-curve", BiasVarianceChart.validationCurve(curve(), "l2", true), "best: l2"),
                new Example("confusion-matrix", ConfusionMatrixChart.chart(confusion(), IRIS), "versicolor"),
                new Example("predicted-vs-true", predictedVsTrue(), "y = x (perfect)"),
                new Example("decision-boundary", decisionBoundary(), "virginica"),
                new Example("optimisers", optimisers(), "RMSProp"),
                new Example("elephant", elephant(), "many parameters"));
    }

    static final List<String> IRIS = List.of("setosa", "versicolor", "virginica");

    /** A run whose losses fall and whose validation loss turns up after epoch 17. */
    static History history(int epochs, boolean validation) {
        History history = History.empty("accuracy");
        for (int e = 1; e <= epochs; e++) {
            double loss = 1.0 / e + 0.05;
            double validationLoss = validation ? 1.0 / e + 0.1 + 0.002 * Math.max(0, e - 17) * (e - 17) : Double.NaN;
            double validationAccuracy = validation ? 0.9 - validationLoss / 4 : Double.NaN;
            history = history.plus(new EpochMetrics(e, loss, 1 - loss / 2, validationLoss, validationAccuracy));
        }
        return history;
    }

    /** A validation curve over l2 = 1e-5 .. 1e-1 whose lowest validation error is at 1e-3. */
    static List<CurvePoint> curve() {
        List<CurvePoint> points = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            double distance = Math.abs(i - 2);
            points.add(new CurvePoint(Math.pow(10, i - 5), 100 * (i + 1), 0.05 + 0.03 * i, 0.01,
                    0.12 + 0.04 * distance, 0.02 + 0.005 * i));
        }
        return points;
    }

    static JFreeChart confusionChart() {
        return ConfusionMatrixChart.chart(confusion(), IRIS);
    }

    static ConfusionMatrix confusion() {
        return new ConfusionMatrix(new long[][] {{50, 0, 0}, {0, 41, 9}, {0, 13, 37}});
    }

    static JFreeChart predictedVsTrue() {
        double[] truth = new double[200];
        double[] predicted = new double[200];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = 10 + i * 0.5;
            predicted[i] = truth[i] + 8 * Math.sin(i * 1.7);
        }
        return PredictedVsTrueChart.chart(truth, predicted, "price");
    }

    /** Three classes split by two lines through the origin. */
    static DecisionBoundaryChart.ClassAt wedges() {
        return (x1, x2) -> java.util.Arrays.stream(x1).mapToInt(x -> x < 0 ? 0 : x2 < 0 ? 1 : 2).toArray();
    }

    static JFreeChart decisionBoundary() {
        DecisionBoundaryChart.Points training = points(60, 0.3);
        DecisionBoundaryChart.Points test = points(20, 1.1);
        return DecisionBoundaryChart.chart(wedges(), new Range(-2, 2), new Range(-2, 2), IRIS, training, test);
    }

    /** {@code n} points on a spiral, labelled by {@link #wedges} (every fifth one wrongly). */
    static DecisionBoundaryChart.Points points(int n, double phase) {
        double[][] xy = new double[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            double radius = 0.2 + 1.7 * i / n;
            xy[i] = new double[] {radius * Math.cos(i + phase), radius * Math.sin(i + phase)};
            int c = wedges().classesAt(new double[] {xy[i][0]}, xy[i][1])[0];
            labels[i] = i % 5 == 0 ? (c + 1) % 3 : c;
        }
        return new DecisionBoundaryChart.Points(xy, labels);
    }

    static JFreeChart optimisers() {
        Map<String, double[]> losses = new LinkedHashMap<>();
        losses.put("SGD", decay(40, 0.05));
        losses.put("Adam", decay(40, 0.2));
        losses.put("RMSProp", decay(40, 0.15));
        return OptimiserComparisonChart.chart(losses, "Optimisers on the same net");
    }

    static double[] decay(int epochs, double rate) {
        double[] loss = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            loss[e] = 2.3 * Math.exp(-rate * e) + 0.01;
        }
        return loss;
    }

    static JFreeChart elephant() {
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7};
        double[] y = {0.1, 0.9, 0.8, 0.2, -0.7, -1.0, -0.3, 0.6};
        ElephantChart.Sample training = new ElephantChart.Sample(x, y);
        ElephantChart.Sample validation = new ElephantChart.Sample(new double[] {0.5, 2.5, 4.5, 6.5},
                new double[] {0.5, 0.6, -0.9, 0.2});
        return ElephantChart.chart("Fitting an elephant", training, validation, List.of(
                fit("4 parameters", x2 -> Math.sin(x2)),
                fit("many parameters", x2 -> Math.sin(x2) + 40 * Math.sin(3.1 * Math.PI * x2))));
    }

    static ElephantChart.Fit fit(String label, java.util.function.DoubleUnaryOperator f) {
        double[] x = new double[141];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * 0.05;
            y[i] = f.applyAsDouble(x[i]);
        }
        return new ElephantChart.Fit(label, x, y);
    }
}
