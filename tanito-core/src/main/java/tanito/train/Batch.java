package tanito.train;

import java.util.ArrayList;
import java.util.List;
import tanito.linalg.Matrix;
import tanito.linalg.Rows;

/**
 * The reusable buffers of one mini-batch: the gathered features and targets of the batch's rows and
 * the per-head output gradients, allocated once for the largest batch and viewed for smaller ones.
 */
final class Batch {
    private final Matrix features;
    private final List<Matrix> targets = new ArrayList<>();
    private final List<Matrix> gradients = new ArrayList<>();
    private int rows;

    Batch(int capacity, int featureColumns, List<Matrix> dataTargets, List<Integer> outputSizes) {
        features = Matrix.zeros(capacity, featureColumns);
        for (int h = 0; h < outputSizes.size(); h++) {
            targets.add(Matrix.zeros(capacity, dataTargets.get(h).cols()));
            gradients.add(Matrix.zeros(capacity, outputSizes.get(h)));
        }
    }

    /** Gathers rows {@code order[from .. to)} of the data's features and targets into the buffers. */
    void fill(Matrix dataFeatures, List<Matrix> dataTargets, int[] order, int from, int to) {
        rows = to - from;
        Rows.gather(dataFeatures, order, from, to, features);
        for (int h = 0; h < targets.size(); h++) {
            Rows.gather(dataTargets.get(h), order, from, to, targets.get(h));
        }
    }

    int rows() {
        return rows;
    }

    Matrix features() {
        return features.rowRange(0, rows);
    }

    List<Matrix> targets() {
        return views(targets);
    }

    List<Matrix> gradients() {
        return views(gradients);
    }

    private List<Matrix> views(List<Matrix> full) {
        List<Matrix> out = new ArrayList<>(full.size());
        for (Matrix m : full) {
            out.add(m.rowRange(0, rows));
        }
        return out;
    }
}
