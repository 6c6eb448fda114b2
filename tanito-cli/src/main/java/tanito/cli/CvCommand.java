package tanito.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tanito.Version;
import tanito.data.Dataset;
import tanito.data.FoldSpec;
import tanito.io.AtomicFiles;
import tanito.io.Json;
import tanito.nn.NetworkSpec;
import tanito.report.CvRecord;
import tanito.report.CvReport;
import tanito.report.Describe;
import tanito.report.Format;
import tanito.train.CrossValidation;
import tanito.train.CrossValidationResult;
import tanito.train.FoldScore;
import tanito.train.TrainerConfig;

/**
 * {@code tanito cv}: K-fold cross-validation of the whole pipeline (scaler and network fitted inside
 * each fold from its training rows only), stratified for classification, optionally repeated;
 * prints each fold and the mean ± standard deviation, and writes {@code cv.json} and its report under
 * {@code --out}.
 */
@Command(name = "cv", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Cross-validate a multi-layer perceptron: the mean and spread of its held-out metric over K folds.")
class CvCommand implements Callable<Integer> {
    @Spec
    CommandSpec command;
    @Mixin
    ConfigFlags configFlags;
    @Mixin
    DataFlags dataFlags;
    @Mixin
    ModelFlags modelFlags;
    @Option(names = "--folds", defaultValue = "5", description = "number of folds K (default: ${DEFAULT-VALUE})")
    int folds;
    @Option(names = "--repeats", defaultValue = "1", description = "repetitions with fresh folds (default: ${DEFAULT-VALUE})")
    int repeats;
    @Mixin
    FoldRunFlags runFlags;
    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: runs/cv-DATE-TIME)")
    Path outputDirectory;
    @Option(names = {"-q", "--quiet"}, description = "print only the summary")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        Dataset dataset = dataFlags.load();
        FoldSpec spec = (dataset.isClassification() ? FoldSpec.stratified(folds) : FoldSpec.kFold(folds))
                .withRepeats(repeats);
        int trainingRows = runFlags.trainingRows(dataset.rows(), folds);
        NetworkSpec network = modelFlags.network(dataset);
        TrainerConfig config = modelFlags.config(dataset, dataFlags.preprocessing(), trainingRows, true);
        if (!quiet) {
            out.println(dataFlags.describe(dataset));
            out.printf(Locale.ROOT, "%d-fold cross-validation%s%s; %s; network %s; %s%n", folds,
                    dataset.isClassification() ? ", stratified" : "", repeats > 1 ? ", repeated " + repeats + " times" : "",
                    dataFlags.describePreprocessing() + " of each fold", Describe.network(network),
                    Describe.training(config));
        }
        List<Map<String, Object>> perFold = new ArrayList<>();
        List<FoldScore> scores = crossValidate(network, config, spec, dataset, fold -> {
            perFold.add(describe(fold));
            if (!quiet) {
                out.printf(Locale.ROOT, "repeat %d fold %d/%d: %d train, %d test rows; best epoch %d; test %s %s%n",
                        fold.repeat() + 1, fold.index() + 1, folds, fold.trainRows(), fold.testRows(),
                        fold.bestEpoch(), fold.metricName(), Format.number(fold.testMetric()));
                out.flush();
            }
        });
        double[] metrics = scores.stream().mapToDouble(FoldScore::testMetric).toArray();
        double[] losses = scores.stream().mapToDouble(FoldScore::testLoss).toArray();
        String metric = scores.get(0).metricName();
        double meanMetric = CrossValidationResult.mean(metrics);
        double stdMetric = CrossValidationResult.std(metrics);
        double meanLoss = CrossValidationResult.mean(losses);
        double stdLoss = CrossValidationResult.std(losses);
        out.printf(Locale.ROOT, "%s %.4f ± %.4f, loss %.4f ± %.4f (mean ± std over %d folds)%n", metric,
                meanMetric, stdMetric, meanLoss, stdLoss, scores.size());
        Path directory = outputDirectory == null ? Runs.defaultDirectory("cv") : outputDirectory;
        CvRecord record = new CvRecord(Version.TANITO, dataFlags.data, dataset.rows(), spec, runFlags.validationFraction,
                network, config, perFold, metric, meanMetric, stdMetric, meanLoss, stdLoss);
        AtomicFiles.write(directory.resolve("cv.json"), Json.mapper().writeValueAsBytes(record));
        runFlags.report(out, directory.resolve("cv.json"), () -> CvReport.write(record, directory));
        return 0;
    }

    /**
     * Cross-validates on this machine, {@code runFlags.workers()} folds at a time, telling
     * {@code onFold} each fold's score in fold order; {@code tanito spark cv} runs the folds on a cluster.
     */
    List<FoldScore> crossValidate(NetworkSpec network, TrainerConfig config, FoldSpec spec, Dataset dataset,
                                  Consumer<FoldScore> onFold) {
        return new CrossValidation(network, config, spec, runFlags.validationFraction, runFlags.workers())
                .run(dataset, fold -> onFold.accept(FoldScore.of(fold))).folds().stream().map(FoldScore::of).toList();
    }

    private static Map<String, Object> describe(FoldScore fold) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("repeat", fold.repeat() + 1);
        m.put("fold", fold.index() + 1);
        m.put("trainRows", fold.trainRows());
        m.put("testRows", fold.testRows());
        m.put("bestEpoch", fold.bestEpoch());
        m.put("train_loss", fold.trainingLoss());
        m.put("train_" + fold.metricName(), fold.trainingMetric());
        m.put("loss", fold.testLoss());
        m.put(fold.metricName(), fold.testMetric());
        return m;
    }
}
