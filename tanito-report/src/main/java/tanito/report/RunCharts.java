package tanito.report;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import tanito.linalg.Matrix;
import tanito.metrics.History;
import tanito.train.Model;
import tanito.train.Stop;

/**
 * The charts of one training run, chosen from what the run holds: always the learning curves; for
 * classification the confusion matrix of the last split that has rows (test, else validation, else
 * train); for regression predicted against true; for two features and a model, the decision
 * boundary with the training and test points.
 */
public final class RunCharts {
    static final int WIDTH = 720;
    static final int HEIGHT = 400;

    private RunCharts() {}

    /** The figures of {@code record}; {@code model} may be null (no decision boundary then). */
    public static List<Figure> of(RunRecord record, Model model) {
        List<Figure> figures = new ArrayList<>();
        History history = record.toHistory();
        int stopped = record.stop().reason() == Stop.Reason.EARLY_STOPPED ? record.stop().epoch() : 0;
        figures.add(new Figure("Learning curves",
                "Loss and " + history.metric() + " per epoch on the training and validation rows; the marked "
                        + "epoch is the one whose weights the model keeps.",
                RenderedChart.of("learning-curves",
                        LearningCurveChart.chart(history, record.weightsEpoch(), stopped), WIDTH, 2 * HEIGHT)));
        String last = lastPart(record);
        PartDetail detail = record.parts().get(last);
        if (record.isClassification()) {
            figures.add(new Figure("Confusion matrix (" + last + ")",
                    "Rows are the true classes, columns the predicted ones; the diagonal holds the correct answers.",
                    RenderedChart.of("confusion-matrix",
                            ConfusionMatrixChart.chart(detail.confusion(), record.classes()), WIDTH, WIDTH * 3 / 4)));
        } else {
            figures.add(new Figure("Predicted against true (" + last + ")",
                    "Each point is a row; on the diagonal the prediction is exact.",
                    RenderedChart.of("predicted-vs-true",
                            PredictedVsTrueChart.chart(detail.sample().truth(), detail.sample().predicted(), "target"), WIDTH, HEIGHT)));
        }
        PartDetail train = record.parts().get("train");
        if (model != null && record.isClassification() && train.sample().features() != null
                && points(train).xy().length > 0) {
            figures.add(new Figure("Decision boundary",
                    "The class the model predicts at each point of the plane, with the training rows (dots) and the "
                            + last + " rows (crosses).",
                    RenderedChart.of("decision-boundary", boundary(record, model, train, detail), WIDTH, WIDTH * 3 / 4)));
        }
        return figures;
    }

    private static JFreeChart boundary(RunRecord record, Model model, PartDetail train, PartDetail shown) {
        DecisionBoundaryChart.Points training = points(train);
        DecisionBoundaryChart.Points other = points(shown);
        return DecisionBoundaryChart.chart((x1, x2) -> model.predictClasses(row(x1, x2)),
                DecisionBoundaryChart.paddedRange(0, training, other), DecisionBoundaryChart.paddedRange(1, training, other),
                record.classes(), training, other);
    }

    /** The raw feature rows (x1[i], x2). */
    private static Matrix row(double[] x1, double x2) {
        Matrix rows = Matrix.zeros(x1.length, 2);
        for (int i = 0; i < x1.length; i++) {
            rows.set(i, 0, (float) x1[i]);
            rows.set(i, 1, (float) x2);
        }
        return rows;
    }

    /** The part's sampled rows with their true classes; rows with a missing value (imputed by the model) are left out. */
    private static DecisionBoundaryChart.Points points(PartDetail part) {
        List<double[]> xy = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        double[][] features = part.sample().features();
        for (int i = 0; i < features.length; i++) {
            if (Double.isFinite(features[i][0]) && Double.isFinite(features[i][1])) {
                xy.add(features[i]);
                labels.add((int) part.sample().truth()[i]);
            }
        }
        return new DecisionBoundaryChart.Points(xy.toArray(new double[0][]), labels.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The last split with rows, in the order train, validation, test. */
    static String lastPart(RunRecord record) {
        String last = "train";
        for (String part : List.of("validation", "test")) {
            if (record.parts().containsKey(part)) {
                last = part;
            }
        }
        return last;
    }
}
