package tanito.nn;

import tanito.linalg.Matrix;

/**
 * A layer's reusable buffer: hands out a rows x cols view of an array that grows to the largest
 * shape asked for, so that alternating batch sizes (full batches, the last partial one, evaluation)
 * do not allocate in the training loop.
 */
final class Scratch {
    private float[] data = new float[0];

    Matrix matrix(int rows, int cols) {
        int size = Math.multiplyExact(rows, cols);
        if (data.length < size) {
            data = new float[size];
        }
        return Matrix.view(data, 0, rows, cols);
    }
}
