package tanito.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tanito.data.Dataset;
import tanito.io.ModelFile;
import tanito.train.Model;

/**
 * A saved model and the rows of a CSV file read for it ({@link tanito.data.Schema#read}): its feature
 * columns by name and, when the file has the target column, the targets encoded by the model's class
 * names. Every problem (a missing or corrupt model file, a missing data file or column, a cell that is
 * not a number, an unknown class) is an {@link IllegalArgumentException} with one line naming it.
 */
record ModelData(Model model, Dataset rows) {

    static ModelData load(Path modelFile, Path dataFile) throws IOException {
        Model model = ModelFile.load(modelFile);
        if (!Files.exists(dataFile)) {
            throw new IllegalArgumentException("data file '" + dataFile + "' does not exist");
        }
        return new ModelData(model, model.schema().read(dataFile, ','));
    }

    /** Whether the file had the model's target columns. */
    boolean hasTargets() {
        return rows.targets().cols() > 0;
    }
}
