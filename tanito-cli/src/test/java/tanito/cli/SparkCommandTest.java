package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tanito.data.Dataset;
import tanito.data.Datasets;
import tanito.io.Json;
import tanito.io.ModelFile;
import tanito.spark.Frames;

/**
 * {@code tanito spark} in a {@code local[2]} session: {@code spark train --mode sync --partitions 1}
 * writes the same model as {@code tanito train} with the same flags, {@code spark cv} the same
 * per-fold scores as {@code tanito cv}, {@code spark search} the same ranking as {@code tanito search};
 * a bad mode or more partitions than training rows is one clear line.
 */
class SparkCommandTest {

    @Test
    void syncOnOnePartitionWritesTheModelThatTrainWrites(@TempDir Path dir) throws IOException {
        String[] flags = {"--data", "builtin:wine", "--epochs", "8", "--dropout", "0.1", "--no-report", "-q"};
        Cli local = Cli.run(concat(new String[] {"train", "--out", dir.resolve("local").toString()}, flags));
        Cli spark = Cli.run(concat(new String[] {"spark", "train", "--master", "local[2]", "--mode", "sync",
            "--partitions", "1", "--out", dir.resolve("spark").toString()}, flags));
        assertEquals(0, local.exitCode(), local.err());
        assertEquals(0, spark.exitCode(), spark.err());
        assertTrue(spark.out().contains("spark local[2]"), spark.out());
        assertArrayEquals(ModelFile.load(dir.resolve("local/model.tanito.json")).parameters(),
                ModelFile.load(dir.resolve("spark/model.tanito.json")).parameters());
    }

    @Test
    void sparkCvScoresEveryFoldAsCv(@TempDir Path dir) throws IOException {
        String[] flags = {"--data", "builtin:iris", "--folds", "3", "--epochs", "10", "--no-report"};
        Cli local = Cli.run(concat(new String[] {"cv", "--out", dir.resolve("local").toString()}, flags));
        Cli spark = Cli.run(concat(new String[] {"spark", "cv", "--master", "local[2]", "--out",
            dir.resolve("spark").toString()}, flags));
        assertEquals(0, local.exitCode(), local.err());
        assertEquals(0, spark.exitCode(), spark.err());
        JsonNode expected = Json.mapper().readTree(dir.resolve("local/cv.json").toFile()).get("perFold");
        JsonNode actual = Json.mapper().readTree(dir.resolve("spark/cv.json").toFile()).get("perFold");
        assertEquals(expected, actual);
    }

    @Test
    void sparkSearchRanksAsSearch(@TempDir Path dir) throws IOException {
        String[] flags = {"--data", "builtin:iris", "--random", "3", "--folds", "3", "--epochs", "6", "--no-report",
            "-q"};
        Cli local = Cli.run(concat(new String[] {"search", "--out", dir.resolve("local").toString()}, flags));
        Cli spark = Cli.run(concat(new String[] {"spark", "search", "--master", "local[2]", "--out",
            dir.resolve("spark").toString()}, flags));
        assertEquals(0, local.exitCode(), local.err());
        assertEquals(0, spark.exitCode(), spark.err());
        JsonNode expected = Json.mapper().readTree(dir.resolve("local/search.json").toFile()).get("ranked");
        JsonNode actual = Json.mapper().readTree(dir.resolve("spark/search.json").toFile()).get("ranked");
        assertEquals(3, actual.size());
        assertEquals(expected, actual);
    }

    @Test
    void sparkTrainReadsParquetAsTrainReadsTheSameTable(@TempDir Path dir) throws IOException {
        Dataset iris = Datasets.builtin("iris");
        String parquet = dir.resolve("iris.parquet").toString();
        writeParquet(iris, parquet);
        String[] flags = {"--epochs", "5", "--no-report", "-q"};
        Cli local = Cli.run(concat(new String[] {"train", "--data", "builtin:iris", "--out",
            dir.resolve("local").toString()}, flags));
        Cli spark = Cli.run(concat(new String[] {"spark", "train", "--master", "local[2]", "--mode", "sync",
            "--partitions", "1", "--data", parquet, "--out", dir.resolve("spark").toString()}, flags));
        assertEquals(0, local.exitCode(), local.err());
        assertEquals(0, spark.exitCode(), spark.err());
        assertArrayEquals(ModelFile.load(dir.resolve("local/model.tanito.json")).parameters(),
                ModelFile.load(dir.resolve("spark/model.tanito.json")).parameters());
        Cli refused = Cli.run("train", "--data", parquet);
        assertEquals(Main.BAD_INPUT, refused.exitCode());
        assertEquals("tanito: error: Parquet data is read by tanito spark: ./tanito spark train --data " + parquet
                + " ...", refused.err().strip());
    }

    @Test
    void anUnknownModeIsOneClearLine() {
        Cli run = Cli.run("spark", "train", "--master", "local[2]", "--mode", "gossip", "--epochs", "1");
        assertEquals(Main.BAD_INPUT, run.exitCode());
        assertEquals("tanito: error: mode must be sync, average or full-batch, was gossip", run.err().strip());
    }

    @Test
    void morePartitionsThanTrainingRowsIsOneClearLine() {
        Cli run = Cli.run("spark", "train", "--master", "local[2]", "--mode", "sync", "--partitions", "500",
                "--data", "builtin:iris", "--epochs", "1", "--no-report");
        assertEquals(Main.BAD_INPUT, run.exitCode());
        assertEquals("tanito: error: cannot spread 105 training rows over 500 partitions without empty ones; "
                + "use at most 105 partitions", run.err().strip());
    }

    /** The data set as a Parquet file with its own column names (features, then the target's class names). */
    private static void writeParquet(Dataset data, String path) {
        SparkSession spark = SparkSession.builder().master("local[1]").appName("parquet for a test")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            Frames.toFrame(spark, data).coalesce(1).write().parquet(path);
        } finally {
            spark.stop();
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
