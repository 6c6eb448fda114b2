package tanito.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tanito.io.AtomicFiles;
import tanito.io.CsvWriter;

/**
 * {@code tanito predict}: loads a model file, reads a CSV's feature columns by the model's names (in
 * any order, among other columns; the target column may be there or not) and writes the
 * {@link Predictions} table to {@code --out} (whole or not at all) or to standard output.
 */
@Command(name = "predict", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Predict with a saved model: one CSV row of predictions per data row.")
final class PredictCommand implements Callable<Integer> {
    @Spec
    CommandSpec command;
    @Mixin
    SavedModelFlags saved;
    @Option(names = "--out", paramLabel = "FILE", description = "where to write the predictions (default: standard output)")
    Path out;

    @Override
    public Integer call() throws IOException {
        ModelData loaded = saved.load();
        CsvWriter table = Predictions.table(loaded.model(), loaded.rows());
        if (out == null) {
            PrintWriter printer = command.commandLine().getOut();
            printer.print(table.text());
            printer.flush();
        } else {
            AtomicFiles.write(out, table.bytes());
        }
        return 0;
    }
}
