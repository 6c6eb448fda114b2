package tanito.cli;

import picocli.CommandLine.Command;

/**
 * {@code tanito spark}: the same training, cross-validation and search on an Apache Spark cluster
 * (tanito-spark). Spark is not in tanito.jar: {@code ./tanito spark} adds its jars, a cluster's
 * {@code spark-submit} brings its own.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = "Train, cross-validate or search on Apache Spark (--master local[*], spark://..., or spark-submit's).",
        subcommands = {SparkTrainCommand.class, SparkCvCommand.class, SparkSearchCommand.class})
final class SparkCommand {
}
