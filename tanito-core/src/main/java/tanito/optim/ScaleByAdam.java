package tanito.optim;

import java.util.List;
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
    public List<float[]> stateArrays() {
        return state.vMax() == null ? List.of(state.m(), state.v()) : List.of(state.m(), state.v(), state.vMax());
    }

    @Override
    public void apply(float[] direction, float[] params, long step) {
        AdamKernel.update(null, direction, state.m(), state.v(), state.vMax(), beta1, beta2, mScale(step),
                vScale(step), (float) epsilon, 0f);
    }

    @Override
    public void applyAndStep(float[] direction, float[] params, long step, double learningRate) {
        if (state.vMax() == null) {
            AdamKernel.step(params, direction, state.m(), state.v(), beta1, beta2, mScale(step), vScale(step),
                    (float) epsilon, (float) learningRate);
        } else {
            AdamKernel.update(params, direction, state.m(), state.v(), state.vMax(), beta1, beta2, mScale(step),
                    vScale(step), (float) epsilon, (float) learningRate);
        }
    }

    /** {@code 1 / (1 - b1^t)}, the first moment's bias correction. */
    private float mScale(long step) {
        return (float) (1 / (1 - Math.pow(beta1, step)));
    }

    /** {@code 1 / sqrt(1 - b2^t)}, the second moment's. */
    private float vScale(long step) {
        return (float) (1 / Math.sqrt(1 - Math.pow(beta2, step)));
    }
}
