package tanito.data;

import static tanito.Require.require;

import java.util.List;
import tanito.linalg.Rng;

/**
 * K-fold cross-validation, plain or stratified, optionally repeated: each repetition cuts the rows
 * into {@code folds} test parts that together hold every row once, and each {@link Fold} trains on
 * the other parts. {@link #folds} makes them (see {@code Folds} for the rules).
 *
 * <ul>
 *   <li>Plain (scikit-learn's {@code KFold(shuffle=True)}): a random permutation of the rows dealt
 *       into the folds, whose sizes differ by at most one.</li>
 *   <li>Stratified (scikit-learn's {@code StratifiedKFold(shuffle=True)}): each class's rows are
 *       shuffled and dealt on, so each fold holds each class's count within one of its exact share
 *       {@code classRows / folds}, and fold sizes still differ by at most one. Classification only:
 *       a regression target is rejected (scikit-learn rejects continuous targets too) rather than
 *       silently cut without strata.</li>
 *   <li>Repeated (scikit-learn's {@code RepeatedKFold}, {@code RepeatedStratifiedKFold}): repetition
 *       {@code r} draws from {@code rng.split(r)}, so repetitions differ and the whole is reproducible.</li>
 * </ul>
 *
 * @param folds      the number of folds per repetition, &gt;= 2
 * @param repeats    the number of repetitions, &gt;= 1
 * @param stratified whether each fold keeps the class proportions
 */
public record FoldSpec(int folds, int repeats, boolean stratified) {
    public FoldSpec {
        require(folds >= 2, "folds must be >= 2, was %d", folds);
        require(repeats >= 1, "repeats must be >= 1, was %d", repeats);
    }

    /** Plain K-fold, once. */
    public static FoldSpec kFold(int folds) {
        return new FoldSpec(folds, 1, false);
    }

    /** Stratified K-fold, once. */
    public static FoldSpec stratified(int folds) {
        return new FoldSpec(folds, 1, true);
    }

    /** The same folds, repeated {@code newRepeats} times with fresh shuffles. */
    public FoldSpec withRepeats(int newRepeats) {
        return new FoldSpec(folds, newRepeats, stratified);
    }

    /**
     * The {@code folds * repeats} folds of {@code data}, repetition by repetition, each in fold order.
     * Only {@code rng}'s seed matters (repetition r uses {@code rng.split(r)}), not its position, and
     * {@code rng} is not advanced.
     */
    public List<Fold> folds(Dataset data, Rng rng) {
        return Folds.of(data, this, rng);
    }
}
