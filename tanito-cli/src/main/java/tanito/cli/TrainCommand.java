package tanito.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tanito.Version;
import tanito.data.Dataset;
import tanito.data.Split;
import tanito.data.SplitSpec;
import tanito.io.AtomicFiles;
import tanito.io.Json;
import tanito.io.ModelFile;
import tanito.linalg.MatMul;
import tanito.linalg.Rng;
import tanito.nn.NetworkSpec;
import tanito.report.Describe;
import tanito.report.PartDetail;
import tanito.report.RunRecord;
import tanito.report.RunReport;
import tanito.report.TrainingProgress;
import tanito.train.Callback;
import tanito.train.Model;
import tanito.train.Stop;
import tanito.train.Trainer;
import tanito.train.TrainerConfig;
import tanito.train.TrainingResult;
import tanito.train.Verdict;

/**
 * {@code tanito train}: reads the data, splits it (stratified for classification), standardises on
 * the training part, trains a multi-layer perceptron with early stopping on the validation part, and
 * writes {@code model.tanito.json} and {@code metrics.json} under {@code --out}. With no arguments it
 * trains on the built-in iris data.
 */
@Command(name = "train", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Train a multi-layer perceptron and report its validation and test metrics.")
class TrainCommand implements Callable<Integer> {
    /** The key of the split's random stream; the trainer's own streams use other keys. */
    private static final long SPLIT_STREAM = 0;

    @Spec
    CommandSpec command;

    @Mixin
    ConfigFlags configFlags;
    @Mixin
    DataFlags dataFlags;
    @Mixin
    ModelFlags modelFlags;
    @Option(names = "--split", defaultValue = "70/20/10", paramLabel = "TRAIN/VAL/TEST",
            description = "percentages, e.g. 50/30/20, 70/20/10, 80/15/5 (default: ${DEFAULT-VALUE})")
    String split;
    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: runs/train-DATE-TIME)")
    Path outputDirectory;
    @Option(names = {"-q", "--quiet"}, description = "print only the final metrics")
    boolean quiet;
    @Option(names = "--no-report", description = "skip report.html and the charts")
    boolean noReport;
    @Option(names = {"-v", "--verbose"}, description = "also print the GEMM backend and settings")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        if (verbose) {
            out.println("GEMM backend: " + MatMul.backend().description());
        }
        Dataset dataset = dataFlags.load();
        Split parts = SplitSpec.parse(split).apply(dataset, Rng.seeded(modelFlags.seed).split(SPLIT_STREAM));
        Dataset validation = parts.validation().rows() > 0 ? parts.validation() : null;
        NetworkSpec network = modelFlags.network(dataset);
        TrainerConfig config = modelFlags.config(dataset, dataFlags.preprocessing(), parts.train().rows(), validation != null);
        describe(out, dataset, parts, network, config);

        Screen screen = Screen.of(command);
        Callback[] callbacks = quiet ? new Callback[0] : new Callback[] {new TrainingProgress(screen.out(),
                dataset.isClassification() ? "accuracy" : "mse", screen.terminal())};
        TrainingResult result = fit(config, callbacks, network, parts.train(), validation);
        if (result.stop().reason() == Stop.Reason.NON_FINITE_LOSS && result.weightsEpoch() == 0) {
            throw new IllegalArgumentException(result.stop().message().replace(
                    "kept the weights of the best epoch", "no epoch finished, so no model was written"));
        }
        Map<String, Map<String, Double>> metrics = evaluate(result.model(), parts);
        Path directory = outputDirectory == null ? Runs.defaultDirectory("train") : outputDirectory;
        write(directory, dataset, parts, network, config, result, metrics);
        report(out, result, metrics, directory);
        return 0;
    }

    /** Trains the network on this machine; {@code tanito spark train} trains it on a Spark cluster instead. */
    TrainingResult fit(TrainerConfig config, Callback[] callbacks, NetworkSpec network, Dataset train,
                       Dataset validation) {
        return new Trainer(config, callbacks).fit(network, train, validation);
    }

    private void describe(PrintWriter out, Dataset dataset, Split parts, NetworkSpec network, TrainerConfig config) {
        if (quiet) {
            return;
        }
        out.println(dataFlags.describe(dataset));
        out.printf(Locale.ROOT, "split %s: %d train, %d validation, %d test; %s%n", split, parts.train().rows(),
                parts.validation().rows(), parts.test().rows(), dataFlags.describePreprocessing());
        out.printf(Locale.ROOT, "network %s, %d parameters; %s%n", Describe.network(network), network.parameterCount(),
                Describe.training(config));
    }

    private Map<String, Map<String, Double>> evaluate(Model model, Split parts) {
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        metrics.put("train", MetricTable.metrics(model, parts.train()));
        if (parts.validation().rows() > 0) {
            metrics.put("validation", MetricTable.metrics(model, parts.validation()));
        }
        if (parts.test().rows() > 0) {
            metrics.put("test", MetricTable.metrics(model, parts.test()));
        }
        return metrics;
    }

    private void write(Path directory, Dataset dataset, Split parts, NetworkSpec network, TrainerConfig config,
                       TrainingResult result, Map<String, Map<String, Double>> metrics) throws IOException {
        Map<String, Integer> rows = new LinkedHashMap<>();
        Map<String, PartDetail> details = new LinkedHashMap<>();
        Map<String, Dataset> named = new LinkedHashMap<>();
        named.put("train", parts.train());
        named.put("validation", parts.validation());
        named.put("test", parts.test());
        named.forEach((name, part) -> {
            rows.put(name, part.rows());
            if (part.rows() > 0) {
                details.put(name, PartDetail.of(result.model(), part));
            }
        });
        Verdict verdict = details.containsKey("validation")
                ? Verdict.of(details.get("train").error(), details.get("validation").error()) : null;
        RunRecord record = new RunRecord(Version.TANITO, dataFlags.data, rows, dataset.featureNames(),
                dataset.classNames(), split, modelFlags.seed, network, config, result.bestEpoch(), result.weightsEpoch(),
                result.stop(), RunRecord.rows(result.history()), metrics, MatMul.backend().description(),
                result.model().preprocessing(), details, verdict);
        ModelFile.save(result.model(), directory.resolve("model.tanito.json"));
        AtomicFiles.write(directory.resolve("metrics.json"), Json.mapper().writeValueAsBytes(record));
        if (!noReport) {
            long start = System.nanoTime();
            RunReport.write(record, result.model(), directory);
            if (verbose) {
                command.commandLine().getOut().printf(Locale.ROOT, "report.html and its charts in %.0f ms%n",
                        (System.nanoTime() - start) / 1e6);
            }
        }
    }

    private void report(PrintWriter out, TrainingResult result, Map<String, Map<String, Double>> metrics, Path directory) {
        if (result.stop().reason() == Stop.Reason.NON_FINITE_LOSS) {
            command.commandLine().getErr().println("tanito: warning: " + result.stop().message());
        } else if (!quiet) {
            out.println(result.stop().message());
        }
        out.printf(Locale.ROOT, "best epoch %d; the model keeps the weights of epoch %d%n",
                result.bestEpoch(), result.weightsEpoch());
        MetricTable.print(out, metrics);
        out.println("wrote " + directory.resolve("model.tanito.json") + ", " + directory.resolve("metrics.json")
                + (noReport ? "" : " and " + directory.resolve("report.html")));
    }
}
