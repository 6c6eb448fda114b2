package tanito;

import tanito.linalg.Matrix;
import tanito.linalg.Rng;

/** Seeded random matrices for tests. */
public final class TestMatrices {
    private TestMatrices() {}

    /** A rows x cols matrix of standard normal draws from {@code Rng.seeded(seed)}. */
    public static Matrix gaussian(int rows, int cols, long seed) {
        Rng rng = Rng.seeded(seed);
        Matrix m = Matrix.zeros(rows, cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                m.set(r, c, (float) rng.nextGaussian());
            }
        }
        return m;
    }
}
