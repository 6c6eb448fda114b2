package tanito.optim;

import static tanito.Require.require;

import java.util.List;
import tanito.linalg.Params;
import tanito.linalg.Vectors;

/**
 * An optimiser as a chain of {@link Stage}s and a learning rate:
 * {@code d = stage_k(... stage_1(grad)); p = p - lr(t) * d}. The gradient is copied into a direction
 * buffer first, so that the caller's gradients stay untouched.
 */
public final class ChainedOptimizer implements Optimizer {
    private final List<Stage> stages;
    private final LearningRate learningRate;
    private final float[] direction;
    private long steps;

    public ChainedOptimizer(int parameterCount, LearningRate learningRate, List<Stage> stages) {
        this.stages = List.copyOf(stages);
        this.learningRate = learningRate;
        this.direction = new float[parameterCount];
    }

    @Override
    public void step(Params params) {
        require(params.size() == direction.length,
                "this optimiser was created for %d parameters, got %d", direction.length, params.size());
        steps++;
        System.arraycopy(params.gradients(), 0, direction, 0, direction.length);
        for (Stage stage : stages) {
            stage.apply(direction, params.values(), steps);
        }
        Vectors.axpy((float) -learningRate.at(steps), direction, params.values());
    }

    @Override
    public long steps() {
        return steps;
    }
}
