package tanito.cli;

import java.util.ArrayList;
import java.util.List;
import tanito.data.Dataset;
import tanito.io.CsvWriter;
import tanito.linalg.Matrix;
import tanito.train.Model;

/**
 * A model's predictions for the rows of a data file, as the CSV table {@code tanito predict} writes:
 * the column {@code row} (the data row's number in the input, 1 for the first row after the header),
 * then for classification {@code predicted_<target>} (the most probable class's name, as
 * {@link Model#predictClasses} decides it) and one probability column {@code p_<class>} per class in
 * the model's class order (for a single sigmoid output: {@code 1 - p} and {@code p}); for regression
 * {@code predicted_<target>} per target column. Numbers are written so that they read back as the
 * same float32 ({@link CsvWriter#number}).
 */
final class Predictions {
    private Predictions() {}

    static CsvWriter table(Model model, Dataset rows) {
        Matrix outputs = model.predict(rows.features());
        boolean classification = !model.classNames().isEmpty();
        int[] classes = classification ? model.predictClasses(rows.features()) : null;
        CsvWriter csv = new CsvWriter(header(model));
        for (int r = 0; r < rows.rows(); r++) {
            List<String> fields = new ArrayList<>();
            fields.add(Integer.toString(r + 1));
            if (classification) {
                fields.add(model.classNames().get(classes[r]));
                for (float p : probabilities(outputs, r, model.classNames().size())) {
                    fields.add(CsvWriter.number(p));
                }
            } else {
                for (int t = 0; t < outputs.cols(); t++) {
                    fields.add(CsvWriter.number(outputs.get(r, t)));
                }
            }
            csv.row(fields);
        }
        return csv;
    }

    private static List<String> header(Model model) {
        List<String> header = new ArrayList<>(List.of("row"));
        if (model.classNames().isEmpty()) {
            model.targetNames().forEach(target -> header.add("predicted_" + target));
        } else {
            header.add("predicted_" + model.targetNames().get(0));
            model.classNames().forEach(name -> header.add("p_" + name));
        }
        return header;
    }

    /** Row {@code r}'s probability of each class: the softmax outputs, or 1 - p and p for one sigmoid output. */
    private static float[] probabilities(Matrix outputs, int r, int classes) {
        if (outputs.cols() == 1 && classes == 2) {
            float p = outputs.get(r, 0);
            return new float[] {1 - p, p};
        }
        float[] row = new float[outputs.cols()];
        for (int c = 0; c < row.length; c++) {
            row[c] = outputs.get(r, c);
        }
        return row;
    }
}
