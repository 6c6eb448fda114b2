package tanito.data;

/**
 * Where a {@link Preprocessing}'s scalers learn their statistics from the training set: on this
 * machine from the matrices ({@link Preprocessing#fit(Dataset)}), or elsewhere, such as
 * tanito-spark's executors, each from its own part of the training rows. Either way the result must
 * be the scaler {@link ScalerSpec#fit} would learn from the same rows (up to the rounding of a
 * different summation order); the imputer is always fitted by {@link Preprocessing} itself.
 */
public interface ColumnStatistics {
    /** {@code spec} fitted on the training features after {@code imputer} filled them. */
    Scaler features(ScalerSpec spec, Imputer imputer);

    /** {@code spec} fitted on the raw training targets. */
    Scaler targets(ScalerSpec spec);
}
