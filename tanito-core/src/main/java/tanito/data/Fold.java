package tanito.data;

import static tanito.Require.require;

import java.util.Arrays;

/**
 * One fold of a cross-validation: which rows to train on and which to test on. Both lists are
 * ascending row indices into the data set the folds were made from, disjoint, and together all its
 * rows. Made by {@link FoldSpec#folds}.
 *
 * @param repeat    which repetition of the K-fold cut this fold belongs to, from 0
 * @param index     the fold's place within its repetition, from 0
 * @param trainRows the rows of the other folds
 * @param testRows  the rows of this fold
 */
public record Fold(int repeat, int index, int[] trainRows, int[] testRows) {
    public Fold {
        require(repeat >= 0 && index >= 0, "repeat and index must be >= 0, were %d and %d", repeat, index);
        trainRows = trainRows.clone();
        testRows = testRows.clone();
    }

    /** The training part of {@code data} (a copy). */
    public Dataset train(Dataset data) {
        return data.subset(trainRows);
    }

    /** The test part of {@code data} (a copy). */
    public Dataset test(Dataset data) {
        return data.subset(testRows);
    }

    /** A copy: the fold cannot be changed through it. */
    @Override
    public int[] trainRows() {
        return trainRows.clone();
    }

    /** A copy: the fold cannot be changed through it. */
    @Override
    public int[] testRows() {
        return testRows.clone();
    }

    /** Equal when both row lists are equal (a record's default compares array identity). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Fold f && repeat == f.repeat && index == f.index
                && Arrays.equals(trainRows, f.trainRows) && Arrays.equals(testRows, f.testRows);
    }

    @Override
    public int hashCode() {
        return ((repeat * 31 + index) * 31 + Arrays.hashCode(trainRows)) * 31 + Arrays.hashCode(testRows);
    }

    @Override
    public String toString() {
        return "Fold[repeat=" + repeat + ", index=" + index + ", " + trainRows.length + " train rows, test rows "
                + Arrays.toString(testRows) + "]";
    }
}
