package tanito.data;

import java.util.Arrays;
import tanito.linalg.Rng;

/**
 * Cuts a data set by a {@link SplitSpec}. Regression: one shuffled permutation of the rows, cut
 * into parts whose sizes come from largest-remainder rounding of {@code rows * ratio}.
 * Classification, stratified: each class's rows are shuffled and cut the same way, so each class's
 * count in each part is within one sample of its exact share (scikit-learn's
 * {@code train_test_split(stratify=...)} keeps class proportions too, by a different rounding).
 * The rows of each part are then shuffled, so classes are not in blocks.
 *
 * <p>Everything is drawn from the given {@link Rng} in a fixed order, so the same stream gives the
 * same split.
 */
final class Splitter {
    private static final String[] PART_NAMES = {"train", "validation", "test"};

    private Splitter() {}

    static Split split(Dataset data, SplitSpec spec, Rng rng) {
        double[] ratios = {spec.train(), spec.validation(), spec.test()};
        int[][] parts = new int[3][data.rows()];
        int[] sizes = new int[3];
        for (int[] group : groups(data)) {
            rng.shuffle(group);
            int[] counts = largestRemainder(group.length, ratios);
            for (int p = 0, start = 0; p < 3; start += counts[p], p++) {
                System.arraycopy(group, start, parts[p], sizes[p], counts[p]);
                sizes[p] += counts[p];
            }
        }
        Dataset[] datasets = new Dataset[3];
        for (int p = 0; p < 3; p++) {
            if (ratios[p] > 0 && sizes[p] == 0) {
                throw new IllegalArgumentException(String.format("split %s leaves the %s part empty (%d rows)",
                        spec.label(), PART_NAMES[p], data.rows()));
            }
            int[] rows = Arrays.copyOf(parts[p], sizes[p]);
            rng.shuffle(rows);
            datasets[p] = data.subset(rows);
        }
        return new Split(datasets[0], datasets[1], datasets[2]);
    }

    /** The row indices to cut: one group per class for classification, else one group of all rows. */
    private static int[][] groups(Dataset data) {
        if (!data.isClassification()) {
            int[] all = new int[data.rows()];
            Arrays.setAll(all, i -> i);
            return new int[][] {all};
        }
        int[] counts = new int[data.classNames().size()];
        for (int row = 0; row < data.rows(); row++) {
            counts[data.label(row)]++;
        }
        int[][] groups = new int[counts.length][];
        for (int c = 0; c < counts.length; c++) {
            groups[c] = new int[counts[c]];
        }
        int[] filled = new int[counts.length];
        for (int row = 0; row < data.rows(); row++) {
            int c = data.label(row);
            groups[c][filled[c]++] = row;
        }
        return groups;
    }

    /**
     * Shares {@code n} items by {@code ratios} (summing to 1): each part gets the floor of its exact
     * share {@code n * ratio}, and the items left over go one each to the parts with the largest
     * remainders (the earlier part on ties). A part with ratio 0 gets nothing.
     */
    static int[] largestRemainder(int n, double[] ratios) {
        int[] counts = new int[ratios.length];
        double[] remainders = new double[ratios.length];
        int left = n;
        for (int p = 0; p < ratios.length; p++) {
            double exact = n * ratios[p];
            counts[p] = (int) Math.floor(exact + 1e-9); // 0.7 * 10 may land just below 7
            remainders[p] = ratios[p] > 0 ? exact - counts[p] : Double.NEGATIVE_INFINITY;
            left -= counts[p];
        }
        for (; left > 0; left--) {
            int best = 0;
            for (int p = 1; p < ratios.length; p++) {
                if (remainders[p] > remainders[best]) {
                    best = p;
                }
            }
            counts[best]++;
            remainders[best] = Double.NEGATIVE_INFINITY;
        }
        return counts;
    }
}
