package tanito.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The one {@code local[2]} Spark session of the test JVM, shared by every test class (a session costs
 * seconds to start; Spark allows one context per JVM), without the web UI.
 */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {}

    static synchronized SparkSession session() {
        if (session == null) {
            SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("tanito-spark tests")
                    .set("spark.ui.enabled", "false")
                    .set("spark.driver.host", "127.0.0.1")
                    .set("spark.sql.shuffle.partitions", "4");
            session = SparkSession.builder().config(conf).getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }

    /** Stops the shared session (a test that needs its own context calls this); the next use starts a new one. */
    static synchronized void stop() {
        if (session != null) {
            session.stop();
            session = null;
        }
    }

    static JavaSparkContext context() {
        return JavaSparkContext.fromSparkContext(session().sparkContext());
    }
}
