package tanito.train;

import java.util.ArrayList;
import java.util.List;
import tanito.data.Dataset;
import tanito.data.FittedPreprocessing;
import tanito.linalg.Matrix;
import tanito.loss.WeightedLoss;
import tanito.nn.NetworkSpec;

/**
 * A data set made ready for a network: scaled features and one target matrix per head; for the
 * epoch orders, each row's class index (null for regression) and, when recorded, each row's loss at
 * its last presentation (NaN before it).
 */
record Examples(Matrix features, List<Matrix> targets, int[] labels, double[] recentErrors) {

    static Examples of(Dataset data, FittedPreprocessing preprocessing, WeightedLoss loss, NetworkSpec spec) {
        int[] labels = null;
        if (data.isClassification()) {
            labels = new int[data.rows()];
            for (int r = 0; r < labels.length; r++) {
                labels[r] = data.label(r);
            }
        }
        return new Examples(preprocessing.features(data.features()),
                loss.splitTargets(preprocessing.targets(data.targets()), spec.outputSizes()), labels, null);
    }

    /** These examples with a row-error record (all NaN at first) when {@code record} holds. */
    Examples recordingErrors(boolean record) {
        if (!record) {
            return this;
        }
        double[] errors = new double[rows()];
        java.util.Arrays.fill(errors, Double.NaN);
        return new Examples(features, targets, labels, errors);
    }

    int rows() {
        return features.rows();
    }

    /** Rows {@code [from, to)} as views. */
    Examples rows(int from, int to) {
        List<Matrix> parts = new ArrayList<>(targets.size());
        for (Matrix t : targets) {
            parts.add(t.rowRange(from, to));
        }
        return new Examples(features.rowRange(from, to), parts, null, null);
    }
}
