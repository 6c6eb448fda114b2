package tanito.cli;

import java.io.IOException;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tanito.data.Dataset;
import tanito.nn.NetworkSpec;
import tanito.spark.Parallelism;
import tanito.spark.SparkRun;
import tanito.train.Callback;
import tanito.train.TrainerConfig;
import tanito.train.TrainingResult;

/**
 * {@code tanito spark train}: {@code tanito train} (same flags, split, outputs and model file) with the
 * training spread over a Spark cluster as {@code --mode} says; {@code --data} may also be Parquet.
 */
@Command(name = "train", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Train as 'tanito train' does, data-parallel on Spark.")
final class SparkTrainCommand extends TrainCommand {
    @Mixin
    SparkFlags sparkFlags;
    private SparkRun run;

    @Override
    public Integer call() throws IOException {
        try (SparkRun started = sparkFlags.start("train")) {
            run = started;
            dataFlags.parquetReader = run::read;
            return super.call();
        }
    }

    @Override
    TrainingResult fit(TrainerConfig config, Callback[] callbacks, NetworkSpec network, Dataset train,
                       Dataset validation) {
        Parallelism parallelism = sparkFlags.parallelism(run);
        command.commandLine().getOut().printf(Locale.ROOT, "spark %s: %s%n", run.describe(), parallelism);
        return run.train(config, parallelism, network, train, validation, callbacks);
    }
}
