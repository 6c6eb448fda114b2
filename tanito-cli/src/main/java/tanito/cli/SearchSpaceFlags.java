package tanito.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import picocli.CommandLine.Option;
import tanito.train.SearchDomain;
import tanito.train.SearchSpace;

/**
 * The flags that describe a search space. Each hyper-parameter is searched over its default values
 * ({@link SearchSpace#defaults()}) unless the user gives its own values ({@code --lr-range},
 * {@code --lr-list}, ...) or fixes it with the train flag ({@code --lr 0.01}); giving both is an
 * error. A grid needs lists: a default range is then left out (the base value is kept) and a range
 * flag is an error.
 */
final class SearchSpaceFlags {
    @Option(names = "--layers-choices", paramLabel = "W,W;W;..",
            description = "hidden-layer choices, ';' between choices, ',' between widths; quote it: '32;64,32;128,64'")
    String layers;
    @Option(names = "--activations", paramLabel = "A,B", description = "activations to try, e.g. tanh,relu")
    String activations;
    @Option(names = "--optimizers", paramLabel = "A,B", description = "optimisers to try, e.g. adam,momentum (as --optimizer)")
    String optimizers;
    @Option(names = "--lr-range", paramLabel = "LOW,HIGH", description = "learning rate, log-uniform (random search)")
    String lrRange;
    @Option(names = "--lr-list", paramLabel = "A,B,..", description = "learning rates to try")
    String lrList;
    @Option(names = "--batch-sizes", paramLabel = "A,B,..", description = "mini-batch sizes to try")
    String batchSizes;
    @Option(names = "--l1-range", paramLabel = "LOW,HIGH", description = "L1 strength, log-uniform (random search)")
    String l1Range;
    @Option(names = "--l1-list", paramLabel = "A,B,..", description = "L1 strengths to try (0 allowed)")
    String l1List;
    @Option(names = "--l1-zero-share", paramLabel = "P", description = "share of random candidates with L1 = 0")
    Double l1ZeroShare;
    @Option(names = "--l2-range", paramLabel = "LOW,HIGH", description = "L2 strength, log-uniform (random search)")
    String l2Range;
    @Option(names = "--l2-list", paramLabel = "A,B,..", description = "L2 strengths to try (0 allowed)")
    String l2List;
    @Option(names = "--l2-zero-share", paramLabel = "P", description = "share of random candidates with L2 = 0")
    Double l2ZeroShare;
    @Option(names = "--dropout-range", paramLabel = "LOW,HIGH", description = "dropout rate, uniform (random search)")
    String dropoutRange;
    @Option(names = "--dropout-list", paramLabel = "A,B,..", description = "dropout rates to try")
    String dropoutList;

    /** The space these flags describe, for a grid or a random search; {@code given} tells which train flags were given. */
    SearchSpace space(Predicate<String> given, boolean grid) {
        SearchSpace defaults = SearchSpace.defaults();
        Dimension d = new Dimension(given, grid);
        return new SearchSpace(
                d.list("--layers-choices", layers, "--layers", SearchSpaceFlags::layerChoices, defaults.layers()),
                d.list("--activations", activations, "--activation", text -> items(text), defaults.activations()),
                d.list("--optimizers", optimizers, "--optimizer", SearchSpaceFlags::optimizerNames, defaults.optimizers()),
                d.number("--lr", lrRange, lrList, null, defaults.learningRate(), true),
                d.list("--batch-sizes", batchSizes, "--batch-size", text -> integers("--batch-sizes", text),
                        defaults.batchSizes()),
                d.number("--l1", l1Range, l1List, l1ZeroShare, defaults.l1(), true),
                d.number("--l2", l2Range, l2List, l2ZeroShare, defaults.l2(), true),
                d.number("--dropout", dropoutRange, dropoutList, null, defaults.dropout(), false));
    }

    /** Resolves one hyper-parameter: the user's values, the fixed train flag, or the default. */
    private record Dimension(Predicate<String> given, boolean grid) {

        <T> List<T> list(String flag, String text, String trainFlag, Function<String, List<T>> parse, List<T> fallback) {
            if (text != null) {
                requireNotFixed(flag, trainFlag);
                return parse.apply(text);
            }
            return given.test(trainFlag) ? null : fallback;
        }

        /** {@code name} is the train flag (--lr); its range is log-uniform when {@code logScale}, else uniform. */
        SearchDomain number(String name, String range, String list, Double zeroShare, SearchDomain fallback,
                            boolean logScale) {
            if (range != null && list != null) {
                throw new IllegalArgumentException("give " + name + "-range or " + name + "-list, not both");
            }
            if (range != null && grid) {
                throw new IllegalArgumentException("--grid needs lists: give " + name + "-list instead of " + name + "-range");
            }
            String flag = range != null ? name + "-range" : name + "-list";
            SearchDomain domain;
            if (range != null || list != null) {
                requireNotFixed(flag, name);
                domain = withFlag(flag, () -> range != null ? range(flag, range, logScale) : numbers(flag, list));
            } else {
                domain = given.test(name) || (grid && !(fallback instanceof SearchDomain.Choices)) ? null : fallback;
            }
            if (zeroShare == null) {
                return domain;
            }
            if (!(domain instanceof SearchDomain.LogUniform r)) {
                throw new IllegalArgumentException(name + "-zero-share needs a log-uniform " + name + "-range (random search)");
            }
            return withFlag(name + "-zero-share", () -> new SearchDomain.LogUniform(r.low(), r.high(), zeroShare));
        }

        private void requireNotFixed(String flag, String trainFlag) {
            if (given.test(trainFlag)) {
                throw new IllegalArgumentException(trainFlag + " fixes the value that " + flag
                        + " searches; give one of them");
            }
        }
    }

    private static SearchDomain range(String flag, String text, boolean logScale) {
        List<Double> ends = numbers(flag, text).values();
        if (ends.size() != 2) {
            throw new IllegalArgumentException(flag + " takes LOW,HIGH, was '" + text + "'");
        }
        return logScale ? SearchDomain.LogUniform.of(ends.get(0), ends.get(1))
                : new SearchDomain.Uniform(ends.get(0), ends.get(1));
    }

    private static SearchDomain.Choices numbers(String flag, String text) {
        List<Double> values = new ArrayList<>();
        for (String item : items(text)) {
            try {
                values.add(Double.parseDouble(item));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(flag + ": '" + item + "' is not a number");
            }
        }
        return new SearchDomain.Choices(values);
    }

    private static List<Integer> integers(String flag, String text) {
        List<Integer> values = new ArrayList<>();
        for (String item : items(text)) {
            try {
                values.add(Integer.parseInt(item));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(flag + ": '" + item + "' is not a whole number");
            }
        }
        return values;
    }

    private static List<List<Integer>> layerChoices(String text) {
        return Arrays.stream(text.split(";", -1)).map(choice -> integers("--layers-choices", choice)).toList();
    }

    private static List<String> optimizerNames(String text) {
        List<String> known = Arrays.asList(OptimizerFlags.NAMES.split(", "));
        List<String> names = items(text).stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        for (String name : names) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown optimizer '" + name + "' in --optimizers; choose from "
                        + OptimizerFlags.NAMES);
            }
        }
        return names;
    }

    /** The comma-separated items of {@code text}, trimmed; an empty item is an error. */
    private static List<String> items(String text) {
        List<String> items = Arrays.stream(text.split(",", -1)).map(String::trim).toList();
        if (items.contains("")) {
            throw new IllegalArgumentException("an empty value in '" + text + "'");
        }
        return items;
    }

    /** Runs {@code make}, naming {@code flag} in the message of a value it rejects. */
    private static <T> T withFlag(String flag, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith(flag) ? e.getMessage()
                    : flag + ": " + e.getMessage(), e);
        }
    }
}
