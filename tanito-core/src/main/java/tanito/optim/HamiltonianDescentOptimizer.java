package tanito.optim;

import static tanito.Require.require;

import tanito.linalg.Params;
import tanito.linalg.Vectors;

/**
 * A running {@link HamiltonianDescent}: one gradient per step, the momentum half-step
 * {@code p = delta p - eps delta grad f(x)} and the position half-step {@code x = x + eps grad k(p)} in
 * the order of the spec's method (see there for how steps map onto the paper's iterations).
 */
public final class HamiltonianDescentOptimizer implements Optimizer {

    /** The momentum p, zero at the start. */
    public record State(float[] momentum) {}

    private final HamiltonianDescent spec;
    private final State state;
    private double scale = 1;
    private long steps;

    public HamiltonianDescentOptimizer(int parameterCount, HamiltonianDescent spec) {
        this.spec = spec;
        this.state = new State(new float[parameterCount]);
    }

    public State state() {
        return state;
    }

    @Override
    public double step(Params params, Objective objective) {
        float[] momentum = state.momentum();
        require(params.size() == momentum.length,
                "this optimiser was created for %d parameters, got %d", momentum.length, params.size());
        double value = objective.evaluate(params.values(), params.gradients());
        if (!Double.isFinite(value)) {
            return value;
        }
        double stepSize = learningRate();
        double delta = 1 / (1 + stepSize * spec.friction());
        boolean pendingMomentum = spec.method() == HamiltonianDescent.Method.FIRST || steps > 0;
        if (pendingMomentum) {
            Vectors.scaleAdd((float) delta, momentum, (float) (-stepSize * delta), params.gradients());
        }
        spec.kineticEnergy().addGradient(stepSize, momentum, params.values());
        steps++;
        return value;
    }

    @Override
    public long steps() {
        return steps;
    }

    @Override
    public double learningRate() {
        return scale * spec.learningRate();
    }

    @Override
    public void setLearningRateMultiplier(double multiplier) {
        scale = LearningRate.requireMultiplier(multiplier);
    }
}
