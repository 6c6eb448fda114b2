package tanito.train;

import java.util.ArrayList;
import java.util.List;
import tanito.data.Dataset;
import tanito.data.Scaler;
import tanito.linalg.Matrix;
import tanito.loss.WeightedLoss;
import tanito.nn.NetworkSpec;

/** A data set made ready for a network: scaled features and one target matrix per head. */
record Examples(Matrix features, List<Matrix> targets) {

    static Examples of(Dataset data, Scaler scaler, WeightedLoss loss, NetworkSpec spec) {
        return new Examples(scaler.transform(data.features()), loss.splitTargets(data.targets(), spec.outputSizes()));
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
        return new Examples(features.rowRange(from, to), parts);
    }
}
