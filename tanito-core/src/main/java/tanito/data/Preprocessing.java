package tanito.data;

import static tanito.Require.require;

import tanito.linalg.Matrix;
import tanito.linalg.Vectors;

/**
 * How raw rows become what the network sees, described before fitting: missing feature values
 * imputed, then features scaled; and, for regression, targets scaled (scikit-learn's
 * {@code TransformedTargetRegressor}), the predictions being scaled back. {@link #fit} learns every
 * statistic from the training set only; the {@link FittedPreprocessing} it returns is saved with the
 * model, so that predictions on raw rows use the training statistics.
 *
 * @param imputer fills missing features (NaN); {@code none} rejects data that has any
 * @param features scales the features
 * @param targets scales regression targets; {@code none} for classification
 */
public record Preprocessing(ImputerSpec imputer, ScalerSpec features, ScalerSpec targets) {

    public Preprocessing {
        imputer = imputer == null ? ImputerSpec.none() : imputer;
        features = features == null ? ScalerSpec.none() : features;
        targets = targets == null ? ScalerSpec.none() : targets;
    }

    /** Standardised features, no imputation, unscaled targets: the default. */
    public static Preprocessing standard() {
        return new Preprocessing(ImputerSpec.none(), ScalerSpec.standard(), ScalerSpec.none());
    }

    public Preprocessing withImputer(ImputerSpec newImputer) {
        return new Preprocessing(newImputer, features, targets);
    }

    public Preprocessing withFeatures(ScalerSpec newFeatures) {
        return new Preprocessing(imputer, newFeatures, targets);
    }

    public Preprocessing withTargets(ScalerSpec newTargets) {
        return new Preprocessing(imputer, features, newTargets);
    }

    /** Whether targets are scaled (and predictions scaled back). */
    public boolean scalesTargets() {
        return !(targets instanceof ScalerSpec.None);
    }

    /** Learns the imputer, then the feature scaler on the imputed features, then the target scaler, from {@code train} alone. */
    public FittedPreprocessing fit(Dataset train) {
        return fit(train, new LocalStatistics(train));
    }

    /**
     * As {@link #fit(Dataset)}, with the scalers' statistics taken by {@code statistics} (which must
     * read the same training rows); the checks are this method's, on {@code train}.
     */
    public FittedPreprocessing fit(Dataset train, ColumnStatistics statistics) {
        require(!scalesTargets() || !train.isClassification(),
                "target scaling is for regression targets; this data has classes %s", train.classNames());
        Matrix raw = train.features();
        if (imputer instanceof ImputerSpec.None) {
            require(Vectors.allFinite(raw.data(), raw.offset(), raw.size()),
                    "the training data has missing or non-finite feature values; impute them (mean or median)");
        }
        Imputer fittedImputer = statistics.imputer(imputer);
        return new FittedPreprocessing(fittedImputer, statistics.features(features, fittedImputer),
                statistics.targets(targets));
    }
}
