package tanito.linalg;

import java.util.Arrays;
import java.util.List;

/**
 * Kernels on ranges of flat float arrays ({@code x[offset .. offset + n)}): the level-1 operations
 * that optimisers, penalties and losses are written in. Sums accumulate in double.
 */
public final class Vectors {
    private Vectors() {}

    /** {@code y += a * x}. */
    public static void axpy(float a, float[] x, int offsetX, float[] y, int offsetY, int n) {
        for (int i = 0; i < n; i++) {
            y[offsetY + i] += a * x[offsetX + i];
        }
    }

    /** {@code y += a * x} over whole arrays of equal length. */
    public static void axpy(float a, float[] x, float[] y) {
        requireSameLength(x, y);
        axpy(a, x, 0, y, 0, x.length);
    }

    /** {@code x *= a}. */
    public static void scale(float[] x, int offset, int n, float a) {
        for (int i = offset; i < offset + n; i++) {
            x[i] *= a;
        }
    }

    /** {@code y = a * y + b * x}, the exponential-average form momentum and moment estimates use. */
    public static void scaleAdd(float a, float[] y, float b, float[] x) {
        requireSameLength(x, y);
        for (int i = 0; i < y.length; i++) {
            y[i] = a * y[i] + b * x[i];
        }
    }

    /** {@code y += a * sign(x)}, with sign(0) = 0 as in PyTorch: the gradient of {@code a * |x|}. */
    public static void addSign(float a, float[] x, int offsetX, float[] y, int offsetY, int n) {
        for (int i = 0; i < n; i++) {
            float v = x[offsetX + i];
            y[offsetY + i] += v > 0 ? a : v < 0 ? -a : 0f;
        }
    }

    private static final float TINY = 0x1.0p-60f;

    /**
     * Rounds every |x| below 2^-84 (5e-26) to zero and smaller values to a multiple of 2^-83, leaving
     * every |x| above 2^-36 (1.5e-11) unchanged: {@code x = (x + 2^-60) - 2^-60}, branch-free. Used on loss gradients, whose
     * tiny entries (a confident softmax gives 1e-30) would otherwise breed float denormals in the
     * backward products; the JVM cannot set the processor's flush-to-zero mode, and a denormal result
     * costs a microcode assist many times the price of the multiply.
     */
    public static void flushTiny(float[] x, int offset, int n) {
        for (int i = offset; i < offset + n; i++) {
            x[i] = (x[i] + TINY) - TINY;
        }
    }

    /** Clips every value of x into {@code [low, high]}. */
    public static void clip(float[] x, float low, float high) {
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.min(high, Math.max(low, x[i]));
        }
    }

    /** {@code sum |x|}. */
    public static double sumAbs(float[] x, int offset, int n) {
        double sum = 0;
        for (int i = offset; i < offset + n; i++) {
            sum += Math.abs(x[i]);
        }
        return sum;
    }

    /** {@code sum x^2}. */
    public static double sumSquares(float[] x, int offset, int n) {
        double sum = 0;
        for (int i = offset; i < offset + n; i++) {
            sum += (double) x[i] * x[i];
        }
        return sum;
    }

    /** {@code sum x}. */
    public static double sum(float[] x, int offset, int n) {
        double sum = 0;
        for (int i = offset; i < offset + n; i++) {
            sum += x[i];
        }
        return sum;
    }

    /** Whether every value in the range is finite (neither NaN nor infinite). */
    public static boolean allFinite(float[] x, int offset, int n) {
        for (int i = offset; i < offset + n; i++) {
            if (!Float.isFinite(x[i])) {
                return false;
            }
        }
        return true;
    }

    /** {@code sum x_i y_i} over whole arrays, accumulated in double. */
    public static double dot(float[] x, float[] y) {
        requireSameLength(x, y);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (double) x[i] * y[i];
        }
        return sum;
    }

    /** {@code max |x_i|}, the infinity norm; 0 for an empty vector. */
    public static double maxAbs(float[] x) {
        double max = 0;
        for (float v : x) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** {@code y += a x} with a double scalar, each element computed in double and rounded once. */
    public static void addScaled(double a, float[] x, float[] y) {
        requireSameLength(x, y);
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) (y[i] + a * x[i]);
        }
    }

    /** {@code out = x + a d}: the point at step a along direction d from x, rounded once. */
    public static void pointAlong(float[] x, double a, float[] d, float[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (x[i] + a * d[i]);
        }
    }

    /** {@code out = a x}, rounded once. */
    public static void scaled(double a, float[] x, float[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (a * x[i]);
        }
    }

    /** {@code out = x - y}. */
    public static void difference(float[] x, float[] y, float[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = x[i] - y[i];
        }
    }

    /**
     * {@code into = sum_s weights[s] vectors[s]}: each element starts from the first term and adds the
     * others in the order of the vectors, in float with the weights rounded to float; a vector of
     * weight 0 is skipped (it may be null), and with none left {@code into} is zero. So a single vector
     * of weight 1 comes back bit for bit, and since every element is computed by one thread the result
     * does not depend on how the elements are split over the cores ({@link Parallel#forRange}). How the
     * gradients of the shares of one batch (threads, or Spark partitions) are combined, the weights
     * being the shares' fractions of the batch's rows. In float because C2 on Java 17 does not
     * vectorise float-to-double conversions: two gradients of the benchmark net (235,146 values) add up
     * in 60 microseconds on two cores, against 93 in double.
     */
    public static void weightedSum(List<float[]> vectors, double[] weights, float[] into) {
        int used = 0;
        for (int s = 0; s < vectors.size(); s++) {
            if (weights[s] != 0) {
                requireSameLength(vectors.get(s), into);
                used++;
            }
        }
        if (used == 0) {
            Arrays.fill(into, 0f);
            return;
        }
        float[][] v = new float[used][];
        float[] w = new float[used];
        for (int s = 0, u = 0; s < vectors.size(); s++) {
            if (weights[s] != 0) {
                v[u] = vectors.get(s);
                w[u++] = (float) weights[s];
            }
        }
        Parallel.forRange(into.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                into[i] = w[0] * v[0][i];
            }
            for (int s = 1; s < v.length; s++) {
                float[] vs = v[s];
                float ws = w[s];
                for (int i = from; i < to; i++) {
                    into[i] += ws * vs[i];
                }
            }
        });
    }

    private static void requireSameLength(float[] x, float[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("vector lengths differ: " + x.length + " and " + y.length);
        }
    }
}
