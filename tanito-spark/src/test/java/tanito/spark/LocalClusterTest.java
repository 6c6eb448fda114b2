package tanito.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import tanito.data.Datasets;
import tanito.data.Split;
import tanito.data.SplitSpec;
import tanito.linalg.Rng;
import tanito.loss.Loss;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.optim.Adam;
import tanito.train.Trainer;
import tanito.train.TrainerConfig;
import tanito.train.TrainingResult;

/**
 * Trains through a real multi-process cluster on 127.0.0.1: Spark's {@code local-cluster} mode runs a
 * standalone master and worker and two executors, each executor its own JVM started by the worker,
 * with the test's class path. One partition per executor, {@code sync} gives the same model as one
 * machine up to float rounding, and the same model on every rerun.
 */
class LocalClusterTest {

    @Test
    void syncTrainsThroughExecutorsInTheirOwnProcesses() {
        LocalSpark.stop();
        Split wine = SplitSpec.PRESET_70_20_10.apply(Datasets.builtin("wine"), Rng.seeded(7));
        NetworkSpec net = NetworkSpec.input(13).dense(16, Activation.tanh()).output(3);
        TrainerConfig config = TrainerConfig.of(Loss.softmaxCrossEntropy(), Adam.withLearningRate(0.01))
                .withBatchSize(16).withEpochs(3).withSeed(5);
        SparkConf conf = new SparkConf().setMaster("local-cluster[2,1,1024]").setAppName("tanito-spark cluster test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.executor.extraClassPath", System.getProperty("java.class.path"))
                .set("spark.executorEnv.OPENBLAS_NUM_THREADS", "1")
                // The worker builds each executor's command line as a Spark distribution would, from
                // SPARK_HOME/jars; SPARK_TESTING tells it there is no distribution (the jars are on the
                // class path above) and SPARK_SCALA_VERSION which Scala the jars are built for.
                .set("spark.executorEnv.SPARK_TESTING", "1")
                .set("spark.executorEnv.SPARK_SCALA_VERSION", "2.13");
        try (JavaSparkContext cluster = new JavaSparkContext(conf)) {
            cluster.setLogLevel("WARN");
            String driver = ManagementFactory.getRuntimeMXBean().getName();
            List<String> executors = cluster.parallelize(List.of(0, 1), 2)
                    .map(i -> ManagementFactory.getRuntimeMXBean().getName()).collect();
            assertNotEquals(driver, executors.get(0), "an executor runs in the driver's process");
            SparkTrainer trainer = new SparkTrainer(cluster, config, new Parallelism.Sync(2));
            TrainingResult first = trainer.fit(net, wine.train(), wine.validation());
            TrainingResult second = trainer.fit(net, wine.train(), wine.validation());
            assertArrayEquals(first.model().parameters(), second.model().parameters());
            float[] local = new Trainer(config).fit(net, wine.train(), wine.validation()).model().parameters();
            double difference = Relative.normDifference(first.model().parameters(), local);
            System.out.printf("local-cluster: driver %s, executors %s; sync on 2 partitions vs one machine: "
                    + "relative difference %.3g%n", driver, executors, difference);
            assertEquals(0, difference, 1e-5);
        }
    }
}
