package tanito.optim;

import java.util.List;

/**
 * Adamax's scaling, Adam with the infinity norm (Kingma &amp; Ba, ICLR 2015, Section 7.1), in
 * {@code torch.optim.Adamax}'s form:
 * <pre>
 *   m = b1 m + (1 - b1) g;   u = max(b2 u, |g| + eps);   d = (m / (1 - b1^t)) / u
 * </pre>
 */
public final class ScaleByAdamax implements Stage {

    /** The first moment and the exponentially weighted infinity norm. */
    public record State(float[] m, float[] u) {}

    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private final State state;

    public ScaleByAdamax(int parameterCount, double beta1, double beta2, double epsilon) {
        this.beta1 = (float) beta1;
        this.beta2 = (float) beta2;
        this.epsilon = (float) epsilon;
        this.state = new State(new float[parameterCount], new float[parameterCount]);
    }

    public State state() {
        return state;
    }

    @Override
    public List<float[]> stateArrays() {
        return List.of(state.m(), state.u());
    }

    @Override
    public void apply(float[] direction, float[] params, long step) {
        double correction1 = 1 - Math.pow(beta1, step);
        float[] m = state.m();
        float[] u = state.u();
        for (int i = 0; i < direction.length; i++) {
            float g = direction[i];
            m[i] = beta1 * m[i] + (1 - beta1) * g;
            u[i] = Math.max(beta2 * u[i], Math.abs(g) + epsilon);
            direction[i] = (float) (m[i] / correction1 / u[i]);
        }
    }
}
