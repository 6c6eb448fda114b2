package tanito.nn;

import tanito.linalg.Matrix;
import tanito.linalg.Rng;
import tanito.linalg.TorchGenerator;

/**
 * Weight initialisers for a fanIn x fanOut weight matrix (biases start at zero). Each keeps the
 * variance of activations or gradients roughly constant from layer to layer:
 * <ul>
 *   <li>Glorot/Xavier (Glorot &amp; Bengio, 2010), for tanh, sigmoid and linear units:
 *       Var = 2 / (fanIn + fanOut); uniform on [-a, a] with a = sqrt(6 / (fanIn + fanOut)).</li>
 *   <li>He/Kaiming (He et al., 2015), for the ReLU family: Var = 2 / fanIn;
 *       uniform limit sqrt(6 / fanIn).</li>
 *   <li>LeCun (LeCun et al., "Efficient BackProp", 1998): Var = 1 / fanIn; uniform limit sqrt(3 / fanIn).</li>
 * </ul>
 * Normal variants draw from N(0, Var) untruncated, as PyTorch's {@code nn.init} does. PyTorch's
 * functions of the same rules: {@code xavier_uniform_}, {@code xavier_normal_},
 * {@code kaiming_uniform_} and {@code kaiming_normal_} (nonlinearity "relu" for He, "linear" for LeCun;
 * mode "fan_in").
 */
public enum Initializer {
    GLOROT_UNIFORM(Distribution.UNIFORM, FanMode.AVERAGE, 1.0),
    GLOROT_NORMAL(Distribution.NORMAL, FanMode.AVERAGE, 1.0),
    HE_UNIFORM(Distribution.UNIFORM, FanMode.IN, 2.0),
    HE_NORMAL(Distribution.NORMAL, FanMode.IN, 2.0),
    LECUN_UNIFORM(Distribution.UNIFORM, FanMode.IN, 1.0),
    LECUN_NORMAL(Distribution.NORMAL, FanMode.IN, 1.0);

    private enum Distribution { UNIFORM, NORMAL }

    /** Which fan the variance divides by: fanIn, or the mean of fanIn and fanOut. */
    private enum FanMode { IN, AVERAGE }

    private final Distribution distribution;
    private final FanMode fanMode;
    private final double gain;

    Initializer(Distribution distribution, FanMode fanMode, double gain) {
        this.distribution = distribution;
        this.fanMode = fanMode;
        this.gain = gain;
    }

    /** The variance this initialiser gives each weight of a fanIn x fanOut matrix. */
    public double variance(int fanIn, int fanOut) {
        double fan = fanMode == FanMode.IN ? fanIn : (fanIn + fanOut) / 2.0;
        return gain / fan;
    }

    /** Fills {@code weights} (fanIn rows, fanOut columns) with fresh draws from {@code rng}. */
    public void fill(Matrix weights, Rng rng) {
        double variance = variance(weights.rows(), weights.cols());
        double limit = Math.sqrt(3 * variance); // Var(U[-a, a]) = a^2 / 3
        double std = Math.sqrt(variance);
        for (int r = 0; r < weights.rows(); r++) {
            for (int c = 0; c < weights.cols(); c++) {
                double draw = distribution == Distribution.UNIFORM
                        ? (2 * rng.nextDouble() - 1) * limit
                        : rng.nextGaussian() * std;
                weights.set(r, c, (float) draw);
            }
        }
    }

    /**
     * Fills {@code weights} (fanIn rows, fanOut columns) with what PyTorch's function of this rule draws
     * from {@code generator} for an {@code nn.Linear}'s weight, which is [fanOut, fanIn]: the draws fill
     * that layout row by row, so {@code weights} gets them transposed. The bounds are computed as
     * {@code torch.nn.init} computes them: std = gain / sqrt(fanIn) with gain = sqrt(2) for He and 1 for
     * LeCun, or std = sqrt(2 / (fanIn + fanOut)) for Glorot; a uniform bound is sqrt(3) std.
     */
    public void fillLikePyTorch(Matrix weights, TorchGenerator generator) {
        int fanIn = weights.rows();
        int fanOut = weights.cols();
        double std = fanMode == FanMode.IN ? Math.sqrt(gain) / Math.sqrt(fanIn) : Math.sqrt(2.0 / (fanIn + fanOut));
        float[] drawn = new float[fanIn * fanOut];
        if (distribution == Distribution.UNIFORM) {
            double bound = Math.sqrt(3.0) * std;
            generator.uniform(drawn, -bound, bound);
        } else {
            generator.normal(drawn, 0, std);
        }
        for (int out = 0; out < fanOut; out++) {
            for (int in = 0; in < fanIn; in++) {
                weights.set(in, out, drawn[out * fanIn + in]);
            }
        }
    }
}
