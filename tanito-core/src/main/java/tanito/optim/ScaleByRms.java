package tanito.optim;

import java.util.List;

/**
 * RMSProp's scaling (Hinton, Srivastava &amp; Swersky, Coursera "Neural Networks for Machine Learning",
 * lecture 6e, 2012; the centered form from Graves, "Generating Sequences With Recurrent Neural
 * Networks", arXiv 1308.0850, 2013), in {@code torch.optim.RMSprop}'s form:
 * <pre>
 *   v = alpha v + (1 - alpha) g^2
 *   centered:  a = alpha a + (1 - alpha) g;  d = g / (sqrt(v - a^2) + eps)
 *   plain:     d = g / (sqrt(v) + eps)
 * </pre>
 */
public final class ScaleByRms implements Stage {

    /** The running average of squared gradients, and of gradients when centered (else null). */
    public record State(float[] squareAverage, float[] gradientAverage) {}

    private final float alpha;
    private final double epsilon;
    private final State state;

    public ScaleByRms(int parameterCount, double alpha, double epsilon, boolean centered) {
        this.alpha = (float) alpha;
        this.epsilon = epsilon;
        this.state = new State(new float[parameterCount], centered ? new float[parameterCount] : null);
    }

    public State state() {
        return state;
    }

    @Override
    public List<float[]> stateArrays() {
        return state.gradientAverage() == null ? List.of(state.squareAverage())
                : List.of(state.squareAverage(), state.gradientAverage());
    }

    @Override
    public void apply(float[] direction, float[] params, long step) {
        float[] v = state.squareAverage();
        float[] a = state.gradientAverage();
        for (int i = 0; i < direction.length; i++) {
            float g = direction[i];
            v[i] = alpha * v[i] + (1 - alpha) * g * g;
            double variance = v[i];
            if (a != null) {
                a[i] = alpha * a[i] + (1 - alpha) * g;
                variance -= (double) a[i] * a[i];
            }
            direction[i] = (float) (g / (Math.sqrt(Math.max(variance, 0)) + epsilon));
        }
    }
}
