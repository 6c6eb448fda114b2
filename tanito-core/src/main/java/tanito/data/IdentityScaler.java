package tanito.data;

import static tanito.Require.require;

import tanito.linalg.Matrix;

/**
 * No scaling (scale "none"): transform and inverse return copies of their input. It still
 * remembers the number of training columns, so a matrix of the wrong width fails here as it would
 * with any other scaler.
 *
 * @param columns the number of feature columns it was fitted on
 */
public record IdentityScaler(int columns) implements Scaler {
    public IdentityScaler {
        require(columns >= 0, "columns must be >= 0, was %d", columns);
    }

    @Override
    public Matrix transform(Matrix raw) {
        ColumnAffine.requireColumns(raw, columns);
        return raw.copy();
    }

    @Override
    public Matrix inverse(Matrix scaled) {
        ColumnAffine.requireColumns(scaled, columns);
        return scaled.copy();
    }
}
