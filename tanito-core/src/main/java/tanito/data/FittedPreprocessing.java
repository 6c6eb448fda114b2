package tanito.data;

import tanito.linalg.Matrix;

/**
 * The preprocessing learnt from a training set by {@link Preprocessing#fit}: it maps raw features
 * and targets to the network's units, and the network's outputs back to the targets' units. Saved
 * inside model files (JSON reproduces every statistic exactly).
 */
public record FittedPreprocessing(Imputer imputer, Scaler features, Scaler targets) {

    /** Raw feature rows to what the network takes: imputed, then scaled. A new matrix. */
    public Matrix features(Matrix raw) {
        return features.transform(imputer.transform(raw));
    }

    /** Raw targets to the units the network is trained in. */
    public Matrix targets(Matrix raw) {
        return targets.transform(raw);
    }

    /** The network's regression outputs back in the targets' units. */
    public Matrix predictions(Matrix outputs) {
        return targets.inverse(outputs);
    }
}
