package tanito.nn;

import static tanito.Require.require;

import tanito.linalg.Params;
import tanito.linalg.Rng;

/**
 * A fully connected layer of {@code units} outputs with an activation. Weights are drawn by the
 * initialiser (by default the one suited to the activation: He for the ReLU family, Glorot for
 * tanh, sigmoid and linear); biases start at zero, as in Keras.
 */
public record DenseSpec(int units, Activation activation, Initializer initializer) implements LayerSpec {

    public DenseSpec {
        require(units > 0, "a dense layer needs at least one unit, was %d", units);
        require(activation != null, "a dense layer needs an activation");
        if (initializer == null) {
            initializer = activation.defaultInitializer();
        }
    }

    /** A dense layer with the activation's default initialiser. */
    public DenseSpec(int units, Activation activation) {
        this(units, activation, null);
    }

    public DenseSpec withInitializer(Initializer newInitializer) {
        return new DenseSpec(units, activation, newInitializer);
    }

    @Override
    public int outputSize(int inputSize) {
        return units;
    }

    @Override
    public void declare(String name, int inputSize, Params.Layout layout) {
        layout.add(name + ".weight", inputSize, units, true);
        layout.add(name + ".bias", 1, units, false);
    }

    @Override
    public void initialize(String name, Params params, Rng rng) {
        initializer.fill(params.value(name + ".weight"), rng);
        params.value(name + ".bias").fill(0f);
    }

    @Override
    public Layer bind(String name, int inputSize, Params params) {
        return new Dense(params.value(name + ".weight"), params.gradient(name + ".weight"),
                params.value(name + ".bias"), params.gradient(name + ".bias"), activation);
    }
}
