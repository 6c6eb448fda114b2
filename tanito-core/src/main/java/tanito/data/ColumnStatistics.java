package tanito.data;

/**
 * Where a {@link Preprocessing}'s imputer and scalers learn their statistics from the training set:
 * on this machine from the matrices ({@link Preprocessing#fit(Dataset)}), or elsewhere, such as
 * tanito-spark's executors, each from its own part of the training rows. Either way the result must
 * be what {@link ImputerSpec#fit} and {@link ScalerSpec#fit} would learn from the same rows (up to the
 * rounding of a different summation order).
 */
public interface ColumnStatistics {
    /** {@code spec} fitted on the raw training features. */
    Imputer imputer(ImputerSpec spec);

    /** {@code spec} fitted on the training features after {@code imputer} filled them. */
    Scaler features(ScalerSpec spec, Imputer imputer);

    /** {@code spec} fitted on the raw training targets. */
    Scaler targets(ScalerSpec spec);
}
