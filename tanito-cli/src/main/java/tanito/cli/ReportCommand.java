package tanito.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tanito.io.Json;
import tanito.io.ModelFile;
import tanito.report.RunRecord;
import tanito.report.RunReport;
import tanito.train.Model;

/**
 * {@code tanito report DIR}: rebuilds {@code report.html} and its charts from a run's saved
 * {@code metrics.json} (and its model file, for the decision boundary), without training again.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rebuild report.html and the charts of a train run from its metrics.json.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec command;
    @Parameters(paramLabel = "DIR", description = "the run's output directory (its --out)")
    Path directory;

    @Override
    public Integer call() throws IOException {
        Path metrics = directory.resolve("metrics.json");
        if (!Files.isRegularFile(metrics)) {
            throw new IllegalArgumentException("no metrics.json in " + directory + "; give the --out directory of a train run");
        }
        RunRecord record;
        try {
            record = Json.mapper().readValue(metrics.toFile(), RunRecord.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException(metrics + " is not a train run's metrics.json: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        Path modelFile = directory.resolve("model.tanito.json");
        Model model = Files.isRegularFile(modelFile) ? ModelFile.load(modelFile) : null;
        RunReport.write(record, model, directory);
        command.commandLine().getOut().println("wrote " + directory.resolve("report.html"));
        return 0;
    }
}
