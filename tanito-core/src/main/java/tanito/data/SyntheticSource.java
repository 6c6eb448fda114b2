package tanito.data;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import tanito.linalg.Rng;

/**
 * Parses a data specification {@code synthetic:NAME?rows=N&noise=X&seed=S} and generates the
 * {@link Synthetic} set it names. Every parameter is optional: rows default to the playground's
 * sample counts (500 for a classification set, 1200 for a regression set, the elephant included),
 * noise to the playground's 0, the seed to 1. Unknown names and parameters fail with one line that
 * lists the valid ones.
 */
final class SyntheticSource {
    /** A generator of {@link Synthetic}, with its rows by default. */
    private record Kind(int defaultRows, Generator generator) {}

    private interface Generator {
        Dataset generate(int rows, double noise, Rng rng);
    }

    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();
    private static final List<String> PARAMETERS = List.of("rows", "noise", "seed");

    static {
        KINDS.put("circle", new Kind(500, Synthetic::circle));
        KINDS.put("xor", new Kind(500, Synthetic::xor));
        KINDS.put("gaussians", new Kind(500, Synthetic::gaussians));
        KINDS.put("spiral", new Kind(500, Synthetic::spiral));
        KINDS.put("plane", new Kind(1200, Synthetic::plane));
        KINDS.put("multi-gaussian", new Kind(1200, Synthetic::multiGaussian));
        KINDS.put("elephant", new Kind(1200, Synthetic::elephant));
    }

    private SyntheticSource() {}

    static List<String> names() {
        return List.copyOf(KINDS.keySet());
    }

    /** Generates the set {@code spec} names; {@code spec} follows the {@code synthetic:} prefix. */
    static Dataset load(String spec) {
        String whole = Datasets.SYNTHETIC_PREFIX + spec;
        int question = spec.indexOf('?');
        String name = question < 0 ? spec : spec.substring(0, question);
        Kind kind = KINDS.get(name);
        if (kind == null) {
            throw new IllegalArgumentException(String.format("unknown synthetic data set '%s' in '%s'; "
                    + "synthetic data sets are: %s", name, whole, String.join(", ", KINDS.keySet())));
        }
        Map<String, String> parameters = parameters(question < 0 ? "" : spec.substring(question + 1), whole);
        int rows = value(parameters, "rows", kind.defaultRows(), Integer::valueOf, r -> r >= 1,
                "a whole number >= 1", whole);
        double noise = value(parameters, "noise", 0.0, Double::valueOf, n -> n >= 0 && Double.isFinite(n),
                "a number >= 0", whole);
        long seed = value(parameters, "seed", 1L, Long::valueOf, s -> true, "a whole number", whole);
        return kind.generator().generate(rows, noise, Rng.seeded(seed));
    }

    private static Map<String, String> parameters(String query, String whole) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (!PARAMETERS.contains(key)) {
                throw new IllegalArgumentException(String.format("unknown parameter '%s' in '%s'; parameters are: %s",
                        key, whole, String.join(", ", PARAMETERS)));
            }
            if (parameters.put(key, equals < 0 ? "" : pair.substring(equals + 1)) != null) {
                throw new IllegalArgumentException(String.format("parameter '%s' appears twice in '%s'", key, whole));
            }
        }
        return parameters;
    }

    /** The value of parameter {@code key}, or {@code fallback} when it is absent. */
    private static <T> T value(Map<String, String> parameters, String key, T fallback, Function<String, T> parse,
                               Predicate<T> valid, String expected, String whole) {
        String text = parameters.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            T value = parse.apply(text);
            if (valid.test(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with what was expected
        }
        throw new IllegalArgumentException(String.format("%s in '%s' must be %s, was '%s'",
                key, whole, expected, text));
    }
}
