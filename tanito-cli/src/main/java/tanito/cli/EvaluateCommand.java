package tanito.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code tanito evaluate}: loads a model file, reads a CSV that holds the model's feature and target
 * columns, and prints the metrics {@code train} prints for its parts ({@link MetricTable}): the loss
 * and accuracy for classification, the loss, mean squared error and RMSE for regression.
 */
@Command(name = "evaluate", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Evaluate a saved model on a CSV that holds its target column.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec command;
    @Mixin
    SavedModelFlags saved;

    @Override
    public Integer call() throws IOException {
        ModelData loaded = saved.load();
        if (!loaded.hasTargets()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s has no target column %s; evaluate compares the model's predictions with it (predict needs none)",
                    saved.data, loaded.model().targetNames()));
        }
        if (loaded.rows().rows() == 0) {
            throw new IllegalArgumentException(saved.data + " has no data rows to evaluate on");
        }
        PrintWriter out = command.commandLine().getOut();
        out.printf(Locale.ROOT, "model %s on %s: %d rows%n", saved.model, saved.data, loaded.rows().rows());
        MetricTable.print(out, Map.of("data", MetricTable.metrics(loaded.model(), loaded.rows())));
        return 0;
    }
}
