package tanito.nn;

import tanito.linalg.Params;
import tanito.linalg.TorchGenerator;

/**
 * The initial weights PyTorch gives a network from a seed, in the usual script's steps:
 * <pre>
 *   torch.manual_seed(seed)
 *   model = nn.Sequential(nn.Linear(784, 256), nn.ReLU(), ...)   # each Linear draws its own defaults
 *   for m in model: nn.init.kaiming_normal_(m.weight, nonlinearity="relu"); nn.init.zeros_(m.bias)
 * </pre>
 * Building an {@code nn.Linear(in, out)} draws its default weight ({@code kaiming_uniform_} with
 * a = sqrt 5: one uniform per element of the [out, in] matrix) and its bias (one uniform per unit);
 * the loop then re-draws every weight with the {@code nn.init} function of the layer's
 * {@link Initializer} ({@link Initializer#fillLikePyTorch}), in the layers' order, and zeroes every
 * bias. The defaults' draws only advance the generator. Layers are taken in Tanito's order (the trunk,
 * then each head), the order in which a PyTorch module would build them; dropout draws nothing.
 */
final class TorchInitialization {
    private TorchInitialization() {}

    static Network build(NetworkSpec spec, long seed) {
        Params params = spec.layout().allocate();
        TorchGenerator generator = new TorchGenerator(seed);
        spec.forEachLayer((head, name, layer, inputSize) -> {
            if (layer instanceof DenseSpec dense) {
                generator.skipUniforms((long) inputSize * dense.units() + dense.units());
            }
        });
        spec.forEachLayer((head, name, layer, inputSize) -> {
            if (layer instanceof DenseSpec dense) {
                dense.initializer().fillLikePyTorch(params.value(name + ".weight"), generator);
                params.value(name + ".bias").fill(0f);
            }
        });
        return new Network(spec, params);
    }
}
