package tanito.nn;

import java.util.ArrayList;
import java.util.List;
import tanito.linalg.Matrix;
import tanito.linalg.Params;
import tanito.linalg.Rng;
import tanito.linalg.Vectors;

/**
 * A built network: its layers, bound to views of one flat {@link Params} vector. Forward maps a
 * batch to one output per head; backward takes dLoss/dOutput per head and fills the gradient twin
 * of the parameters. The trunk's output gradient is the sum of what the heads pass back.
 *
 * <p>Not thread-safe: layers keep their forward buffers for the backward pass.
 */
public final class Network {
    private final NetworkSpec spec;
    private final Params params;
    private final List<Layer> trunk = new ArrayList<>();
    private final List<List<Layer>> heads = new ArrayList<>();
    private final Scratch trunkGradient = new Scratch();

    Network(NetworkSpec spec, Params params) {
        this.spec = spec;
        this.params = params;
        for (int i = 0; i < spec.heads().size(); i++) {
            heads.add(new ArrayList<>());
        }
        spec.forEachLayer((head, name, layer, inputSize) -> {
            Layer bound = layer.bind(name, inputSize, params);
            (head < 0 ? trunk : heads.get(head)).add(bound);
        });
    }

    public NetworkSpec spec() {
        return spec;
    }

    /**
     * A network of the same layers on the same live parameter values, with its own gradients and
     * layer buffers, so that it can evaluate a batch on another thread while this one evaluates another.
     */
    public Network replica() {
        return new Network(spec, params.sharingValues());
    }

    /** The parameters and their gradients (live). */
    public Params params() {
        return params;
    }

    /**
     * The outputs of every head for a batch of inputs (one sample per row). The returned matrices are
     * layer buffers, valid until the next forward call; copy them to keep them.
     *
     * @param rng the source of dropout masks in {@link Mode#TRAIN}; unused (may be null) in EVAL
     */
    public List<Matrix> forward(Matrix inputs, Mode mode, Rng rng) {
        if (inputs.cols() != spec.inputs()) {
            throw new IllegalArgumentException("the network takes " + spec.inputs()
                    + " features per row but got a batch of shape " + inputs.shape());
        }
        Matrix x = inputs;
        for (Layer layer : trunk) {
            x = layer.forward(x, mode, rng);
        }
        List<Matrix> outputs = new ArrayList<>(heads.size());
        for (List<Layer> head : heads) {
            Matrix h = x;
            for (Layer layer : head) {
                h = layer.forward(h, mode, rng);
            }
            outputs.add(h);
        }
        return outputs;
    }

    /**
     * The output of every trunk layer for a batch of inputs, first to last, in {@link Mode#EVAL}
     * (copies): what each hidden neuron computes, for looking inside a network (the Playground draws
     * one map per neuron).
     */
    public List<Matrix> trunkOutputs(Matrix inputs) {
        List<Matrix> outputs = new ArrayList<>(trunk.size());
        Matrix x = inputs;
        for (Layer layer : trunk) {
            x = layer.forward(x, Mode.EVAL, null);
            outputs.add(x.copy());
        }
        return outputs;
    }

    /** Fills {@code params().gradients()} from dLoss/dOutput of each head, for the last forward batch. */
    public void backward(List<Matrix> outputGradients) {
        if (outputGradients.size() != heads.size()) {
            throw new IllegalArgumentException(outputGradients.size() + " output gradients for "
                    + heads.size() + " heads");
        }
        boolean trunkNeedsGradient = !trunk.isEmpty();
        Matrix sum = null;
        for (int h = 0; h < heads.size(); h++) {
            Matrix g = backward(heads.get(h), outputGradients.get(h), trunkNeedsGradient);
            if (!trunkNeedsGradient) {
                continue;
            }
            if (sum == null) {
                sum = heads.size() == 1 ? g : copyInto(trunkGradient.matrix(g.rows(), g.cols()), g);
            } else {
                Vectors.axpy(1f, g.data(), g.offset(), sum.data(), sum.offset(), g.size());
            }
        }
        if (trunkNeedsGradient) {
            backward(trunk, sum, false);
        }
    }

    private static Matrix backward(List<Layer> layers, Matrix gradient, boolean needInputGradient) {
        Matrix g = gradient;
        for (int i = layers.size() - 1; i >= 0; i--) {
            g = layers.get(i).backward(g, i > 0 || needInputGradient);
        }
        return g;
    }

    private static Matrix copyInto(Matrix target, Matrix source) {
        target.copyFrom(source);
        return target;
    }
}
