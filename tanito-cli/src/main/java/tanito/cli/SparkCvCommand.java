package tanito.cli;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tanito.data.Dataset;
import tanito.data.FoldSpec;
import tanito.nn.NetworkSpec;
import tanito.spark.SparkRun;
import tanito.train.FoldScore;
import tanito.train.TrainerConfig;

/**
 * {@code tanito spark cv}: {@code tanito cv} (same flags, folds, seeds, per-fold scores,
 * {@code cv.json} and report) with one fold per Spark task; {@code --data} may also be Parquet.
 */
@Command(name = "cv", sortOptions = false, mixinStandardHelpOptions = true,
        description = "K-fold cross-validation as 'tanito cv' does, one fold per Spark task.")
final class SparkCvCommand extends CvCommand {
    @Mixin
    SparkFlags sparkFlags;
    private SparkRun run;

    @Override
    public Integer call() throws IOException {
        try (SparkRun started = sparkFlags.start("cv")) {
            run = started;
            dataFlags.parquetReader = run::read;
            return super.call();
        }
    }

    @Override
    List<FoldScore> crossValidate(NetworkSpec network, TrainerConfig config, FoldSpec spec, Dataset dataset,
                                  Consumer<FoldScore> onFold) {
        command.commandLine().getOut().printf(Locale.ROOT, "spark %s: %d folds, one task each%n", run.describe(),
                spec.folds() * spec.repeats());
        List<FoldScore> scores = run.crossValidate(network, config, spec, runFlags.validationFraction, dataset);
        scores.forEach(onFold);
        return scores;
    }
}
