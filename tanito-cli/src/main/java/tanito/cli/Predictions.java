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
 * the model's class order ({@link Model#predictProbabilities}); for regression
 * {@code predicted_<target>} per target column. Numbers are written so that they read back as the
 * same float32 ({@link CsvWriter#number}).
 */
final class Predictions {
    private Predictions() {}

    static CsvWriter table(Model model, Dataset rows) {
        boolean classification = !model.classNames().isEmpty();
        Matrix outputs = classification ? model.predictProbabilities(rows.features()) : model.predict(rows.features());
        int[] classes = classification ? model.predictClasses(rows.features()) : null;
        CsvWriter csv = new CsvWriter(header(model));
        for (int r = 0; r < rows.rows(); r++) {
            List<String> fields = new ArrayList<>();
            fields.add(Integer.toString(r + 1));
            if (classification) {
                fields.add(model.classNames().get(classes[r]));
            }
            for (int c = 0; c < outputs.cols(); c++) {
                fields.add(CsvWriter.number(outputs.get(r, c)));
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
}
