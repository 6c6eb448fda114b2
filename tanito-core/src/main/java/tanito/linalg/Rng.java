package tanito.linalg;

/**
 * A seeded random stream (SplitMix64: Steele, Lea &amp; Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014) that can be split by key: {@code rng.split(SHUFFLE, epoch)} is a stream
 * that depends only on this stream's seed and the keys, never on how much of this stream has been
 * consumed. One seed therefore drives initialisation, shuffles and dropout masks independently and
 * reproducibly, whatever order they are drawn in.
 *
 * <p>Written here rather than borrowed from the JDK so that the same seed gives the same numbers on
 * every Java version; Gaussian draws use {@link StrictMath} for the same reason.
 */
public final class Rng implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long origin;
    private long state;

    private Rng(long origin) {
        this.origin = origin;
        this.state = origin;
    }

    /** A stream determined by {@code seed} alone. */
    public static Rng seeded(long seed) {
        return new Rng(mix64(seed));
    }

    /** A new stream determined by this stream's seed and {@code keys}, independent of its position. */
    public Rng split(long... keys) {
        long derived = origin;
        for (long key : keys) {
            derived = mix64(derived ^ mix64(key * GOLDEN_GAMMA + GOLDEN_GAMMA));
        }
        return new Rng(derived);
    }

    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix64(state);
    }

    /** Uniform in [0, bound), without modulo bias. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be > 0, was " + bound);
        }
        int r = (int) (nextLong() >>> 33);
        int m = bound - 1;
        if ((bound & m) == 0) {
            return (int) ((bound * (long) r) >> 31);
        }
        for (int u = r; u - (r = u % bound) + m < 0; u = (int) (nextLong() >>> 33)) {
            // reject the top partial range
        }
        return r;
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, 1) with 24 random bits. */
    public float nextFloat() {
        return (nextLong() >>> 40) * 0x1.0p-24f;
    }

    /** Standard normal, by the Box-Muller transform (one draw per two uniforms). */
    public double nextGaussian() {
        double u1 = 1.0 - nextDouble(); // in (0, 1]: the logarithm stays finite
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }

    /** Shuffles {@code values} in place (Fisher-Yates). */
    public void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /** A uniformly random permutation of {@code 0 .. n-1}. */
    public int[] permutation(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        shuffle(p);
        return p;
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser, as SplitMix64 uses. */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
