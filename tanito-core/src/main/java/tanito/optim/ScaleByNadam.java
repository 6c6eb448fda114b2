package tanito.optim;

import java.util.List;

/**
 * NAdam's scaling: Adam with Nesterov momentum (Dozat, "Incorporating Nesterov Momentum into Adam",
 * ICLR 2016 workshop), with {@code torch.optim.NAdam}'s momentum schedule
 * {@code mu_t = b1 (1 - 0.5 * 0.96^(t * momentumDecay))}:
 * <pre>
 *   m = b1 m + (1 - b1) g;   v = b2 v + (1 - b2) g^2;   P_t = mu_1 ... mu_t
 *   d = ((1 - mu_t) / (1 - P_t)) g / D + (mu_{t+1} / (1 - P_t mu_{t+1})) m / D,   D = sqrt(v / (1 - b2^t)) + eps
 * </pre>
 * This is the rule of PyTorch 2 and of Dozat's paper. PyTorch 1.13 (the golden files' version) used
 * {@code P_t mu_t mu_{t+1}} in the second denominator, counting mu_t twice; after 25 steps on the
 * golden functions the two differ by at most 1.4e-4 relative.
 */
public final class ScaleByNadam implements Stage {

    /** The moment estimates; the running product of the momentum schedule is kept beside them. */
    public record State(float[] m, float[] v) {}

    private final float beta1;
    private final float beta2;
    private final double epsilon;
    private final double momentumDecay;
    private final State state;
    private double muProduct = 1;

    public ScaleByNadam(int parameterCount, double beta1, double beta2, double epsilon, double momentumDecay) {
        this.beta1 = (float) beta1;
        this.beta2 = (float) beta2;
        this.epsilon = epsilon;
        this.momentumDecay = momentumDecay;
        this.state = new State(new float[parameterCount], new float[parameterCount]);
    }

    public State state() {
        return state;
    }

    @Override
    public List<float[]> stateArrays() {
        return List.of(state.m(), state.v());
    }

    /** muProduct is mu(1) mu(2) ... mu(steps), rebuilt in the order {@link #apply} accumulates it. */
    @Override
    public void resumeAt(long steps) {
        muProduct = 1;
        for (long step = 1; step <= steps; step++) {
            muProduct *= mu(step);
        }
    }

    private double mu(long step) {
        return beta1 * (1 - 0.5 * Math.pow(0.96, step * momentumDecay));
    }

    @Override
    public void apply(float[] direction, float[] params, long step) {
        double mu = mu(step);
        double muNext = mu(step + 1);
        muProduct *= mu;
        double gradientWeight = (1 - mu) / (1 - muProduct);
        double momentumWeight = muNext / (1 - muProduct * muNext);
        double correction2 = 1 - Math.pow(beta2, step);
        float[] m = state.m();
        float[] v = state.v();
        for (int i = 0; i < direction.length; i++) {
            float g = direction[i];
            m[i] = beta1 * m[i] + (1 - beta1) * g;
            v[i] = beta2 * v[i] + (1 - beta2) * g * g;
            double denominator = Math.sqrt(v[i] / correction2) + epsilon;
            direction[i] = (float) ((gradientWeight * g + momentumWeight * m[i]) / denominator);
        }
    }
}
