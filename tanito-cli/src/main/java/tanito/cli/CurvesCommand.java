package tanito.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tanito.Version;
import tanito.data.Dataset;
import tanito.data.FoldSpec;
import tanito.data.Preprocessing;
import tanito.io.AtomicFiles;
import tanito.io.Json;
import tanito.report.CurvesRecord;
import tanito.report.CurvesReport;
import tanito.report.Format;
import tanito.train.CurvePoint;
import tanito.train.Curves;

/**
 * {@code tanito curves learning|validation}: the bias-variance pictures as numbers. Each point is a
 * K-fold cross-validation; the table gives training and validation error (error rate, or the
 * fraction of variance unexplained for regression) with the verdict of each point; {@code curves.json}
 * holds them, and {@code report.html} draws them.
 */
@Command(name = "curves", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Learning curve (error against training-set size) or validation curve (error against one "
                + "hyper-parameter), each point cross-validated, with a bias-variance verdict.")
final class CurvesCommand implements Callable<Integer> {
    static final String PARAMS = "units, l1, l2, dropout, epochs, lr";

    @Spec
    CommandSpec command;
    @Parameters(index = "0", paramLabel = "learning|validation", description = "which curve")
    String kind;
    @Mixin
    ConfigFlags configFlags;
    @Mixin
    DataFlags dataFlags;
    @Mixin
    ModelFlags modelFlags;
    @Option(names = "--sizes", split = ",", defaultValue = "0.1,0.25,0.5,0.75,1",
            description = "learning curve: shares of each fold's training rows (default: ${DEFAULT-VALUE})")
    List<Double> sizes;
    @Option(names = "--param", description = "validation curve: the hyper-parameter, one of " + PARAMS)
    String param;
    @Option(names = "--values", split = ",", description = "validation curve: the values to try")
    List<Double> values;
    @Option(names = "--folds", defaultValue = "3", description = "folds per point (default: ${DEFAULT-VALUE})")
    int folds;
    @Mixin
    FoldRunFlags runFlags;
    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: runs/curves-DATE-TIME)")
    Path outputDirectory;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        Dataset dataset = dataFlags.load();
        FoldSpec spec = dataset.isClassification() ? FoldSpec.stratified(folds) : FoldSpec.kFold(folds);
        Curves curves = new Curves(spec, runFlags.validationFraction, runFlags.workers());
        Preprocessing preprocessing = dataFlags.preprocessing();
        int rows = runFlags.trainingRows(dataset.rows(), folds);
        List<CurvePoint> points;
        String x;
        switch (kind) {
            case "learning":
                require(param == null && values == null, "--param and --values are for the validation curve");
                points = curves.learning(dataset, setup(dataset, preprocessing, rows),
                        sizes.stream().mapToDouble(Double::doubleValue).toArray());
                x = "training rows";
                break;
            case "validation":
                require(param != null && values != null && !values.isEmpty(),
                        "the validation curve needs --param (" + PARAMS + ") and --values");
                double[] grid = values.stream().mapToDouble(Double::doubleValue).toArray();
                setter(param); // fails early on an unknown name
                points = curves.validation(dataset, grid, value -> {
                    setter(param).accept(value);
                    return setup(dataset, preprocessing, rows);
                });
                x = param;
                break;
            default:
                throw new IllegalArgumentException("unknown curve '" + kind + "'; choose learning or validation");
        }
        out.println(dataFlags.describe(dataset));
        out.printf(Locale.ROOT, "%-14s %22s %22s  %s%n", x, "training error", "validation error", "verdict");
        List<String> verdicts = new ArrayList<>();
        for (CurvePoint p : points) {
            verdicts.add(p.verdict().kind().words());
            out.printf(Locale.ROOT, "%-14s %13.4f ± %.4f %13.4f ± %.4f  %s%n", Format.value(p.x()),
                    p.meanTrainingError(), p.stdTrainingError(), p.meanValidationError(), p.stdValidationError(),
                    p.verdict().kind().words());
        }
        out.println("best: " + x + " " + Format.value(CurvePoint.best(points).x()) + "; "
                + CurvePoint.best(points).verdict().describe());
        Path directory = outputDirectory == null ? Runs.defaultDirectory("curves") : outputDirectory;
        CurvesRecord record = new CurvesRecord(Version.TANITO, dataFlags.data, kind, param, points, verdicts);
        AtomicFiles.write(directory.resolve("curves.json"), Json.mapper().writeValueAsBytes(record));
        runFlags.report(out, directory.resolve("curves.json"), () -> CurvesReport.write(record, directory));
        return 0;
    }

    private Curves.Setup setup(Dataset dataset, Preprocessing preprocessing, int rows) {
        return new Curves.Setup(modelFlags.network(dataset), modelFlags.config(dataset, preprocessing, rows, true));
    }

    /** Sets one of the model flags to a curve's value. */
    private java.util.function.DoubleConsumer setter(String name) {
        switch (name) {
            case "units": return v -> modelFlags.layers = modelFlags.layers.stream().map(w -> (int) v).toList();
            case "l1": return v -> modelFlags.l1 = v;
            case "l2": return v -> modelFlags.l2 = v;
            case "dropout": return v -> modelFlags.dropout = v;
            case "epochs": return v -> modelFlags.epochs = (int) v;
            case "lr": return v -> modelFlags.optimizerFlags.learningRate = v;
            default: throw new IllegalArgumentException("unknown --param '" + name + "'; choose one of " + PARAMS);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
