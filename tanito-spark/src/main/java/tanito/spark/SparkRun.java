package tanito.spark;

import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import tanito.data.CsvReader;
import tanito.data.Dataset;
import tanito.data.FoldSpec;
import tanito.nn.NetworkSpec;
import tanito.train.Callback;
import tanito.train.FoldScore;
import tanito.train.TrainerConfig;
import tanito.train.TrainingResult;
import tanito.train.TrialRunner;

/**
 * A Spark session for Tanito's jobs, behind Tanito types only, so that the command line can name it
 * without Spark on its compile path: start one (on {@code --master}, or on the master
 * {@code spark-submit} gives), train, cross-validate, read tables, close. Spark's logging is kept to
 * warnings.
 */
public final class SparkRun implements AutoCloseable {
    private final SparkSession session;

    private SparkRun(SparkSession session) {
        this.session = session;
    }

    /**
     * Starts (or joins) the session; {@code master} null keeps the one {@code spark-submit} sets, or
     * {@code local[*]} when there is none.
     */
    public static SparkRun start(String master, String appName) {
        Configurator.setRootLevel(Level.WARN);
        Configurator.setLevel("org.apache.hadoop.util.NativeCodeLoader", Level.ERROR);
        // the training rows are locally checkpointed on purpose; Spark warns when a run drops them
        Configurator.setLevel("org.apache.spark.rdd.ParallelCollectionRDD", Level.ERROR);
        Configurator.setLevel("org.apache.spark.rdd.MapPartitionsRDD", Level.ERROR);
        SparkConf conf = new SparkConf().setAppName(appName).setIfMissing("spark.ui.showConsoleProgress", "false");
        if (master != null) {
            conf.setMaster(master);
        } else {
            conf.setIfMissing("spark.master", "local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        SparkSession session = SparkSession.builder().config(conf).getOrCreate();
        session.sparkContext().setLogLevel("WARN");
        return new SparkRun(session);
    }

    /** The master URL the session runs on and its default parallelism, e.g. "local[2] (2 cores)". */
    public String describe() {
        return session.sparkContext().master() + " (default parallelism " + session.sparkContext().defaultParallelism()
                + ")";
    }

    /** The session's default parallelism: the partitions to use when none are given. */
    public int defaultPartitions() {
        return session.sparkContext().defaultParallelism();
    }

    /** Reads a CSV or Parquet file with Spark into a data set (see {@link Frames}). */
    public Dataset read(String path, CsvReader.Options options) {
        return Frames.toDataset(Frames.read(session, path), options);
    }

    public TrainingResult train(TrainerConfig config, Parallelism parallelism, NetworkSpec spec, Dataset train,
                                Dataset validation, Callback... callbacks) {
        return new SparkTrainer(context(), config, parallelism, callbacks).fit(spec, train, validation);
    }

    public List<FoldScore> crossValidate(NetworkSpec spec, TrainerConfig config, FoldSpec folds,
                                         double validationFraction, Dataset data) {
        return new SparkCrossValidation(context(), spec, config, folds, validationFraction).run(data);
    }

    /** Cross-validates a search's trials on the cluster, one model per task. */
    public TrialRunner trials() {
        return new SparkTrials(context());
    }

    JavaSparkContext context() {
        return JavaSparkContext.fromSparkContext(session.sparkContext());
    }

    @Override
    public void close() {
        session.stop();
    }
}
