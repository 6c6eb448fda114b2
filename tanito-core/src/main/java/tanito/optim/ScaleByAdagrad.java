package tanito.optim;

import java.util.List;

/**
 * AdaGrad's scaling (Duchi, Hazan &amp; Singer, "Adaptive Subgradient Methods for Online Learning and
 * Stochastic Optimization", JMLR 2011), in {@code torch.optim.Adagrad}'s form:
 * <pre>
 *   s = s + g^2   (s starts at initialAccumulatorValue);   d = g / (sqrt(s) + eps)
 * </pre>
 */
public final class ScaleByAdagrad implements Stage {

    /** The running sum of squared gradients. */
    public record State(float[] sumOfSquares) {}

    private final double epsilon;
    private final State state;

    public ScaleByAdagrad(int parameterCount, double initialAccumulatorValue, double epsilon) {
        this.epsilon = epsilon;
        float[] sum = new float[parameterCount];
        java.util.Arrays.fill(sum, (float) initialAccumulatorValue);
        this.state = new State(sum);
    }

    public State state() {
        return state;
    }

    @Override
    public List<float[]> stateArrays() {
        return List.of(state.sumOfSquares());
    }

    @Override
    public void apply(float[] direction, float[] params, long step) {
        float[] s = state.sumOfSquares();
        for (int i = 0; i < direction.length; i++) {
            float g = direction[i];
            s[i] += g * g;
            direction[i] = (float) (g / (Math.sqrt(s[i]) + epsilon));
        }
    }
}
