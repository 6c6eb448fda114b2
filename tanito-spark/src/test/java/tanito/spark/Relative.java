package tanito.spark;

/** How far apart two weight vectors are, for the tests that compare Spark with one machine. */
final class Relative {
    private Relative() {}

    /** ||a - b||_2 / ||b||_2, in double. */
    static double normDifference(float[] a, float[] b) {
        requireSameLength(a, b);
        double difference = 0;
        double norm = 0;
        for (int i = 0; i < a.length; i++) {
            double d = (double) a[i] - b[i];
            difference += d * d;
            norm += (double) b[i] * b[i];
        }
        return Math.sqrt(difference / norm);
    }

    /** max_i |a_i - b_i| / max(|b_i|, 1e-3): the largest element-wise relative difference, absolute near zero. */
    static double maxDifference(float[] a, float[] b) {
        requireSameLength(a, b);
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]) / Math.max(Math.abs(b[i]), 1e-3));
        }
        return max;
    }

    private static void requireSameLength(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(a.length + " weights against " + b.length);
        }
    }
}
