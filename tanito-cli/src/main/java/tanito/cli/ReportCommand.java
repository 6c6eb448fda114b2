package tanito.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tanito.io.Json;
import tanito.io.ModelFile;
import tanito.report.CurvesRecord;
import tanito.report.CurvesReport;
import tanito.report.CvRecord;
import tanito.report.CvReport;
import tanito.report.RunRecord;
import tanito.report.RunReport;
import tanito.report.SearchRecord;
import tanito.report.SearchReport;

/**
 * {@code tanito report DIR}: rebuilds {@code report.html} and its charts from the file a run saved in
 * DIR, without running again: a train run's {@code metrics.json} (with its model file, for the
 * decision boundary), or the {@code cv.json}, {@code curves.json} or {@code search.json} of the
 * other commands. When DIR holds several, the first in that order is the one reported.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rebuild report.html and the charts of a train, cv, curves or search run from its "
                + "metrics.json, cv.json, curves.json or search.json.")
final class ReportCommand implements Callable<Integer> {
    static final List<String> FILES = List.of("metrics.json", "cv.json", "curves.json", "search.json");

    @Spec
    CommandSpec command;
    @Parameters(paramLabel = "DIR", description = "the run's output directory (its --out)")
    Path directory;

    @Override
    public Integer call() throws IOException {
        Optional<String> found = FILES.stream().filter(name -> Files.isRegularFile(directory.resolve(name))).findFirst();
        String file = found.orElseThrow(() -> new IllegalArgumentException("no metrics.json, cv.json, curves.json "
                + "or search.json in " + directory + "; give the --out directory of a train, cv, curves or search run"));
        switch (file) {
            case "metrics.json" -> {
                Path modelFile = directory.resolve("model.tanito.json");
                RunReport.write(read(file, RunRecord.class, "a train run's"),
                        Files.isRegularFile(modelFile) ? ModelFile.load(modelFile) : null, directory);
            }
            case "cv.json" -> CvReport.write(read(file, CvRecord.class, "tanito cv's"), directory);
            case "curves.json" -> CurvesReport.write(read(file, CurvesRecord.class, "tanito curves'"), directory);
            default -> SearchReport.write(read(file, SearchRecord.class, "tanito search's"), directory);
        }
        command.commandLine().getOut().println("wrote " + directory.resolve("report.html"));
        return 0;
    }

    /** {@code directory/file} as a {@code type}; a file that is not one is one line naming it. */
    private <T> T read(String file, Class<T> type, String whose) throws IOException {
        Path path = directory.resolve(file);
        try {
            return Json.mapper().readValue(path.toFile(), type);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException(path + " is not " + whose + " " + file + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
    }
}
