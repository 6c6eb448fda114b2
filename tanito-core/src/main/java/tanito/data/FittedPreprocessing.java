package tanito.data;

import tanito.linalg.Matrix;

/**
 * The preprocessing learnt from a training set by {@link Preprocessing#fit}: it maps raw features
 * and targets to the network's units, and the network's outputs back to the targets' units. Saved
 * inside model files (JSON reproduces every statistic exactly).
 */
public record FittedPreprocessing(Imputer imputer, Scaler features, Scaler targets) {

    /**
     * Raw feature rows to what the network takes: imputed, then scaled. Identity steps pass the
     * matrix through rather than copy it (60,000 Fashion-MNIST images are 188 MB), so the result may
     * be {@code raw} itself: read it, never write to it.
     */
    public Matrix features(Matrix raw) {
        Matrix imputed = imputer instanceof Imputer.None ? checked(raw, ((Imputer.None) imputer).columns())
                : imputer.transform(raw);
        return features instanceof IdentityScaler identity ? checked(imputed, identity.columns())
                : features.transform(imputed);
    }

    /** Raw targets to the units the network is trained in; as {@link #features}, possibly {@code raw} itself. */
    public Matrix targets(Matrix raw) {
        return targets instanceof IdentityScaler identity ? checked(raw, identity.columns()) : targets.transform(raw);
    }

    private static Matrix checked(Matrix m, int columns) {
        ColumnAffine.requireColumns(m, columns);
        return m;
    }

    /** The network's regression outputs back in the targets' units. */
    public Matrix predictions(Matrix outputs) {
        return targets.inverse(outputs);
    }
}
