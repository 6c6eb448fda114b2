package tanito.optim;

import java.util.List;

/**
 * AdaDelta's scaling (Zeiler, "ADADELTA: An Adaptive Learning Rate Method", arXiv 1212.5701, 2012,
 * Algorithm 1), in {@code torch.optim.Adadelta}'s form:
 * <pre>
 *   E[g^2] = rho E[g^2] + (1 - rho) g^2
 *   d = sqrt(E[dx^2] + eps) / sqrt(E[g^2] + eps) * g
 *   E[dx^2] = rho E[dx^2] + (1 - rho) d^2
 * </pre>
 * The step is then {@code p = p - lr * d} (lr 1 in the paper).
 */
public final class ScaleByAdadelta implements Stage {

    /** Running averages of squared gradients and of squared updates. */
    public record State(float[] squaredGradients, float[] squaredUpdates) {}

    private final float rho;
    private final double epsilon;
    private final State state;

    public ScaleByAdadelta(int parameterCount, double rho, double epsilon) {
        this.rho = (float) rho;
        this.epsilon = epsilon;
        this.state = new State(new float[parameterCount], new float[parameterCount]);
    }

    public State state() {
        return state;
    }

    @Override
    public List<float[]> stateArrays() {
        return List.of(state.squaredGradients(), state.squaredUpdates());
    }

    @Override
    public void apply(float[] direction, float[] params, long step) {
        float[] gradients = state.squaredGradients();
        float[] updates = state.squaredUpdates();
        for (int i = 0; i < direction.length; i++) {
            float g = direction[i];
            gradients[i] = rho * gradients[i] + (1 - rho) * g * g;
            float d = (float) (Math.sqrt(updates[i] + epsilon) / Math.sqrt(gradients[i] + epsilon) * g);
            updates[i] = rho * updates[i] + (1 - rho) * d * d;
            direction[i] = d;
        }
    }
}
