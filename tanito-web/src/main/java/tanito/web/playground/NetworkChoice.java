package tanito.web.playground;

import static tanito.Require.require;

import java.util.List;

/**
 * The Playground network's shape: the width of each hidden layer, their activation, and the dropout
 * after each of them.
 *
 * @param hiddenLayers the width of each hidden layer, first to last; empty for none
 * @param dropout the rate of the inverted dropout after each hidden layer; 0 for none
 */
public record NetworkChoice(List<Integer> hiddenLayers, Activation activation, double dropout) {
    public static final int MAX_LAYERS = 8;
    public static final int MAX_WIDTH = 64;

    public NetworkChoice {
        require(hiddenLayers != null && hiddenLayers.size() <= MAX_LAYERS,
                "hiddenLayers must have at most %d layers, was %s", MAX_LAYERS, hiddenLayers);
        for (Integer width : hiddenLayers) {
            require(width != null && width >= 1 && width <= MAX_WIDTH,
                    "each hidden layer width must be in [1, %d], was %s in %s", MAX_WIDTH, width, hiddenLayers);
        }
        require(activation != null, "activation must be one of %s, was null", Activation.ids());
        require(dropout >= 0 && dropout <= 0.9, "dropout must be in [0, 0.9], was %s", dropout);
        hiddenLayers = List.copyOf(hiddenLayers);
    }
}
