package tanito.data;

import static tanito.Require.require;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;
import tanito.linalg.Matrix;

/**
 * How many values of each column are present (not NaN) and their sum, in double: what the mean
 * imputer is fitted from, and what parts of a training set (a cluster's partitions) can compute on
 * their own and {@link #plus add}. {@link #of} sums a column with {@link DoubleStream#sum}
 * (compensated summation), so one part gives exactly the single-machine fit; parts add in order, in
 * plain double, equal to it up to rounding.
 *
 * @param rows   the number of rows, named in the error for a column without values
 * @param counts each column's number of present values
 * @param sums   each column's sum of present values
 */
public record PresentSums(int rows, long[] counts, double[] sums) implements Serializable {

    public PresentSums {
        require(counts.length == sums.length, "%d counts for %d sums", counts.length, sums.length);
        counts = counts.clone();
        sums = sums.clone();
    }

    /** The counts and sums of the present values of each column of {@code m}. */
    public static PresentSums of(Matrix m) {
        long[] counts = new long[m.cols()];
        double[] sums = new double[m.cols()];
        for (int c = 0; c < counts.length; c++) {
            double[] values = ColumnValues.present(m, c);
            counts[c] = values.length;
            sums[c] = DoubleStream.of(values).sum();
        }
        return new PresentSums(m.rows(), counts, sums);
    }

    /** These rows' counts and sums followed by {@code other}'s. */
    public PresentSums plus(PresentSums other) {
        require(other.counts.length == counts.length, "cannot add sums of %d and %d columns", counts.length,
                other.counts.length);
        long[] addedCounts = counts.clone();
        double[] addedSums = sums.clone();
        for (int c = 0; c < counts.length; c++) {
            addedCounts[c] += other.counts[c];
            addedSums[c] += other.sums[c];
        }
        return new PresentSums(rows + other.rows, addedCounts, addedSums);
    }

    /** The mean imputer: fill value {@code sums[c] / counts[c]}; a column without a value fails, naming it. */
    public Imputer imputer() {
        List<Double> fill = new ArrayList<>(counts.length);
        for (int c = 0; c < counts.length; c++) {
            ColumnValues.requirePresent("mean", c, counts[c], rows);
            fill.add(sums[c] / counts[c]);
        }
        return new Imputer.Mean(fill);
    }

    /** A copy. */
    @Override
    public long[] counts() {
        return counts.clone();
    }

    /** A copy. */
    @Override
    public double[] sums() {
        return sums.clone();
    }
}
