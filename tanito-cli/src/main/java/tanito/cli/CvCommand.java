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
import tanito.train.CrossValidation.FoldResult;
import tanito.train.CrossValidation;
import tanito.train.CrossValidationResult;
import tanito.train.TrainerConfig;

/**
 * {@code tanito cv}: K-fold cross-validation of the whole pipeline (scaler and network fitted inside
 * each fold from its training rows only), stratified for classification, optionally repeated;
 * prints each fold and the mean ± standard deviation, and writes {@code cv.json} and its report under
 * {@code --out}.
 */
@Command(name = "cv", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Cross-validate a multi-layer perceptron: the mean and spread of its held-out metric over K folds.")
final class CvCommand implements Callable<Integer> {
    @Spec
    CommandSpec command;
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
        CrossValidationResult result = new CrossValidation(network, config, spec, runFlags.validationFraction,
                runFlags.workers())
                .run(dataset, fold -> {
                    perFold.add(describe(fold));
                    if (!quiet) {
                        out.printf(Locale.ROOT, "repeat %d fold %d/%d: %d train, %d test rows; best epoch %d; test %s %s%n",
                                fold.fold().repeat() + 1, fold.fold().index() + 1, folds, fold.fold().trainRows().length,
                                fold.fold().testRows().length, fold.training().bestEpoch(), fold.test().metricName(),
                                Format.number(fold.test().metric()));
                        out.flush();
                    }
                });
        out.printf(Locale.ROOT, "%s %.4f ± %.4f, loss %.4f ± %.4f (mean ± std over %d folds)%n", result.metricName(),
                result.meanMetric(), result.stdMetric(), result.meanLoss(), result.stdLoss(), result.folds().size());
        Path directory = outputDirectory == null ? Runs.defaultDirectory("cv") : outputDirectory;
        CvRecord record = new CvRecord(Version.TANITO, dataFlags.data, dataset.rows(), spec, runFlags.validationFraction,
                network, config, perFold, result.metricName(), result.meanMetric(), result.stdMetric(), result.meanLoss(),
                result.stdLoss());
        AtomicFiles.write(directory.resolve("cv.json"), Json.mapper().writeValueAsBytes(record));
        runFlags.report(out, directory.resolve("cv.json"), () -> CvReport.write(record, directory));
        return 0;
    }

    private static Map<String, Object> describe(FoldResult fold) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("repeat", fold.fold().repeat() + 1);
        m.put("fold", fold.fold().index() + 1);
        m.put("trainRows", fold.fold().trainRows().length);
        m.put("testRows", fold.fold().testRows().length);
        m.put("bestEpoch", fold.training().bestEpoch());
        m.put("loss", fold.test().loss());
        m.put(fold.test().metricName(), fold.test().metric());
        return m;
    }
}
