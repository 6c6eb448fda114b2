package tanito.nn;

import static tanito.Require.require;

import tanito.linalg.Params;
import tanito.linalg.Rng;

/** Inverted dropout with the given rate in [0, 1); it has no parameters. See {@link Dropout}. */
public record DropoutSpec(double rate) implements LayerSpec {

    public DropoutSpec {
        require(rate >= 0 && rate < 1, "dropout rate must be in [0, 1), was %s", rate);
    }

    @Override
    public int outputSize(int inputSize) {
        return inputSize;
    }

    @Override
    public void declare(String name, int inputSize, Params.Layout layout) {
        // no parameters
    }

    @Override
    public void initialize(String name, Params params, Rng rng) {
        // no parameters
    }

    @Override
    public Layer bind(String name, int inputSize, Params params) {
        return new Dropout(inputSize, rate);
    }
}
