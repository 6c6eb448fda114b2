package tanito.data;

import static tanito.Require.require;

import tanito.linalg.Matrix;

/**
 * The per-column affine map that every scaler applies: {@code y = (x - center[c]) / scale[c] + offset}
 * and its inverse {@code x = (y - offset) * scale[c] + center[c]}, computed in double and rounded to
 * float once, into a new matrix. The offset is 0 for the standard and robust scalers and the low end
 * of the target range for min-max.
 */
final class ColumnAffine {
    private ColumnAffine() {}

    // Without an offset: y + (-0.0) and y - (+0.0) are exact identities, even for y = -0.0, so these
    // give bit for bit what the map without an offset term gives.
    static Matrix forward(Matrix x, double[] center, double[] scale) {
        return map(x, center, scale, -0.0, false);
    }

    static Matrix inverse(Matrix y, double[] center, double[] scale) {
        return map(y, center, scale, 0.0, true);
    }

    static Matrix forward(Matrix x, double[] center, double[] scale, double offset) {
        return map(x, center, scale, offset, false);
    }

    static Matrix inverse(Matrix y, double[] center, double[] scale, double offset) {
        return map(y, center, scale, offset, true);
    }

    /** Fails unless {@code m} has the {@code columns} the scaler was fitted on. */
    static void requireColumns(Matrix m, int columns) {
        require(m.cols() == columns, "the scaler was fitted on %d columns, this matrix has %d", columns, m.cols());
    }

    private static Matrix map(Matrix in, double[] center, double[] scale, double offset, boolean inverse) {
        requireColumns(in, center.length);
        Matrix out = Matrix.zeros(in.rows(), in.cols());
        float[] source = in.data(), target = out.data();
        int cols = in.cols();
        for (int r = 0; r < in.rows(); r++) {
            int i = in.offset() + r * cols, o = r * cols;
            for (int c = 0; c < cols; c++) {
                double v = source[i + c];
                target[o + c] = (float) (inverse ? (v - offset) * scale[c] + center[c]
                        : (v - center[c]) / scale[c] + offset);
            }
        }
        return out;
    }
}
