package tanito.cli;

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
 * {@code cv.json} and report) with one fold per Spark task.
 */
@Command(name = "cv", sortOptions = false, mixinStandardHelpOptions = true,
        description = "K-fold cross-validation as 'tanito cv' does, one fold per Spark task.")
final class SparkCvCommand extends CvCommand {
    @Mixin
    SparkFlags sparkFlags;

    @Override
    List<FoldScore> crossValidate(NetworkSpec network, TrainerConfig config, FoldSpec spec, Dataset dataset,
                                  Consumer<FoldScore> onFold) {
        try (SparkRun run = sparkFlags.start("cv")) {
            command.commandLine().getOut().printf(Locale.ROOT, "spark %s: %d folds, one task each%n", run.describe(),
                    spec.folds() * spec.repeats());
            List<FoldScore> scores = run.crossValidate(network, config, spec, runFlags.validationFraction, dataset);
            scores.forEach(onFold);
            return scores;
        }
    }
}
