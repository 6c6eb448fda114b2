package tanito.linalg;

/**
 * The single-precision natural logarithm, sine and cosine of Cephes ({@code logf}, {@code sinf},
 * {@code cosf}; S. L. Moshier, "Methods and Programs for Mathematical Functions", 1989) evaluated as
 * PyTorch's AVX2 kernels evaluate them ({@code avx_mathfun.h}, after J. Pommier's {@code
 * sse_mathfun.h}), so that {@link TorchGenerator}'s normal draws are PyTorch's bit for bit. Each step
 * rounds to float as there; the multiply-adds GCC fuses in PyTorch's build ({@code -ffp-contract=fast})
 * are {@link Math#fma} here. Checked against 210,003 draws of PyTorch 1.13's {@code normal_}: all equal.
 * <ul>
 *   <li>log x: x = m 2^e with m in [sqrt(1/2), sqrt 2), t = m - 1;
 *       {@code log x = t - t^2/2 + t^3 P(t) + e (q1 + q2)}, P of degree 8, q1 + q2 = ln 2 split so
 *       that e q2 is exact.</li>
 *   <li>sin and cos: j = floor(|x| 4/pi) + 1 with its lowest bit cleared (even), r = |x| - j pi/4 (pi/4
 *       in three parts, Cody and Waite's reduction); {@code cos r = 1 - r^2/2 + r^4 C(r^2)},
 *       {@code sin r = r + r^3 S(r^2)}; j's bits pick the polynomial and the sign.</li>
 * </ul>
 * Valid for the arguments the draws use: logarithms of (0, 1], angles in [0, 2 pi).
 */
final class CephesFloat {
    private static final float SQRT_HALF = 0.707106781186547524f;
    private static final float[] LOG_P = {7.0376836292E-2f, -1.1514610310E-1f, 1.1676998740E-1f,
            -1.2420140846E-1f, 1.4249322787E-1f, -1.6668057665E-1f, 2.0000714765E-1f, -2.4999993993E-1f,
            3.3333331174E-1f};
    private static final float LOG_Q1 = -2.12194440e-4f;
    private static final float LOG_Q2 = 0.693359375f;
    private static final float FOUR_OVER_PI = 1.27323954473516f;
    private static final float MINUS_DP1 = -0.78515625f;
    private static final float MINUS_DP2 = -2.4187564849853515625e-4f;
    private static final float MINUS_DP3 = -3.77489497744594108e-8f;
    private static final float COS_C0 = 2.443315711809948E-005f;
    private static final float COS_C1 = -1.388731625493765E-003f;
    private static final float COS_C2 = 4.166664568298827E-002f;
    private static final float SIN_S0 = -1.9515295891E-4f;
    private static final float SIN_S1 = 8.3321608736E-3f;
    private static final float SIN_S2 = -1.6666654611E-1f;

    private CephesFloat() {}

    /** The natural logarithm; NaN for x &lt;= 0. */
    static float log(float x) {
        if (!(x > 0)) {
            return Float.NaN;
        }
        int bits = Float.floatToRawIntBits(Math.max(x, Float.MIN_NORMAL));
        float e = (float) ((bits >>> 23) - 127) + 1f;
        float m = Float.intBitsToFloat((bits & ~0x7F800000) | Float.floatToRawIntBits(0.5f)); // in [0.5, 1)
        boolean below = m < SQRT_HALF;
        float t = (m - 1f) + (below ? m : 0f);
        e = e - (below ? 1f : 0f);
        float t2 = t * t;
        float p = Math.fma(LOG_P[0], t, LOG_P[1]);
        for (int i = 2; i < LOG_P.length; i++) {
            p = Math.fma(p, t, LOG_P[i]);
        }
        p = p * t;
        p = Math.fma(p, t2, e * LOG_Q1);
        p = Math.fma(-t2, 0.5f, p);
        return Math.fma(e, LOG_Q2, t + p);
    }

    static float sin(float x) {
        return sinOrCos(x, true);
    }

    static float cos(float x) {
        return sinOrCos(x, false);
    }

    private static float sinOrCos(float x, boolean sine) {
        boolean negative = Float.floatToRawIntBits(x) < 0;
        float a = Math.abs(x);
        int j = ((int) (a * FOUR_OVER_PI) + 1) & ~1;
        float y = (float) j;
        float r = Math.fma(y, MINUS_DP1, a);
        r = Math.fma(y, MINUS_DP2, r);
        r = Math.fma(y, MINUS_DP3, r);
        float r2 = r * r;
        float c = Math.fma(COS_C0, r2, COS_C1);
        c = Math.fma(c, r2, COS_C2);
        c = c * r2;
        c = Math.fma(c, r2, -(r2 * 0.5f));
        c = c + 1f;
        float s = Math.fma(SIN_S0, r2, SIN_S1);
        s = Math.fma(s, r2, SIN_S2);
        s = s * r2;
        s = Math.fma(s, r, r);
        boolean sinePolynomial = (j & 2) == 0;
        if (sine) {
            float value = sinePolynomial ? s : c;
            return negative ^ (j & 4) != 0 ? -value : value;
        }
        float value = sinePolynomial ? c : s;
        return (~(j - 2) & 4) != 0 ? -value : value;
    }
}
