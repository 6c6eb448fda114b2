package tanito.web.whatif;

import java.util.List;
import tanito.linalg.Matrix;
import tanito.train.Model;

/**
 * A model's predictions for raw rows as {@link Prediction}s: the class probabilities
 * ({@link Model#predictProbabilities}) and the class {@link Model#predictClasses} picks, or the value of
 * the one target.
 */
final class Predictions {
    private Predictions() {}

    /** One prediction per row of {@code raw}. */
    static Prediction[] of(Model model, Matrix raw) {
        Prediction[] predictions = new Prediction[raw.rows()];
        List<String> classNames = model.classNames();
        if (classNames.isEmpty()) {
            Matrix outputs = model.predict(raw);
            for (int r = 0; r < raw.rows(); r++) {
                predictions[r] = Prediction.ofValue(outputs.get(r, 0));
            }
            return predictions;
        }
        int[] classes = model.predictClasses(raw);
        Matrix probabilities = model.predictProbabilities(raw);
        for (int r = 0; r < raw.rows(); r++) {
            predictions[r] = Prediction.ofClass(classes[r], classNames.get(classes[r]), row(probabilities, r));
        }
        return predictions;
    }

    /** Each row's outputs as numbers to average: the class probabilities, or the value. */
    static double[][] outputs(Model model, Matrix raw) {
        Prediction[] predictions = of(model, raw);
        double[][] outputs = new double[predictions.length][];
        for (int r = 0; r < predictions.length; r++) {
            Prediction p = predictions[r];
            outputs[r] = p.value() != null ? new double[] {p.value()} : p.probabilities();
        }
        return outputs;
    }

    private static double[] row(Matrix m, int r) {
        double[] row = new double[m.cols()];
        for (int c = 0; c < row.length; c++) {
            row[c] = m.get(r, c);
        }
        return row;
    }
}
