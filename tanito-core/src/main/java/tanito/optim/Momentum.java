package tanito.optim;

import java.util.List;
import tanito.linalg.Vectors;

/**
 * Heavy-ball and Nesterov momentum with {@code torch.optim.SGD} semantics (Sutskever et al., 2013):
 * <pre>
 *   b_1 = d_1;   b_t = mu * b_{t-1} + (1 - dampening) * d_t
 *   d = d_t + mu * b_t   (Nesterov)   or   d = b_t   (classical)
 * </pre>
 * With the learning-rate step {@code p = p - lr * d} and a constant learning rate, classical momentum
 * is the lecture's rule {@code dW(t) = -lr * dC/dW + mu * dW(t-1)}. PyTorch keeps the learning rate
 * outside the buffer, so a changed rate scales the whole velocity at once.
 */
public final class Momentum implements Stage {

    /** The velocity buffer {@code b}. */
    public record State(float[] buffer) {}

    private final float mu;
    private final float dampening;
    private final boolean nesterov;
    private final State state;

    public Momentum(int parameterCount, double mu, double dampening, boolean nesterov) {
        this.mu = (float) mu;
        this.dampening = (float) dampening;
        this.nesterov = nesterov;
        this.state = new State(new float[parameterCount]);
    }

    public State state() {
        return state;
    }

    @Override
    public List<float[]> stateArrays() {
        return List.of(state.buffer());
    }

    @Override
    public void apply(float[] direction, float[] params, long step) {
        float[] b = state.buffer();
        if (step == 1) {
            System.arraycopy(direction, 0, b, 0, b.length);
        } else {
            Vectors.scaleAdd(mu, b, 1f - dampening, direction);
        }
        if (nesterov) {
            Vectors.axpy(mu, b, direction);
        } else {
            System.arraycopy(b, 0, direction, 0, b.length);
        }
    }
}
