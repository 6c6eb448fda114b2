package tanito.web.whatif;

import static tanito.Require.require;

/** The least and greatest of a feature's values in the data: the editor's sliders, the partial dependence grid, the slices. */
public record Range(double min, double max) {
    public Range {
        require(min <= max, "min must be <= max, were %s and %s", min, max);
    }

    /** The range of {@code column}'s values. */
    static Range of(float[] column) {
        require(column.length > 0, "a range needs values, had none");
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (float v : column) {
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        return new Range(low, high);
    }

    public double width() {
        return max - min;
    }
}
