package tanito.data;

import tanito.linalg.Matrix;

/**
 * The statistics of a {@link Preprocessing} taken on this machine, from the training set's matrices.
 *
 * @param train the training set
 */
record LocalStatistics(Dataset train) implements ColumnStatistics {
    @Override
    public Imputer imputer(ImputerSpec spec) {
        return spec.fit(train.features());
    }

    @Override
    public Scaler features(ScalerSpec spec, Imputer imputer) {
        Matrix raw = train.features();
        return spec.fit(imputer instanceof Imputer.None ? raw : imputer.transform(raw));
    }

    @Override
    public Scaler targets(ScalerSpec spec) {
        return spec.fit(train.targets());
    }
}
