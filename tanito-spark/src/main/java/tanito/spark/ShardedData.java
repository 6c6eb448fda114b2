package tanito.spark;

import static tanito.Require.require;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.storage.StorageLevel;
import tanito.linalg.Matrix;

/**
 * Prepared training rows spread over a cluster: partition p holds the contiguous global rows
 * {@code start(p) .. start(p + 1)} as one cached {@link Shard}, sent to the executors once. {@link #map}
 * runs a function on every shard and returns the results in partition order, which is what keeps the
 * driver's sums reproducible. The shards live in the executors' memory (spilling to their disks) for
 * the run: an executor lost during a run loses its shard, and the run fails rather than recomputes.
 */
final class ShardedData implements AutoCloseable {
    private final JavaRDD<Shard> shards;
    private final int[] starts;

    private ShardedData(JavaRDD<Shard> shards, int[] starts) {
        this.shards = shards;
        this.starts = starts;
    }

    /** Cuts the rows into {@code partitions} contiguous, nearly equal parts and caches them on the executors. */
    static ShardedData of(JavaSparkContext spark, Matrix features, List<Matrix> targets, int partitions) {
        int rows = features.rows();
        require(partitions >= 1, "partitions must be >= 1, was %d", partitions);
        require(partitions <= rows, "cannot spread %d training rows over %d partitions without empty ones; "
                + "use at most %d partitions", rows, partitions, rows);
        int[] starts = new int[partitions + 1];
        List<Shard> parts = new ArrayList<>(partitions);
        for (int p = 0; p <= partitions; p++) {
            starts[p] = (int) ((long) p * rows / partitions);
        }
        for (int p = 0; p < partitions; p++) {
            parts.add(Shard.of(p, features, targets, starts[p], starts[p + 1]));
        }
        // Shipped once: a local checkpoint keeps the shards in the executors' block stores and cuts the
        // lineage, so that later tasks carry a partition index instead of the partition's rows (the
        // rows of parallelize travel inside its partitions, 92 MB per task for Fashion-MNIST).
        return kept(spark.parallelize(parts, partitions), starts);
    }

    /** {@code prepare} applied to every shard on the executors, kept there as the shards of a new run's data. */
    ShardedData mapShards(Function<Shard, Shard> prepare) {
        return kept(shards.map(prepare), starts);
    }

    private static ShardedData kept(JavaRDD<Shard> rdd, int[] starts) {
        rdd.setName("tanito training rows");
        rdd.persist(StorageLevel.MEMORY_AND_DISK());
        rdd.rdd().localCheckpoint();
        rdd.count();
        return new ShardedData(rdd, starts);
    }

    int partitions() {
        return starts.length - 1;
    }

    /** The first global row of partition {@code p}; {@code start(partitions())} is the row count. */
    int start(int p) {
        return starts[p];
    }

    /** The partition holding global row {@code row}. */
    int partitionOf(int row) {
        int found = Arrays.binarySearch(starts, row);
        return found >= 0 ? found : -found - 2;
    }

    /** {@code task} applied to every shard, results in partition order. */
    <R> List<R> map(Function<Shard, R> task) {
        return shards.map(task).collect();
    }

    @Override
    public void close() {
        shards.unpersist(false);
    }
}
