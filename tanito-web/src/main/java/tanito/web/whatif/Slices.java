package tanito.web.whatif;

import static tanito.Require.require;

import java.util.ArrayList;
import java.util.List;

/**
 * The data cut into {@code bins} equal-width ranges of one feature's observed values, with the
 * model's score on each: accuracy for classification (with the count of each true class), mean
 * absolute error for regression. A range
 * is {@code [from, to)}, the last one {@code [from, to]}; ranges without rows are kept (count 0,
 * score null) so the cut reads the same for every feature.
 */
public final class Slices {
    private Slices() {}

    /**
     * One range: its rows and score (null when it has none).
     *
     * @param classCounts rows of each true class in the range; empty for regression
     */
    public record Slice(double from, double to, int count, Double score, int[] classCounts) {}

    /** The slices of feature {@code feature} into {@code bins} ranges (1 to 50). */
    public static List<Slice> of(Probe probe, int feature, int bins) {
        require(bins >= 1 && bins <= 50, "bins must be in [1, 50], was %d", bins);
        float[] column = probe.column(feature);
        Range range = Range.of(column);
        double low = range.min();
        double width = range.width() / bins;
        int[] counts = new int[bins];
        double[] sums = new double[bins];
        int[][] classCounts = new int[bins][probe.model().classNames().size()];
        for (int r = 0; r < column.length; r++) {
            int bin = width == 0 ? 0 : Math.min(bins - 1, (int) ((column[r] - low) / width));
            counts[bin]++;
            sums[bin] += score(probe, r);
            if (probe.isClassification()) {
                classCounts[bin][probe.data().label(r)]++;
            }
        }
        List<Slice> slices = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            double to = b == bins - 1 ? range.max() : low + width * (b + 1);
            slices.add(new Slice(low + width * b, to, counts[b], counts[b] == 0 ? null : sums[b] / counts[b],
                    classCounts[b]));
        }
        return slices;
    }

    /** 1 for a right class and 0 for a wrong one, or the absolute error. */
    private static double score(Probe probe, int row) {
        Prediction p = probe.prediction(row);
        if (probe.isClassification()) {
            return p.classIndex() == probe.data().label(row) ? 1 : 0;
        }
        return Math.abs(p.value() - probe.data().targets().get(row, 0));
    }
}
