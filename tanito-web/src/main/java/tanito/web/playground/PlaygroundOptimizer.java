package tanito.web.playground;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tanito.optim.OptimizerNames;
import tanito.optim.OptimizerSpec;

/**
 * The Playground's optimiser: {@link OptimizerNames} with the page's learning rate and the few
 * hyper-parameters the page offers (momentum, beta1, beta2); the rest keep {@code torch.optim}'s
 * defaults. A hyper-parameter the chosen optimiser does not take is refused, never silently ignored.
 */
final class PlaygroundOptimizer implements OptimizerNames.Settings {
    private final Map<String, Double> given = new LinkedHashMap<>();
    private final List<String> read = new ArrayList<>();

    private PlaygroundOptimizer(double learningRate, Double momentum, Double beta1, Double beta2) {
        given.put("lr", learningRate);
        given.put("momentum", momentum);
        given.put("beta1", beta1);
        given.put("beta2", beta2);
    }

    /**
     * The optimiser {@code name} with these hyper-parameters (null: its default).
     *
     * @throws IllegalArgumentException naming a value that is out of range or that {@code name} does not take
     */
    static OptimizerSpec spec(String name, double learningRate, Double momentum, Double beta1, Double beta2) {
        PlaygroundOptimizer settings = new PlaygroundOptimizer(learningRate, momentum, beta1, beta2);
        OptimizerSpec spec = OptimizerNames.named(name, settings);
        settings.given.forEach((key, value) -> {
            if (value != null && !settings.read.contains(key)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s does not apply to optimizer %s (it takes %s), was %s", key, name, settings.read, value));
            }
        });
        return spec;
    }

    @Override
    public double number(String name, double otherwise) {
        read.add(name);
        Double value = given.get(name);
        return value == null ? otherwise : value;
    }

    @Override
    public int integer(String name, int otherwise) {
        read.add(name);
        return otherwise;
    }

    @Override
    public boolean isSet(String name) {
        read.add(name);
        return false;
    }

    @Override
    public String text(String name, String otherwise) {
        read.add(name);
        return otherwise;
    }
}
