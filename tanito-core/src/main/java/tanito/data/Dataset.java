package tanito.data;

import static tanito.Require.require;

import java.util.List;
import tanito.linalg.Matrix;
import tanito.linalg.Rows;

/**
 * A table of samples: features (one row per sample) and targets, with their column names and, for
 * classification, the class names. For classification the target is one column holding the class
 * index {@code 0 .. classNames.size()-1} as a float; for regression it holds one or more numeric
 * columns.
 *
 * <p>Treated as immutable: nothing in Tanito writes to a dataset's matrices, and derived datasets
 * ({@link #subset}) are copies. Callers must not modify the matrices either.
 *
 * @param classNames the class names in index order; empty for regression
 */
public record Dataset(Matrix features, Matrix targets, List<String> featureNames, List<String> targetNames,
                      List<String> classNames) {

    public Dataset {
        require(features.rows() == targets.rows(),
                "features have %d rows but targets have %d", features.rows(), targets.rows());
        require(featureNames.size() == features.cols(),
                "%d feature names for %d feature columns", featureNames.size(), features.cols());
        require(targetNames.size() == targets.cols(),
                "%d target names for %d target columns", targetNames.size(), targets.cols());
        require(classNames.isEmpty() || targets.cols() == 1,
                "a classification target is one column of class indices, was %d columns", targets.cols());
        featureNames = List.copyOf(featureNames);
        targetNames = List.copyOf(targetNames);
        classNames = List.copyOf(classNames);
    }

    public int rows() {
        return features.rows();
    }

    public boolean isClassification() {
        return !classNames.isEmpty();
    }

    /** The class index of a row (classification only). */
    public int label(int row) {
        return (int) targets.get(row, 0);
    }

    /** A new dataset of the given rows, in the given order (copied). */
    public Dataset subset(int[] rowIndices) {
        Matrix x = Matrix.zeros(rowIndices.length, features.cols());
        Matrix y = Matrix.zeros(rowIndices.length, targets.cols());
        for (int index : rowIndices) {
            require(index >= 0 && index < rows(), "row %d is outside a dataset of %d rows", index, rows());
        }
        Rows.gather(features, rowIndices, 0, rowIndices.length, x);
        Rows.gather(targets, rowIndices, 0, rowIndices.length, y);
        return new Dataset(x, y, featureNames, targetNames, classNames);
    }
}
