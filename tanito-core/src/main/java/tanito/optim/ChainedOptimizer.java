package tanito.optim;

import static tanito.Require.require;

import java.util.ArrayList;
import java.util.List;
import tanito.linalg.Params;
import tanito.linalg.Vectors;

/**
 * A first-order optimiser as a chain of {@link Stage}s and a learning rate:
 * {@code d = stage_k(... stage_1(grad)); p = p - lr(t) * d}. The gradient is copied into a direction
 * buffer first, so that the gradients the objective wrote stay as they were.
 */
public final class ChainedOptimizer implements Optimizer {
    private final List<Stage> stages;
    private final LearningRate learningRate;
    private final float[] direction;
    private double scale = 1;
    private long steps;

    public ChainedOptimizer(int parameterCount, LearningRate learningRate, List<Stage> stages) {
        this.stages = List.copyOf(stages);
        this.learningRate = learningRate;
        this.direction = new float[parameterCount];
    }

    /**
     * The common chain of {@code torch.optim}'s rules: coupled weight decay {@code g = g + lambda p}
     * (left out when lambda is 0), then the given stages.
     */
    public static ChainedOptimizer afterCoupledDecay(int parameterCount, LearningRate learningRate, double weightDecay,
                                                     Stage... stages) {
        List<Stage> chain = new ArrayList<>();
        if (weightDecay > 0) {
            chain.add(new WeightDecay(weightDecay));
        }
        chain.addAll(List.of(stages));
        return new ChainedOptimizer(parameterCount, learningRate, chain);
    }

    @Override
    public double step(Params params, Objective objective) {
        require(params.size() == direction.length,
                "this optimiser was created for %d parameters, got %d", direction.length, params.size());
        double value = objective.evaluate(params.values(), params.gradients());
        if (!Double.isFinite(value)) {
            return value;
        }
        steps++;
        double rate = scale * learningRate.at(steps);
        int last = stages.size() - 1;
        boolean fused = last >= 0 && stages.get(last) instanceof FusedStep;
        float[] d = params.gradients();
        if (last > 0 || !fused) { // the leading stages rewrite a copy; the caller's gradients stay as they were
            System.arraycopy(params.gradients(), 0, direction, 0, direction.length);
            d = direction;
            for (int i = 0; i < (fused ? last : stages.size()); i++) {
                stages.get(i).apply(d, params.values(), steps);
            }
        }
        if (fused) {
            ((FusedStep) stages.get(last)).applyAndStep(d, params.values(), steps, rate);
        } else {
            Vectors.axpy((float) -rate, d, params.values());
        }
        return value;
    }

    @Override
    public long steps() {
        return steps;
    }

    @Override
    public double learningRate() {
        return scale * learningRate.at(steps + 1);
    }

    @Override
    public void setLearningRateMultiplier(double multiplier) {
        scale = LearningRate.requireMultiplier(multiplier);
    }

    /** Every stage's state arrays, stage by stage. */
    @Override
    public List<float[]> stateArrays() {
        List<float[]> all = new ArrayList<>();
        stages.forEach(stage -> all.addAll(stage.stateArrays()));
        return all;
    }

    @Override
    public void resumeAt(long newSteps) {
        require(newSteps >= 0, "steps must be >= 0, was %d", newSteps);
        steps = newSteps;
        stages.forEach(stage -> stage.resumeAt(newSteps));
    }
}
