package tanito.linalg;

/**
 * The whole Adam update of a parameter vector in one pass (the moments, the bias-corrected step and
 * the parameter move), straight-line float code that the JIT turns into SIMD:
 * <pre>
 *   m = b1 m + (1 - b1) g;   v = b2 v + (1 - b2) g^2;   p = p - rate * (m mScale) / (sqrt(v) vScale + eps)
 * </pre>
 * with {@code mScale = 1 / (1 - b1^t)} and {@code vScale = 1 / sqrt(1 - b2^t)}.
 *
 * <p>Denormals. The JVM cannot set the processor's flush-to-zero mode, and an operation with a
 * denormal float result costs a microcode assist: when a third of the gradients were about 1e-21 (a
 * ReLU network's are), their squares alone slowed this loop sevenfold (measured 0.6 to 4 ns per
 * parameter). So, branch-free so that the loop stays vectorised, {@code x = (x + c) - c} rounds
 * |x| below 2^-24 c to zero and the rest to the nearest multiple of {@code ulp(c)} (exact above
 * about c itself): gradients below 2^-57 (7e-18) are
 * taken as 0, which keeps {@code (1 - b2) g^2} normal; their Adam step would be at most
 * {@code lr * 1e-9} anyway, eps dominating, as with PyTorch under flush-to-zero. The first moment is
 * flushed below 2^-100 (8e-31), so that even {@code lr * m} stays normal (Adam's first moment decays
 * there after some hundreds of steps, and measured, the slowdown grew epoch after epoch until this
 * flush); its step would be below 1e-30. The second moment is flushed below 2^-124.
 */
public final class AdamKernel {
    private static final float GRADIENT_FLUSH = 0x1.0p-33f;
    private static final float FIRST_MOMENT_FLUSH = 0x1.0p-76f;
    private static final float SECOND_MOMENT_FLUSH = 0x1.0p-100f;

    private AdamKernel() {}

    /** One Adam step over {@code p[0..n)}, split over the cores; see the class comment for the equations. */
    public static void step(float[] p, float[] g, float[] m, float[] v, float b1, float b2, float mScale, float vScale,
                            float eps, float rate) {
        Parallel.forRange(p.length, (from, to) -> step(p, g, m, v, b1, b2, mScale, vScale, eps, rate, from, to));
    }

    private static void step(float[] p, float[] g, float[] m, float[] v, float b1, float b2, float mScale, float vScale,
                             float eps, float rate, int from, int to) {
        float c1 = 1 - b1;
        float c2 = 1 - b2;
        float stepScale = rate * mScale;
        for (int i = from; i < to; i++) {
            float gi = (g[i] + GRADIENT_FLUSH) - GRADIENT_FLUSH;
            float mi = (b1 * m[i] + c1 * gi + FIRST_MOMENT_FLUSH) - FIRST_MOMENT_FLUSH;
            float vi = (b2 * v[i] + c2 * gi * gi + SECOND_MOMENT_FLUSH) - SECOND_MOMENT_FLUSH;
            m[i] = mi;
            v[i] = vi;
            p[i] -= stepScale * mi / ((float) Math.sqrt(vi) * vScale + eps);
        }
    }

    /**
     * The general form, one element at a time with the same flushes: AMSGrad when {@code vMax} is not
     * null (its running maximum of v takes v's place), and, when {@code p} is null, the scaled direction
     * {@code d = (m mScale) / (sqrt(v) vScale + eps)} written back into {@code g} instead of a step taken
     * (for chains where other stages follow Adam's scaling, such as AdamW's decoupled decay).
     */
    public static void update(float[] p, float[] g, float[] m, float[] v, float[] vMax, float b1, float b2,
                              float mScale, float vScale, float eps, float rate) {
        float c1 = 1 - b1;
        float c2 = 1 - b2;
        for (int i = 0; i < g.length; i++) {
            float gi = (g[i] + GRADIENT_FLUSH) - GRADIENT_FLUSH;
            float mi = (b1 * m[i] + c1 * gi + FIRST_MOMENT_FLUSH) - FIRST_MOMENT_FLUSH;
            float vi = (b2 * v[i] + c2 * gi * gi + SECOND_MOMENT_FLUSH) - SECOND_MOMENT_FLUSH;
            m[i] = mi;
            v[i] = vi;
            if (vMax != null) {
                vi = Math.max(vMax[i], vi);
                vMax[i] = vi;
            }
            float d = mi * mScale / ((float) Math.sqrt(vi) * vScale + eps);
            if (p == null) {
                g[i] = d;
            } else {
                p[i] -= rate * d;
            }
        }
    }
}
