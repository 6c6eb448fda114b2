package tanito.spark;

import static tanito.Require.require;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tanito.linalg.Matrix;

/**
 * One partition's prepared training rows: global rows {@code firstRow .. firstRow + rows} of the
 * training set, scaled features row-major and one target block per head, as plain arrays so that
 * Spark can ship and cache them.
 */
record Shard(int partition, int firstRow, int rows, int featureColumns, float[] features, int[] targetColumns,
             float[][] targets) implements Serializable {

    Shard {
        require(rows > 0, "partition %d has no rows", partition);
        require(features.length == rows * featureColumns, "%d feature values for %d rows of %d columns",
                features.length, rows, featureColumns);
    }

    /** Rows {@code [from, to)} of prepared {@code features} and {@code targets} (copied) as the shard of {@code partition}. */
    static Shard of(int partition, Matrix features, List<Matrix> targets, int from, int to) {
        int[] columns = new int[targets.size()];
        float[][] blocks = new float[targets.size()][];
        for (int h = 0; h < columns.length; h++) {
            columns[h] = targets.get(h).cols();
            blocks[h] = rows(targets.get(h), from, to);
        }
        return new Shard(partition, from, to - from, features.cols(), rows(features, from, to), columns, blocks);
    }

    /** This partition's rows with other features and targets (such as prepared from these raw ones). */
    Shard with(Matrix newFeatures, List<Matrix> newTargets) {
        Shard rows = of(partition, newFeatures, newTargets, 0, this.rows);
        return new Shard(partition, firstRow, this.rows, rows.featureColumns, rows.features, rows.targetColumns,
                rows.targets);
    }

    private static float[] rows(Matrix m, int from, int to) {
        return Arrays.copyOfRange(m.data(), m.offset() + from * m.cols(), m.offset() + to * m.cols());
    }

    Matrix featureMatrix() {
        return Matrix.wrap(features, rows, featureColumns);
    }

    List<Matrix> targetMatrices() {
        List<Matrix> out = new ArrayList<>(targets.length);
        for (int h = 0; h < targets.length; h++) {
            out.add(Matrix.wrap(targets[h], rows, targetColumns[h]));
        }
        return out;
    }
}
