package tanito.train;

import static tanito.Require.require;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One point of a {@link SearchSpace}: the values chosen for the hyper-parameters being searched. A
 * null component was not searched and keeps the base configuration's value; a {@link CandidateBuilder}
 * turns the candidate into a network and a training configuration.
 *
 * @param layers       hidden layer widths (empty: no hidden layer)
 * @param activation   the hidden layers' activation, by name ({@code relu}, {@code tanh}, ...)
 * @param optimizer    the optimiser, by the command line's name ({@code adam}, {@code momentum}, ...)
 * @param learningRate the optimiser's learning rate
 * @param batchSize    mini-batch size
 * @param l1           L1 penalty strength
 * @param l2           L2 penalty strength
 * @param dropout      dropout rate after each hidden layer
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Candidate(List<Integer> layers, String activation, String optimizer, Double learningRate,
                        Integer batchSize, Double l1, Double l2, Double dropout) {

    public Candidate {
        layers = layers == null ? null : List.copyOf(layers);
        require(learningRate == null || learningRate > 0, "learningRate must be > 0, was %s", learningRate);
        require(batchSize == null || batchSize > 0, "batchSize must be > 0, was %s", batchSize);
        require(l1 == null || l1 >= 0, "l1 must be >= 0, was %s", l1);
        require(l2 == null || l2 >= 0, "l2 must be >= 0, was %s", l2);
        require(dropout == null || (dropout >= 0 && dropout < 1), "dropout must be in [0, 1), was %s", dropout);
    }

    /** The searched values in a fixed order, printed compactly (widths joined by commas, numbers to 3 digits). */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        if (layers != null) {
            values.put("layers", layers.isEmpty() ? "none"
                    : layers.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        putIfSet(values, "activation", activation);
        putIfSet(values, "optimizer", optimizer);
        putIfSet(values, "lr", number(learningRate));
        putIfSet(values, "batch", batchSize == null ? null : batchSize.toString());
        putIfSet(values, "l1", number(l1));
        putIfSet(values, "l2", number(l2));
        putIfSet(values, "dropout", number(dropout));
        return values;
    }

    /** For example "layers 64,32, activation relu, optimizer adam, lr 0.00312". */
    @Override
    public String toString() {
        return values().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static void putIfSet(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    private static String number(Double value) {
        if (value == null) {
            return null;
        }
        String text = String.format(Locale.ROOT, "%.3g", value);
        return text.replaceFirst("(\\.\\d*?)0+(?=e|$)", "$1").replaceFirst("\\.(?=e|$)", "");
    }
}
