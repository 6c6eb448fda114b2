package tanito.linalg;

import static tanito.Require.failure;
import static tanito.Require.require;

import java.util.Arrays;

/**
 * A float32 matrix stored row-major in a slice of a {@code float[]}: element (r, c) lives at
 * {@code data[offset + r * cols + c]}. Rows are samples and columns are features, as in PyTorch.
 *
 * <p>A matrix may be a view: {@link Params} hands out views of its flat vector, and
 * {@link #rowRange} views a block of rows, so no copy is made to address a layer's weights or a
 * contiguous mini-batch. Writing through a view writes the underlying array.
 */
public final class Matrix {
    private final float[] data;
    private final int offset;
    private final int rows;
    private final int cols;

    private Matrix(float[] data, int offset, int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw failure("matrix shape must not be negative, was %dx%d", rows, cols);
        }
        if (offset < 0 || offset + (long) rows * cols > data.length) {
            throw failure("a %dx%d view at offset %d does not fit in %d values", rows, cols, offset, data.length);
        }
        this.data = data;
        this.offset = offset;
        this.rows = rows;
        this.cols = cols;
    }

    /** A new matrix of zeros. */
    public static Matrix zeros(int rows, int cols) {
        return new Matrix(new float[Math.multiplyExact(rows, cols)], 0, rows, cols);
    }

    /** A view of {@code data[offset .. offset + rows * cols)} as a rows x cols matrix. */
    public static Matrix view(float[] data, int offset, int rows, int cols) {
        return new Matrix(data, offset, rows, cols);
    }

    /** Wraps a whole array (no copy). */
    public static Matrix wrap(float[] data, int rows, int cols) {
        require(data.length == (long) rows * cols,
                "%d values cannot form a %dx%d matrix", data.length, rows, cols);
        return new Matrix(data, 0, rows, cols);
    }

    /** Copies rectangular rows into a new matrix; every row must have the same length. */
    public static Matrix of(float[][] values) {
        int cols = values.length == 0 ? 0 : values[0].length;
        Matrix m = zeros(values.length, cols);
        for (int r = 0; r < values.length; r++) {
            require(values[r].length == cols, "row %d has %d values, expected %d", r, values[r].length, cols);
            System.arraycopy(values[r], 0, m.data, r * cols, cols);
        }
        return m;
    }

    /** Copies rectangular rows of doubles into a new float32 matrix (rounding to nearest). */
    public static Matrix of(double[][] values) {
        int cols = values.length == 0 ? 0 : values[0].length;
        Matrix m = zeros(values.length, cols);
        for (int r = 0; r < values.length; r++) {
            require(values[r].length == cols, "row %d has %d values, expected %d", r, values[r].length, cols);
            for (int c = 0; c < cols; c++) {
                m.data[r * cols + c] = (float) values[r][c];
            }
        }
        return m;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public int size() {
        return rows * cols;
    }

    /** The backing array; element (r, c) is at {@code offset() + r * cols() + c}. */
    public float[] data() {
        return data;
    }

    public int offset() {
        return offset;
    }

    public float get(int row, int col) {
        return data[index(row, col)];
    }

    public void set(int row, int col, float value) {
        data[index(row, col)] = value;
    }

    private int index(int row, int col) {
        if (row < 0 || row >= rows || col < 0 || col >= cols) {
            throw new IndexOutOfBoundsException("(" + row + ", " + col + ") is outside a " + shape() + " matrix");
        }
        return offset + row * cols + col;
    }

    /** A view of rows {@code [from, to)}. */
    public Matrix rowRange(int from, int to) {
        if (from < 0 || from > to || to > rows) {
            throw failure("rows [%d, %d) are outside a %s matrix", from, to, shape());
        }
        return new Matrix(data, offset + from * cols, to - from, cols);
    }

    /** A view of one row as a 1 x cols matrix. */
    public Matrix row(int row) {
        return rowRange(row, row + 1);
    }

    /** A fresh copy that owns its storage. */
    public Matrix copy() {
        return new Matrix(Arrays.copyOfRange(data, offset, offset + size()), 0, rows, cols);
    }

    /** Copies {@code source}, which must have this shape, into this matrix. */
    public void copyFrom(Matrix source) {
        requireSameShape(this, source);
        System.arraycopy(source.data, source.offset, data, offset, size());
    }

    /** Multiplies every element by {@code factor}. */
    public void scale(float factor) {
        Vectors.scale(data, offset, size(), factor);
    }

    /** Sets every element to {@code value}. */
    public void fill(float value) {
        Arrays.fill(data, offset, offset + size(), value);
    }

    public float[][] toArray() {
        float[][] out = new float[rows][];
        for (int r = 0; r < rows; r++) {
            out[r] = Arrays.copyOfRange(data, offset + r * cols, offset + (r + 1) * cols);
        }
        return out;
    }

    /** "rows x cols", as error messages print shapes. */
    public String shape() {
        return rows + "x" + cols;
    }

    /** Whether both have the same shape and bit-identical elements. */
    public boolean contentEquals(Matrix other) {
        return rows == other.rows && cols == other.cols
                && Arrays.equals(data, offset, offset + size(), other.data, other.offset, other.offset + other.size());
    }

    /** Fails with both shapes named unless {@code a} and {@code b} have the same shape. */
    public static void requireSameShape(Matrix a, Matrix b) {
        if (a.rows != b.rows || a.cols != b.cols) {
            throw failure("shapes differ: %s and %s", a.shape(), b.shape());
        }
    }

    @Override
    public String toString() {
        return "Matrix[" + shape() + "]";
    }
}
