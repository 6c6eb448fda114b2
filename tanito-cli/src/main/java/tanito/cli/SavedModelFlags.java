package tanito.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The saved model and the data file of {@code predict}, {@code evaluate} and {@code whatif}. */
final class SavedModelFlags {
    @Option(names = "--model", required = true, paramLabel = "FILE",
            description = "a model file, e.g. runs/train-.../model.tanito.json")
    Path model;
    @Option(names = "--data", required = true, paramLabel = "CSV",
            description = "CSV with a header row holding the model's feature columns (and, to evaluate or probe, its target)")
    Path data;

    ModelData load() throws IOException {
        return ModelData.load(model, data);
    }
}
