package tanito.nn;

import tanito.linalg.Matrix;
import tanito.linalg.Rng;

/**
 * A layer does forward and backward, nothing else: no optimiser state, no data, no globals. The
 * mode and the randomness are passed in. A layer keeps what its backward pass needs from the last
 * forward pass, so calls alternate: forward, then at most one backward.
 */
public interface Layer {

    int inputSize();

    int outputSize();

    /**
     * Computes this layer's output for a batch (one sample per row). The returned matrix is the
     * layer's own buffer, valid until its next forward call.
     */
    Matrix forward(Matrix input, Mode mode, Rng rng);

    /**
     * Given dLoss/dOutput for the last forward batch, writes dLoss/dParameters into the gradient
     * vector (overwriting) and returns dLoss/dInput, or null when {@code needInputGradient} is false
     * (the first layer of a network has no one to pass it to).
     */
    Matrix backward(Matrix outputGradient, boolean needInputGradient);
}
