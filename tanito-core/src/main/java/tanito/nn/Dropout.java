package tanito.nn;

import static tanito.Require.failure;
import static tanito.Require.require;

import tanito.linalg.Elementwise;
import tanito.linalg.Matrix;
import tanito.linalg.Rng;

/**
 * Inverted dropout (Srivastava et al., 2014): in training each unit is zeroed with probability
 * {@code rate} and the survivors are scaled by {@code 1 / (1 - rate)}; in evaluation the layer is
 * the identity. The mask comes from the {@link Rng} passed to forward, so a seed fixes it.
 */
public final class Dropout implements Layer {
    private final int size;
    private final float rate;
    private final Scratch maskBuffer = new Scratch();
    private final Scratch outputBuffer = new Scratch();
    private final Scratch gradientBuffer = new Scratch();
    private Matrix mask;

    public Dropout(int size, double rate) {
        require(rate >= 0 && rate < 1, "dropout rate must be in [0, 1), was %s", rate);
        this.size = size;
        this.rate = (float) rate;
    }

    @Override
    public int inputSize() {
        return size;
    }

    @Override
    public int outputSize() {
        return size;
    }

    @Override
    public Matrix forward(Matrix input, Mode mode, Rng rng) {
        if (input.cols() != size) {
            throw failure("a dropout layer of %d units got a batch of shape %s", size, input.shape());
        }
        if (mode == Mode.EVAL || rate == 0f) {
            mask = null;
            return input;
        }
        mask = maskBuffer.matrix(input.rows(), size);
        Elementwise.dropoutMask(mask, rate, rng);
        Matrix output = outputBuffer.matrix(input.rows(), size);
        Elementwise.multiply(input, mask, output);
        return output;
    }

    @Override
    public Matrix backward(Matrix outputGradient, boolean needInputGradient) {
        if (!needInputGradient || mask == null) {
            return needInputGradient ? outputGradient : null;
        }
        Matrix inputGradient = gradientBuffer.matrix(outputGradient.rows(), size);
        Elementwise.multiply(outputGradient, mask, inputGradient);
        return inputGradient;
    }
}
