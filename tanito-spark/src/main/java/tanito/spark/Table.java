package tanito.spark;

import java.io.Serializable;
import java.util.List;
import tanito.data.Dataset;
import tanito.linalg.Matrix;

/**
 * A Tanito {@link Dataset} in a form Spark can ship to the executors (broadcast once per job): the
 * raw features and targets as row-major arrays with their names. {@link #dataset} is the same data
 * set again, sharing the arrays.
 */
record Table(int rows, float[] features, int featureColumns, float[] targets, int targetColumns,
             List<String> featureNames, List<String> targetNames, List<String> classNames) implements Serializable {

    static Table of(Dataset data) {
        return new Table(data.rows(), data.features().copy().data(), data.features().cols(),
                data.targets().copy().data(), data.targets().cols(), List.copyOf(data.featureNames()),
                List.copyOf(data.targetNames()), List.copyOf(data.classNames()));
    }

    Dataset dataset() {
        return new Dataset(Matrix.wrap(features, rows, featureColumns), Matrix.wrap(targets, rows, targetColumns),
                featureNames, targetNames, classNames);
    }
}
