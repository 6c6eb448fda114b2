package tanito.optim;

import tanito.linalg.AdamKernel;

/**
 * Adam's adaptive scaling (Kingma &amp; Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015),
 * with AMSGrad as an option (Reddi, Kale &amp; Kumar, "On the Convergence of Adam and Beyond", ICLR
 * 2018), in {@code torch.optim.Adam}'s form: for direction g at step t,
 * <pre>
 *   m = b1 m + (1 - b1) g;   v = b2 v + (1 - b2) g^2;   (AMSGrad: vMax = max(vMax, v), used for v)
 *   d = (m / (1 - b1^t)) / (sqrt(v) / sqrt(1 - b2^t) + eps)
 * </pre>
 * Epsilon is added after the square root and the bias correction, as PyTorch does.
 */
public final class ScaleByAdam implements FusedStep {

    /** First and second moment estimates, and the running maximum of the second for AMSGrad (else null). */
    public record State(float[] m, float[] v, float[] vMax) {}

    private static final float TINY = 1e-30f;

    private final float beta1;
    private final float beta2;
    private final double epsilon;
    private final State state;

    public ScaleByAdam(int parameterCount, double beta1, double beta2, double epsilon, boolean amsgrad) {
        this.beta1 = (float) beta1;
        this.beta2 = (float) beta2;
        this.epsilon = epsilon;
        this.state = new State(new float[parameterCount], new float[parameterCount],
                amsgrad ? new float[parameterCount] : null);
    }

    public State state() {
        return state;
    }

    @Override
    public void apply(float[] direction, float[] params, long step) {
        update(direction, null, step, 0);
    }

    @Override
    public void applyAndStep(float[] direction, float[] params, long step, double learningRate) {
        if (state.vMax() == null) {
            AdamKernel.step(params, direction, state.m(), state.v(), beta1, beta2,
                    (float) (1 / (1 - Math.pow(beta1, step))), (float) (1 / Math.sqrt(1 - Math.pow(beta2, step))),
                    (float) epsilon, (float) learningRate);
        } else {
            update(direction, params, step, learningRate);
        }
    }

    /**
     * One pass: the moment updates, then either the scaled direction written back (params null) or
     * the step {@code p -= lr * d} taken at once. Moments below 1e-30 are flushed to zero: they can
     * no longer move a parameter (their step is below 1e-22), and left alone they sink into float
     * denormals, which the JVM cannot flush and which slow every kernel that touches them.
     */
    private void update(float[] direction, float[] params, long step, double learningRate) {
        float[] m = state.m();
        float[] v = state.v();
        float[] second = state.vMax() == null ? v : state.vMax();
        float b1 = beta1;
        float b2 = beta2;
        float c1 = 1 - b1;
        float c2 = 1 - b2;
        float mScale = (float) (1 / (1 - Math.pow(beta1, step)));
        float vScale = (float) (1 / Math.sqrt(1 - Math.pow(beta2, step)));
        float eps = (float) epsilon;
        float rate = (float) learningRate;
        for (int i = 0; i < direction.length; i++) {
            float g = direction[i];
            float mi = b1 * m[i] + c1 * g;
            float vi = b2 * v[i] + c2 * g * g;
            mi = Math.abs(mi) < TINY ? 0f : mi;
            vi = vi < TINY ? 0f : vi;
            m[i] = mi;
            v[i] = vi;
            float vi2 = vi;
            if (second != v) {
                vi2 = Math.max(second[i], vi);
                second[i] = vi2;
            }
            float d = mi * mScale / ((float) Math.sqrt(vi2) * vScale + eps);
            if (params == null) {
                direction[i] = d;
            } else {
                params[i] -= rate * d;
            }
        }
    }
}
