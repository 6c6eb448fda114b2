package tanito.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tanito.Version;
import tanito.data.CsvReader;
import tanito.data.Dataset;
import tanito.data.Datasets;
import tanito.data.ScalerSpec;
import tanito.data.Split;
import tanito.data.SplitSpec;
import tanito.data.Task;
import tanito.io.AtomicFiles;
import tanito.io.Json;
import tanito.io.ModelFile;
import tanito.linalg.MatMul;
import tanito.linalg.Rng;
import tanito.loss.Loss;
import tanito.metrics.Evaluation;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.optim.OptimizerSpec;
import tanito.optim.lbfgs.Lbfgs;
import tanito.regularize.Penalty;
import tanito.train.Callback;
import tanito.train.EarlyStopping;
import tanito.train.Model;
import tanito.train.Stop;
import tanito.train.Trainer;
import tanito.train.TrainerConfig;
import tanito.train.TrainingResult;

/**
 * {@code tanito train}: reads the data, splits it (stratified for classification), standardises on
 * the training part, trains a multi-layer perceptron with early stopping on the validation part, and
 * writes {@code model.tanito.json} and {@code metrics.json} under {@code --out}. With no arguments it
 * trains on the built-in iris data.
 */
@Command(name = "train", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Train a multi-layer perceptron and report its validation and test metrics.")
final class TrainCommand implements Callable<Integer> {
    /** The key of the split's random stream; the trainer's own streams use other keys. */
    private static final long SPLIT_STREAM = 0;

    @Spec
    CommandSpec command;

    @Option(names = "--data", defaultValue = "builtin:iris", paramLabel = "PATH|builtin:NAME",
            description = "CSV file with a header row, or builtin:iris, builtin:wine, builtin:digits (default: ${DEFAULT-VALUE})")
    String data;
    @Option(names = "--target", paramLabel = "COLUMN", description = "target column (default: the last column)")
    String target;
    @Option(names = "--features", split = ",", paramLabel = "COLUMN", description = "feature columns (default: all others)")
    List<String> features = List.of();
    @Option(names = "--task", defaultValue = "auto", paramLabel = "auto|classification|regression",
            description = "default: inferred from the target (${DEFAULT-VALUE})")
    String task;
    @Option(names = "--layers", split = ",", defaultValue = "64,32", paramLabel = "N", splitSynopsisLabel = ",",
            description = "hidden layer widths (default: ${DEFAULT-VALUE})")
    List<Integer> layers;
    @Option(names = "--activation", defaultValue = "relu",
            description = "sigmoid, tanh, relu, leaky_relu, elu, identity (default: ${DEFAULT-VALUE})")
    String activation;
    @Mixin
    OptimizerFlags optimizerFlags;
    @Option(names = "--batch-size", paramLabel = "N",
            description = "mini-batch size (default: 32; the whole training set for lbfgs)")
    Integer batchSize;
    @Option(names = "--epochs", defaultValue = "200", description = "maximum epochs (default: ${DEFAULT-VALUE})")
    int epochs;
    @Option(names = "--patience", defaultValue = "20",
            description = "early stopping: epochs without improvement before stopping (default: ${DEFAULT-VALUE})")
    int patience;
    @Option(names = "--min-delta", defaultValue = "0", description = "early stopping: smallest improvement that counts")
    double minDelta;
    @Option(names = "--monitor", defaultValue = "val_loss",
            description = "early stopping: val_loss, val_accuracy, loss, ... (default: ${DEFAULT-VALUE})")
    String monitor;
    @Mixin
    ScheduleFlags scheduleFlags;
    @Option(names = "--l1", defaultValue = "0", description = "L1 penalty on the weights (default: ${DEFAULT-VALUE})")
    double l1;
    @Option(names = "--l2", defaultValue = "0", description = "L2 penalty on the weights (default: ${DEFAULT-VALUE})")
    double l2;
    @Option(names = "--dropout", defaultValue = "0", description = "dropout rate after each hidden layer (default: ${DEFAULT-VALUE})")
    double dropout;
    @Option(names = "--split", defaultValue = "70/20/10", paramLabel = "TRAIN/VAL/TEST",
            description = "percentages, e.g. 50/30/20, 70/20/10, 80/15/5 (default: ${DEFAULT-VALUE})")
    String split;
    @Option(names = "--scale", defaultValue = "standard", paramLabel = "standard|none",
            description = "feature scaling fitted on the training part (default: ${DEFAULT-VALUE})")
    String scale;
    @Option(names = "--seed", defaultValue = "42", description = "drives the split, initialisation, shuffles and dropout")
    long seed;
    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: runs/train-DATE-TIME)")
    Path outputDirectory;
    @Option(names = {"-q", "--quiet"}, description = "print only the final metrics")
    boolean quiet;
    @Option(names = {"-v", "--verbose"}, description = "also print the GEMM backend and settings")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        if (verbose) {
            out.println("GEMM backend: " + MatMul.backend().description());
        }
        Dataset dataset = Datasets.load(data, new CsvReader.Options(',', target, features, task(task)));
        Split parts = SplitSpec.parse(split).apply(dataset, Rng.seeded(seed).split(SPLIT_STREAM));
        Dataset validation = parts.validation().rows() > 0 ? parts.validation() : null;
        NetworkSpec network = network(dataset);
        TrainerConfig config = config(dataset, parts.train().rows(), validation != null);
        describe(out, dataset, parts, network, config);

        Callback[] callbacks = quiet ? new Callback[0]
                : new Callback[] {new ProgressPrinter(out, dataset.isClassification() ? "accuracy" : "mse")};
        TrainingResult result = new Trainer(config, callbacks).fit(network, parts.train(), validation);
        if (result.stop().reason() == Stop.Reason.NON_FINITE_LOSS && result.weightsEpoch() == 0) {
            throw new IllegalArgumentException(result.stop().message().replace(
                    "kept the weights of the best epoch", "no epoch finished, so no model was written"));
        }
        Map<String, Map<String, Double>> metrics = evaluate(result.model(), parts);
        Path directory = outputDirectory == null ? defaultDirectory() : outputDirectory;
        write(directory, dataset, parts, network, config, result, metrics);
        report(out, result, metrics, directory);
        return 0;
    }

    private NetworkSpec network(Dataset dataset) {
        NetworkSpec.Builder builder = NetworkSpec.input(dataset.features().cols());
        Activation hidden = Activation.parse(activation);
        for (int width : layers) {
            builder.dense(width, hidden);
            if (dropout != 0) {
                builder.dropout(dropout);
            }
        }
        return builder.output(dataset.isClassification() ? dataset.classNames().size() : dataset.targets().cols());
    }

    private TrainerConfig config(Dataset dataset, int trainingRows, boolean validated) {
        Loss loss = dataset.isClassification() ? Loss.softmaxCrossEntropy() : Loss.meanSquaredError();
        EarlyStopping stopping = validated || !monitor.startsWith("val_")
                ? new EarlyStopping(monitor, patience, minDelta, true) : null;
        List<Penalty> penalties = new ArrayList<>();
        if (l1 != 0) {
            penalties.add(Penalty.l1(l1));
        }
        if (l2 != 0) {
            penalties.add(Penalty.l2(l2));
        }
        OptimizerSpec optimizer = optimizerFlags.spec();
        int batch = batchSize != null ? batchSize : optimizer instanceof Lbfgs ? trainingRows : 32;
        TrainerConfig config = TrainerConfig.of(loss, optimizer)
                .withPenalties(penalties.toArray(Penalty[]::new))
                .withBatchSize(batch).withEpochs(epochs).withEarlyStopping(stopping)
                .withScaler(ScalerSpec.named(scale)).withSeed(seed);
        return scheduleFlags.applyTo(config, (trainingRows + batch - 1) / batch);
    }

    private static Task task(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "auto": return Task.AUTO;
            case "classification": return Task.CLASSIFICATION;
            case "regression": return Task.REGRESSION;
            default: throw new IllegalArgumentException("unknown --task '" + name
                    + "'; choose auto, classification or regression");
        }
    }

    private void describe(PrintWriter out, Dataset dataset, Split parts, NetworkSpec network, TrainerConfig config) {
        if (quiet) {
            return;
        }
        out.printf(Locale.ROOT, "data %s: %d rows, %d features, %s%n", data, dataset.rows(), dataset.features().cols(),
                dataset.isClassification() ? dataset.classNames().size() + " classes " + dataset.classNames()
                        : "regression on " + dataset.targetNames());
        out.printf(Locale.ROOT, "split %s: %d train, %d validation, %d test; scaling '%s' fitted on the training part%n",
                split, parts.train().rows(), parts.validation().rows(), parts.test().rows(), scale);
        out.printf(Locale.ROOT, "network %s, %d parameters; %s%n", Describe.network(network), network.parameterCount(),
                Describe.training(config));
    }

    private Map<String, Map<String, Double>> evaluate(Model model, Split parts) {
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        metrics.put("train", RunSummary.metrics(model.evaluate(parts.train())));
        if (parts.validation().rows() > 0) {
            metrics.put("validation", RunSummary.metrics(model.evaluate(parts.validation())));
        }
        if (parts.test().rows() > 0) {
            metrics.put("test", RunSummary.metrics(model.evaluate(parts.test())));
        }
        return metrics;
    }

    private void write(Path directory, Dataset dataset, Split parts, NetworkSpec network, TrainerConfig config,
                       TrainingResult result, Map<String, Map<String, Double>> metrics) throws IOException {
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("train", parts.train().rows());
        rows.put("validation", parts.validation().rows());
        rows.put("test", parts.test().rows());
        RunSummary summary = new RunSummary(Version.TANITO, data, rows, dataset.featureNames(), dataset.classNames(),
                split, seed, network, config, result.bestEpoch(), result.weightsEpoch(), result.stop(),
                RunSummary.history(result.history()), metrics, MatMul.backend().description());
        ModelFile.save(result.model(), directory.resolve("model.tanito.json"));
        AtomicFiles.write(directory.resolve("metrics.json"), Json.mapper().writeValueAsBytes(summary));
    }

    private void report(PrintWriter out, TrainingResult result, Map<String, Map<String, Double>> metrics, Path directory) {
        if (result.stop().reason() == Stop.Reason.NON_FINITE_LOSS) {
            command.commandLine().getErr().println("tanito: warning: " + result.stop().message());
        } else if (!quiet) {
            out.println(result.stop().message());
        }
        out.printf(Locale.ROOT, "best epoch %d; the model keeps the weights of epoch %d%n",
                result.bestEpoch(), result.weightsEpoch());
        String metric = result.history().metric();
        out.printf(Locale.ROOT, "%-11s %10s %10s%n", "", "loss", metric);
        metrics.forEach((part, values) -> out.printf(Locale.ROOT, "%-11s %10s %10s%n", part,
                number(values.get("loss")), number(values.get(metric))));
        out.println("wrote " + directory.resolve("model.tanito.json") + " and " + directory.resolve("metrics.json"));
    }

    /** Four decimals, or scientific notation for values a fixed format would garble. */
    static String number(double value) {
        boolean extreme = Math.abs(value) >= 1e5 || (value != 0 && Math.abs(value) < 1e-4);
        return String.format(Locale.ROOT, extreme ? "%.3e" : "%.4f", value);
    }

    private static Path defaultDirectory() {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path directory = Path.of("runs", "train-" + stamp);
        for (int i = 2; Files.exists(directory); i++) {
            directory = Path.of("runs", "train-" + stamp + "-" + i);
        }
        return directory;
    }
}
