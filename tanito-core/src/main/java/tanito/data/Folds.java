package tanito.data;

import static tanito.Require.require;

import java.util.ArrayList;
import java.util.List;
import tanito.linalg.Rng;

/**
 * Cuts a data set into the folds of a {@link FoldSpec}. Each repetition orders the rows, then deals
 * them round-robin: the row at position i of the order goes to fold {@code i mod folds}, so the
 * first {@code rows mod folds} folds get one row more.
 *
 * <ul>
 *   <li>Plain: the order is a random permutation of the rows.</li>
 *   <li>Stratified: the same permutation, then stably sorted by class, so each class is one run of
 *       the order with its rows in random order. Dealing a run of {@code m} rows round-robin gives
 *       every fold {@code floor(m / folds)} or {@code ceil(m / folds)} of them: within one of the
 *       exact share. This is scikit-learn's {@code StratifiedKFold} allocation (since 0.22), which
 *       deals the sorted labels {@code y_order[i::n_splits]}.</li>
 * </ul>
 *
 * <p>Test and training rows are listed in ascending order, as scikit-learn lists them.
 */
final class Folds {
    private Folds() {}

    static List<Fold> of(Dataset data, FoldSpec spec, Rng rng) {
        int rows = data.rows(), k = spec.folds();
        require(k <= rows, "%d folds need at least %d rows; the data set has %d", k, k, rows);
        if (spec.stratified()) {
            requireStrata(data, k);
        }
        List<Fold> folds = new ArrayList<>(k * spec.repeats());
        for (int repeat = 0; repeat < spec.repeats(); repeat++) {
            int[] order = rng.split(repeat).permutation(rows);
            if (spec.stratified()) {
                order = byClass(data, order);
            }
            int[] foldOf = new int[rows];
            for (int i = 0; i < rows; i++) {
                foldOf[order[i]] = i % k;
            }
            for (int index = 0; index < k; index++) {
                folds.add(fold(repeat, index, foldOf, (rows - index + k - 1) / k));
            }
        }
        return List.copyOf(folds);
    }

    /** Fold {@code index}, which holds {@code size} rows, from each row's fold number. */
    private static Fold fold(int repeat, int index, int[] foldOf, int size) {
        int[] test = new int[size], train = new int[foldOf.length - size];
        for (int row = 0, t = 0, r = 0; row < foldOf.length; row++) {
            if (foldOf[row] == index) {
                test[t++] = row;
            } else {
                train[r++] = row;
            }
        }
        return new Fold(repeat, index, train, test);
    }

    /** {@code order} stably sorted by class index (a counting sort). */
    private static int[] byClass(Dataset data, int[] order) {
        int[] start = new int[data.classNames().size() + 1];
        for (int row : order) {
            start[data.label(row) + 1]++;
        }
        for (int c = 1; c < start.length; c++) {
            start[c] += start[c - 1];
        }
        int[] sorted = new int[order.length];
        for (int row : order) {
            sorted[start[data.label(row)]++] = row;
        }
        return sorted;
    }

    /**
     * Stratifying needs classes, and every class that has rows needs one in each fold. A class with no
     * rows at all has share 0 in every fold, which it keeps.
     */
    private static void requireStrata(Dataset data, int k) {
        require(data.isClassification(), "stratified folds need a classification target, but '%s' is numeric; "
                + "use plain K-fold for regression", String.join(", ", data.targetNames()));
        int[] counts = new int[data.classNames().size()];
        for (int row = 0; row < data.rows(); row++) {
            counts[data.label(row)]++;
        }
        int smallest = -1;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0 && (smallest < 0 || counts[c] < counts[smallest])) {
                smallest = c;
            }
        }
        require(counts[smallest] >= k, "%d stratified folds need at least %d rows of every class; class '%s' has %d",
                k, k, data.classNames().get(smallest), counts[smallest]);
    }
}
