package tanito.cli;

import picocli.CommandLine.Option;
import tanito.spark.Parallelism;
import tanito.spark.SparkRun;

/** Where and how {@code tanito spark} runs: the Spark master, the training mode and the partitions. */
final class SparkFlags {
    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[*], local[2], spark://HOST:7077, ... (default: the one spark-submit "
                    + "gives, else local[*])")
    String master;
    @Option(names = "--mode", defaultValue = "average", paramLabel = "sync|average|full-batch",
            description = "sync: every step sums the partitions' gradients (as one machine); average: local SGD, "
                    + "weights and optimiser state averaged every --local-steps (scale --lr by the partitions); "
                    + "full-batch: the whole set each step, for lbfgs (default: ${DEFAULT-VALUE})")
    String mode;
    @Option(names = "--partitions", paramLabel = "N",
            description = "partitions of the training rows (default: the cluster's default parallelism)")
    Integer partitions;
    @Option(names = "--local-steps", defaultValue = "8", paramLabel = "K",
            description = "average: local steps between two averagings (default: ${DEFAULT-VALUE})")
    int localSteps;

    /** Starts the session, with one clear error when Spark is not on the class path. */
    SparkRun start(String job) {
        Parallelism.parse(mode, 1, localSteps); // a bad mode fails before Spark starts
        try {
            Class.forName("org.apache.spark.SparkConf");
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("tanito spark needs Apache Spark on the class path: run it as "
                    + "./tanito spark ... (which adds Spark's jars) or through spark-submit");
        }
        return SparkRun.start(master, "tanito spark " + job);
    }

    Parallelism parallelism(SparkRun run) {
        return Parallelism.parse(mode, partitions == null ? run.defaultPartitions() : partitions, localSteps);
    }
}
