package tanito.nn;

import static tanito.Require.require;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tanito.linalg.Params;
import tanito.linalg.Rng;

/**
 * The description of a network: {@code inputs} features feed a shared trunk of layers, whose output
 * feeds one or more heads. A plain multi-layer perceptron is a trunk of hidden layers and one linear
 * head:
 * <pre>{@code NetworkSpec.input(4).dense(16, Activation.relu()).dropout(0.2).output(3)}</pre>
 * Parameters are laid out trunk first, then each head in order; the layer names are
 * {@code trunk.0}, {@code trunk.1}, ... and {@code <head>.0}, ....
 */
public record NetworkSpec(int inputs, List<LayerSpec> trunk, List<HeadSpec> heads) {

    public NetworkSpec {
        require(inputs > 0, "a network needs at least one input, was %d", inputs);
        require(trunk != null, "trunk must not be null (use an empty list)");
        require(heads != null && !heads.isEmpty(), "a network needs at least one head");
        Set<String> names = new HashSet<>();
        for (HeadSpec head : heads) {
            require(names.add(head.name()), "two heads are named '%s'", head.name());
        }
        trunk = List.copyOf(trunk);
        heads = List.copyOf(heads);
    }

    /** Starts a network of {@code inputs} features. */
    public static Builder input(int inputs) {
        return new Builder(inputs);
    }

    /** The width of the trunk's output, which every head takes as input. */
    public int trunkOutputSize() {
        int width = inputs;
        for (LayerSpec layer : trunk) {
            width = layer.outputSize(width);
        }
        return width;
    }

    /** The width of each head's output, in head order. */
    public List<Integer> outputSizes() {
        List<Integer> sizes = new ArrayList<>();
        for (HeadSpec head : heads) {
            int width = trunkOutputSize();
            for (LayerSpec layer : head.layers()) {
                width = layer.outputSize(width);
            }
            sizes.add(width);
        }
        return sizes;
    }

    /** A new network with weights drawn from {@code rng} (layer i draws from {@code rng.split(i)}). */
    public Network build(Rng rng) {
        Params params = layout().allocate();
        int[] index = {0};
        forEachLayer((head, name, layer, inputSize) -> layer.initialize(name, params, rng.split(index[0]++)));
        return new Network(this, params);
    }

    /**
     * A new network with the weights PyTorch draws for it from {@code seed}, as a script that builds the
     * layers and then re-initialises each one does ({@link TorchInitialization}).
     */
    public Network buildLikePyTorch(long seed) {
        return TorchInitialization.build(this, seed);
    }

    /** A network with the given parameter values (as saved), laid out as {@link #build} lays them out. */
    public Network build(float[] values) {
        Params params = layout().allocate();
        params.restore(values);
        return new Network(this, params);
    }

    /** The number of trainable parameters. */
    public int parameterCount() {
        return layout().size();
    }

    Params.Layout layout() {
        Params.Layout layout = Params.layout();
        forEachLayer((head, name, layer, inputSize) -> layer.declare(name, inputSize, layout));
        return layout;
    }

    /** Visits every layer with its head (-1 for the trunk), name and input width: trunk first, then heads in order. */
    void forEachLayer(LayerVisitor visitor) {
        int width = inputs;
        for (int i = 0; i < trunk.size(); i++) {
            visitor.visit(-1, "trunk." + i, trunk.get(i), width);
            width = trunk.get(i).outputSize(width);
        }
        int trunkWidth = width;
        for (int h = 0; h < heads.size(); h++) {
            HeadSpec head = heads.get(h);
            width = trunkWidth;
            for (int i = 0; i < head.layers().size(); i++) {
                visitor.visit(h, head.name() + "." + i, head.layers().get(i), width);
                width = head.layers().get(i).outputSize(width);
            }
        }
    }

    interface LayerVisitor {
        void visit(int head, String name, LayerSpec layer, int inputSize);
    }

    /** Stacks trunk layers, then ends with the heads. */
    public static final class Builder {
        private final int inputs;
        private final List<LayerSpec> trunk = new ArrayList<>();

        private Builder(int inputs) {
            this.inputs = inputs;
        }

        public Builder dense(int units, Activation activation) {
            return add(new DenseSpec(units, activation));
        }

        public Builder dropout(double rate) {
            return add(new DropoutSpec(rate));
        }

        public Builder add(LayerSpec layer) {
            trunk.add(layer);
            return this;
        }

        /** Ends with one linear head named "output" of {@code outputs} units (logits or regression values). */
        public NetworkSpec output(int outputs) {
            return heads(HeadSpec.linear("output", outputs));
        }

        /** Ends with several heads on the shared trunk. */
        public NetworkSpec heads(HeadSpec... heads) {
            return new NetworkSpec(inputs, trunk, List.of(heads));
        }
    }
}
