package tanito.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tanito.linalg.Matrix;
import tanito.linalg.Rng;

/** Test data sets whose only feature is the row's own index, so rows can be traced through splits and folds. */
final class LabelledRows {
    private LabelledRows() {}

    /** A classification set with {@code counts[c]} rows of class c, the labels in a seeded random row order. */
    static Dataset classification(int[] counts, long seed) {
        int rows = Arrays.stream(counts).sum();
        int[] labels = new int[rows];
        for (int c = 0, row = 0; c < counts.length; c++) {
            for (int i = 0; i < counts[c]; i++) {
                labels[row++] = c;
            }
        }
        int[] order = Rng.seeded(seed).permutation(rows);
        Matrix y = Matrix.zeros(rows, 1);
        for (int row = 0; row < rows; row++) {
            y.set(row, 0, labels[order[row]]);
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) {
            names.add("class" + c);
        }
        return new Dataset(ids(rows), y, List.of("row"), List.of("label"), names);
    }

    /** A regression set of {@code rows} rows. */
    static Dataset regression(int rows) {
        return new Dataset(ids(rows), Matrix.zeros(rows, 1), List.of("row"), List.of("y"), List.of());
    }

    private static Matrix ids(int rows) {
        Matrix ids = Matrix.zeros(rows, 1);
        for (int r = 0; r < rows; r++) {
            ids.set(r, 0, r);
        }
        return ids;
    }

    /** The original row indices of a part. */
    static int[] rowIds(Dataset part) {
        int[] ids = new int[part.rows()];
        for (int r = 0; r < ids.length; r++) {
            ids[r] = (int) part.features().get(r, 0);
        }
        return ids;
    }

    /** How many of {@code rows} hold each class of {@code data}. */
    static int[] classCounts(Dataset data, int[] rows) {
        int[] counts = new int[data.classNames().size()];
        for (int row : rows) {
            counts[data.label(row)]++;
        }
        return counts;
    }

    /** 0 .. n-1. */
    static int[] all(int n) {
        int[] rows = new int[n];
        Arrays.setAll(rows, i -> i);
        return rows;
    }
}
