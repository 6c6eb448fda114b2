package tanito.linalg;

/**
 * Row-wise and column-wise kernels on sample matrices (one sample per row): adding a bias row,
 * summing columns for the bias gradient, softmax, argmax, and gathering rows into a mini-batch.
 */
public final class Rows {
    /** The fewest values a share of a gather copies (64 KB of floats). */
    static final int GATHER_SHARE = 16_384;

    private Rows() {}

    /** {@code m[r, :] = v} for every row; v has one value per column (a bias before {@code z = x W + z}). */
    public static void copyToEachRow(float[] v, int offsetV, Matrix m) {
        float[] d = m.data();
        int cols = m.cols();
        for (int r = 0, base = m.offset(); r < m.rows(); r++, base += cols) {
            System.arraycopy(v, offsetV, d, base, cols);
        }
    }

    /**
     * {@code p[r, :] = softmax(z[r, :])}, stabilised by subtracting the row maximum: one exponential per
     * element, stored, then scaled by the row's {@code 1 / sum}.
     */
    public static void softmax(Matrix z, Matrix p) {
        Matrix.requireSameShape(z, p);
        int cols = z.cols();
        float[] zs = z.data(), ps = p.data();
        for (int r = 0; r < z.rows(); r++) {
            int iz = z.offset() + r * cols, ip = p.offset() + r * cols;
            float max = rowMax(zs, iz, cols);
            float inverse = (float) (1 / exponentials(zs, iz, max, ps, ip, cols));
            for (int c = 0; c < cols; c++) {
                ps[ip + c] *= inverse;
            }
        }
    }

    /**
     * Softmax cross-entropy of each row of logits z against its class {@code y[r]}, fused: returns
     * {@code sum_r (log sum_c exp(z[r, c]) - z[r, y[r]])}, exact where a probability underflows, and, when
     * {@code g} is not null, writes {@code g[r, :] = scale * (softmax(z[r, :]) - onehot(y[r]))} with values
     * below 2^-60 in size flushed to zero ({@link Vectors#flushTiny}), one row at a time while it is in
     * the cache. The classes must lie in {@code [0, z.cols())}.
     */
    public static double softmaxCrossEntropy(Matrix z, int[] y, float scale, Matrix g) {
        if (g != null) {
            Matrix.requireSameShape(z, g);
        }
        if (y.length < z.rows()) {
            throw new IllegalArgumentException("softmax cross-entropy of " + z.shape() + " needs a class per row, got "
                    + y.length);
        }
        int cols = z.cols();
        float[] zs = z.data();
        double total = 0;
        for (int r = 0; r < z.rows(); r++) {
            int iz = z.offset() + r * cols;
            float max = rowMax(zs, iz, cols);
            double sum;
            if (g == null) {
                sum = 0;
                for (int c = 0; c < cols; c++) {
                    sum += Math.exp(zs[iz + c] - max);
                }
            } else {
                float[] gs = g.data();
                int ig = g.offset() + r * cols;
                sum = exponentials(zs, iz, max, gs, ig, cols);
                float inverse = (float) (1 / sum);
                for (int c = 0; c < cols; c++) {
                    gs[ig + c] *= inverse;
                }
                gs[ig + y[r]] -= 1f;
                for (int c = 0; c < cols; c++) {
                    gs[ig + c] *= scale;
                }
                Vectors.flushTiny(gs, ig, cols);
            }
            total += max + Math.log(sum) - zs[iz + y[r]];
        }
        return total;
    }

    private static float rowMax(float[] zs, int iz, int cols) {
        float max = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < cols; c++) {
            max = Math.max(max, zs[iz + c]);
        }
        return max;
    }

    /** Writes {@code e[c] = exp(z[c] - max)} into {@code ps} and returns their sum, in double. */
    private static double exponentials(float[] zs, int iz, float max, float[] ps, int ip, int cols) {
        double sum = 0;
        for (int c = 0; c < cols; c++) {
            double e = Math.exp(zs[iz + c] - max);
            ps[ip + c] = (float) e;
            sum += e;
        }
        return sum;
    }

    /** {@code log sum_c exp(z[row, c])}, computed stably. */
    public static double logSumExp(Matrix z, int row) {
        float[] zs = z.data();
        int base = z.offset() + row * z.cols();
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < z.cols(); c++) {
            max = Math.max(max, zs[base + c]);
        }
        if (max == Double.NEGATIVE_INFINITY || Double.isNaN(max)) {
            return max;
        }
        double sum = 0;
        for (int c = 0; c < z.cols(); c++) {
            sum += Math.exp(zs[base + c] - max);
        }
        return max + Math.log(sum);
    }

    /** The column of the largest value in a row (the first on ties). */
    public static int argmax(Matrix m, int row) {
        float[] d = m.data();
        int base = m.offset() + row * m.cols();
        int best = 0;
        for (int c = 1; c < m.cols(); c++) {
            if (d[base + c] > d[base + best]) {
                best = c;
            }
        }
        return best;
    }

    /**
     * Copies rows {@code source[index[from]], .., source[index[to - 1]]} into the first rows of target,
     * split over the cores when each share copies at least {@link #GATHER_SHARE} values. Rows drawn
     * from anywhere in a large matrix make the copy wait on memory more than move data, and two cores
     * wait side by side: measured with spinning workers, 64 rows of 784 floats took 30 µs on one core
     * and 19 on two, 128 rows 63 and 36, while 16 rows took 7 µs on one and 13-29 on two.
     */
    public static void gather(Matrix source, int[] index, int from, int to, Matrix target) {
        int cols = source.cols();
        if (target.cols() != cols || target.rows() < to - from) {
            throw new IllegalArgumentException("cannot gather " + (to - from) + " rows of " + source.shape()
                    + " into " + target.shape());
        }
        // forShares caps the shares at the threads; (to - from) * cols fits the target's array
        Parallel.forShares(to - from, (to - from) * cols / GATHER_SHARE, (first, end) -> {
            for (int i = from + first; i < from + end; i++) {
                System.arraycopy(source.data(), source.offset() + index[i] * cols,
                        target.data(), target.offset() + (i - from) * cols, cols);
            }
        });
    }
}
