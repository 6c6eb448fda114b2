package tanito.linalg;

/**
 * PyTorch's CPU random generator, and the draws PyTorch 1.13 makes from it for {@code uniform_},
 * {@code normal_} and {@code randperm}: {@code new TorchGenerator(seed)} gives the numbers of
 * {@code torch.manual_seed(seed)} (or {@code torch.Generator().manual_seed(seed)}), so that a seed gives
 * the same initial weights and the same epoch orders as a PyTorch script. Sources: ATen's
 * {@code CPUGeneratorImpl}, {@code core/DistributionsHelper.h}, {@code core/TransformationHelper.h},
 * {@code native/cpu/DistributionTemplates.h} and {@code native/TensorFactories.cpp}.
 * <ul>
 *   <li>The engine is MT19937 (Matsumoto &amp; Nishimura, 1998) seeded with the seed's low 32 bits, as
 *       {@code std::mt19937}; {@code random()} is one 32-bit output r, {@code random64()} two, the first
 *       the high half.</li>
 *   <li>{@code uniform_(a, b)} on float32: each element in order takes one r;
 *       {@code x = (r & (2^24 - 1)) 2^-24} (a double), {@code value = (float) (x (b - a) + a)}, with
 *       {@code b - a} subtracted in float.</li>
 *   <li>{@code normal_(mean, std)} on a contiguous float32 tensor of n &gt;= 16 elements: n uniforms
 *       u in [0, 1) first, then Box-Muller in blocks of 16, for j &lt; 8:
 *       {@code rho = sqrt(-2 ln(1 - u_j))}, {@code theta = 2 pi u_(j+8)},
 *       {@code z_j = rho cos(theta) std + mean}, {@code z_(j+8) = rho sin(theta) std + mean}; when
 *       16 does not divide n, the last 16 elements are drawn afresh and transformed again. All in
 *       float, as PyTorch's AVX2 kernel computes it: theta with 2 pi rounded to a float, z by a fused
 *       multiply-add. Fewer than 16 elements take one double normal each (two draws of 53 bits:
 *       {@code rho = sqrt(-2 ln(1 - u2))}, {@code theta = 2 pi u1}, {@code rho cos(theta)}, and
 *       {@code rho sin(theta)} kept for the next element, even across tensors).</li>
 *   <li>{@code randperm(n)}: the identity, then for i = 0 .. n - 2 swap element i with element
 *       {@code i + r % (n - i)}.</li>
 * </ul>
 * Every draw is PyTorch's bit for bit, on x86-64 processors with AVX2, where PyTorch's normal kernel
 * evaluates the float logarithm, sine and cosine by Cephes's polynomials ({@link CephesFloat}). Its
 * kernel without AVX2 calls the C library's functions instead, which can differ in the last bit.
 */
public final class TorchGenerator {
    private static final int N = 624;
    private static final int M = 397;
    private static final int FLOAT_MASK = (1 << 24) - 1;
    private static final long DOUBLE_MASK = (1L << 53) - 1;
    private static final float TWO_PI = (float) (2 * Math.PI);

    private final int[] state = new int[N];
    private int next = N;
    private double cachedNormal = Double.NaN;

    /** The generator after {@code torch.manual_seed(seed)}. */
    public TorchGenerator(long seed) {
        state[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            state[i] = 1812433253 * (state[i - 1] ^ (state[i - 1] >>> 30)) + i;
        }
    }

    /** One 32-bit output, unsigned. */
    public long random() {
        if (next == N) {
            twist();
        }
        int y = state[next++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9D2C5680;
        y ^= (y << 15) & 0xEFC60000;
        y ^= y >>> 18;
        return y & 0xFFFFFFFFL;
    }

    private long random64() {
        long high = random();
        return high << 32 | random();
    }

    private void twist() {
        for (int i = 0; i < N; i++) {
            int y = (state[i] & 0x80000000) | (state[(i + 1) % N] & 0x7FFFFFFF);
            state[i] = state[(i + M) % N] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : 0x9908B0DF);
        }
        next = 0;
    }

    /** A float in [from, to), as {@code uniform_} draws one element. */
    public float uniform(float from, float to) {
        double x = (random() & FLOAT_MASK) * 0x1.0p-24;
        float range = to - from;
        return (float) (x * range + from);
    }

    /** Fills {@code values} in order as {@code tensor.uniform_(from, to)} on a float32 tensor. */
    public void uniform(float[] values, double from, double to) {
        for (int i = 0; i < values.length; i++) {
            values[i] = uniform((float) from, (float) to);
        }
    }

    /** Fills {@code values} in order as {@code tensor.normal_(mean, std)} on a contiguous float32 tensor. */
    public void normal(float[] values, double mean, double std) {
        int n = values.length;
        if (n < 16) {
            for (int i = 0; i < n; i++) {
                values[i] = (float) (doubleNormal() * std + mean);
            }
            return;
        }
        unitUniforms(values, 0, n);
        for (int i = 0; i + 16 <= n; i += 16) {
            boxMuller16(values, i, (float) mean, (float) std);
        }
        if (n % 16 != 0) {
            unitUniforms(values, n - 16, n);
            boxMuller16(values, n - 16, (float) mean, (float) std);
        }
    }

    private void unitUniforms(float[] values, int from, int to) {
        for (int i = from; i < to; i++) {
            values[i] = uniform(0f, 1f);
        }
    }

    /** Advances past {@code count} float {@code uniform_} draws (one 32-bit output each), whatever their bounds. */
    public void skipUniforms(long count) {
        for (long i = 0; i < count; i++) {
            random();
        }
    }

    private static void boxMuller16(float[] data, int at, float mean, float std) {
        for (int j = at; j < at + 8; j++) {
            float u1 = 1 - data[j];
            float u2 = data[j + 8];
            float radius = (float) Math.sqrt(-2 * CephesFloat.log(u1));
            float theta = TWO_PI * u2;
            data[j] = Math.fma(radius * CephesFloat.cos(theta), std, mean);
            data[j + 8] = Math.fma(radius * CephesFloat.sin(theta), std, mean);
        }
    }

    /** One standard normal as {@code at::normal_distribution<double>} draws it, keeping the pair's second. */
    private double doubleNormal() {
        if (!Double.isNaN(cachedNormal)) {
            double kept = cachedNormal;
            cachedNormal = Double.NaN;
            return kept;
        }
        double u1 = (random64() & DOUBLE_MASK) * 0x1.0p-53;
        double u2 = (random64() & DOUBLE_MASK) * 0x1.0p-53;
        double radius = Math.sqrt(-2.0 * Math.log(1.0 - u2));
        double theta = 2.0 * Math.PI * u1;
        cachedNormal = radius * Math.sin(theta);
        return radius * Math.cos(theta);
    }

    /** {@code torch.randperm(n, generator=g)}: a permutation of 0 .. n-1. */
    public int[] permutation(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = 0; i < n - 1; i++) {
            int j = i + (int) (random() % (n - i));
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
