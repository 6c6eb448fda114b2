package tanito.cli;

import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tanito.data.FoldSpec;
import tanito.spark.SparkRun;
import tanito.train.CandidateBuilder;
import tanito.train.HyperparameterSearch;

/**
 * {@code tanito spark search}: {@code tanito search} (same flags, candidates, folds, ranking and
 * outputs) with every (candidate, fold) model trained by its own Spark task.
 */
@Command(name = "search", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Search hyper-parameters as 'tanito search' does, one model per Spark task.")
final class SparkSearchCommand extends SearchCommand {
    @Mixin
    SparkFlags sparkFlags;
    private SparkRun run;

    @Override
    public Integer call() throws IOException {
        try (SparkRun started = sparkFlags.start("search")) {
            run = started;
            dataFlags.parquetReader = run::read;
            command.commandLine().getOut().println("spark " + run.describe() + ": one task per candidate and fold");
            return super.call();
        }
    }

    @Override
    HyperparameterSearch search(CandidateBuilder builder, FoldSpec foldSpec, int workers) {
        return super.search(builder, foldSpec, workers).withRunner(run.trials());
    }
}
