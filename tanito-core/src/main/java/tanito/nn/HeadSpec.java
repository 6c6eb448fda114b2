package tanito.nn;

import static tanito.Require.require;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One output head of a network: layers stacked on the shared trunk, ending in the head's output
 * (usually a linear {@link DenseSpec}, whose outputs are logits or regression values).
 */
public record HeadSpec(String name, List<LayerSpec> layers) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    public HeadSpec {
        require(name != null && NAME.matcher(name).matches() && !name.equals("trunk"),
                "a head name must be a word other than 'trunk' (letters, digits, _ or -), was '%s'", name);
        require(layers != null && !layers.isEmpty(), "head '%s' needs at least one layer", name);
        layers = List.copyOf(layers);
    }

    /** A head that is one linear layer of {@code outputs} units. */
    public static HeadSpec linear(String name, int outputs) {
        return new HeadSpec(name, List.of(new DenseSpec(outputs, Activation.identity())));
    }
}
