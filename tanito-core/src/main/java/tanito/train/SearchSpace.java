package tanito.train;

import static tanito.Require.require;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tanito.linalg.Rng;
import tanito.nn.Activation;

/**
 * The hyper-parameters a search may vary and the values each may take; a null component is not
 * searched (every candidate keeps the base configuration's value). Two ways to pick candidates:
 * <ul>
 *   <li>{@link #grid()}: every combination of the lists, the last component varying fastest (as
 *       scikit-learn's {@code ParameterGrid}); a grid needs lists, so a range is an error.</li>
 *   <li>{@link #sample}: random search (Bergstra &amp; Bengio, JMLR 13, 2012), each component drawn
 *       independently: uniformly among a list's items, log-uniformly within a rate's or penalty's
 *       range, uniformly within the dropout range (see {@link SearchDomain}). Candidate {@code i}
 *       draws from {@code Rng.seeded(seed).split(i)} only, so the first candidates of a larger sample
 *       are the same as those of a smaller one.</li>
 * </ul>
 *
 * @param layers        hidden-layer choices, e.g. {@code [[32], [64, 32]]}
 * @param activations   activation names
 * @param optimizers    optimiser names as the command line spells them (sgd, momentum, adam, ...)
 * @param learningRate  a list, or a log-uniform range
 * @param batchSizes    mini-batch sizes
 * @param l1            a list (0 allowed), or a log-uniform range with an optional share of zeros
 * @param l2            a list (0 allowed), or a log-uniform range with an optional share of zeros
 * @param dropout       a list, or a uniform range, within [0, 1)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchSpace(List<List<Integer>> layers, List<String> activations, List<String> optimizers,
                          SearchDomain learningRate, List<Integer> batchSizes, SearchDomain l1, SearchDomain l2,
                          SearchDomain dropout) {
    /** A grid larger than this is surely a mistake (a million cross-validations). */
    private static final long MAX_GRID = 1_000_000;

    public SearchSpace {
        layers = copy("layers", layers);
        if (layers != null) {
            layers = layers.stream().map(List::copyOf).toList();
            layers.forEach(widths -> widths.forEach(w -> require(w > 0, "layer widths must be > 0, was %d", w)));
        }
        activations = copy("activations", activations);
        if (activations != null) {
            activations.forEach(Activation::parse);
        }
        optimizers = copy("optimizers", optimizers);
        batchSizes = copy("batchSizes", batchSizes);
        if (batchSizes != null) {
            batchSizes.forEach(b -> require(b > 0, "batch sizes must be > 0, was %d", b));
        }
        require(!(learningRate instanceof SearchDomain.Uniform), "learningRate is drawn log-uniformly; give a list or a log-uniform range");
        require(!(learningRate instanceof SearchDomain.LogUniform r) || r.zeroShare() == 0, "learningRate cannot be 0");
        require(learningRate == null || learningRate.min() > 0, "learning rates must be > 0, was %s", learningRate);
        checkPenalty("l1", l1);
        checkPenalty("l2", l2);
        require(!(dropout instanceof SearchDomain.LogUniform), "dropout is drawn uniformly; give a list or a uniform range");
        require(dropout == null || (dropout.min() >= 0 && dropout.max() < 1), "dropout must be in [0, 1), was %s", dropout);
    }

    /** Nothing searched: one candidate, the base configuration. */
    public static SearchSpace empty() {
        return new SearchSpace(null, null, null, null, null, null, null, null);
    }

    /**
     * The default space: hidden layers {32}, {64, 32} or {128, 64}; tanh or relu; Adam or SGD with
     * momentum; learning rate log-uniform in [1e-4, 1e-1]; batches of 16, 32 or 64; L2 log-uniform in
     * [1e-6, 1e-2], or 0 for a quarter of the candidates; dropout uniform in [0, 0.5]; no L1.
     */
    public static SearchSpace defaults() {
        return new SearchSpace(List.of(List.of(32), List.of(64, 32), List.of(128, 64)), List.of("tanh", "relu"),
                List.of("adam", "momentum"), SearchDomain.LogUniform.of(1e-4, 1e-1), List.of(16, 32, 64), null,
                new SearchDomain.LogUniform(1e-6, 1e-2, 0.25), new SearchDomain.Uniform(0, 0.5));
    }

    /** Every combination of the lists, the last component varying fastest. */
    @SuppressWarnings("unchecked")
    public List<Candidate> grid() {
        List<List<?>> axes = gridAxes();
        long size = gridSize();
        require(size <= MAX_GRID, "the grid has %d candidates, more than %d", size, MAX_GRID);
        List<Candidate> all = new ArrayList<>();
        for (long k = 0; k < size; k++) {
            Object[] v = new Object[axes.size()];
            long rest = k;
            for (int d = axes.size() - 1; d >= 0; d--) {
                v[d] = axes.get(d).get((int) (rest % axes.get(d).size()));
                rest /= axes.get(d).size();
            }
            all.add(new Candidate((List<Integer>) v[0], (String) v[1], (String) v[2], (Double) v[3], (Integer) v[4],
                    (Double) v[5], (Double) v[6], (Double) v[7]));
        }
        return List.copyOf(all);
    }

    /** The number of candidates {@link #grid()} makes: the product of the lists' sizes (fails, as the grid does, on a range). */
    public long gridSize() {
        long size = 1;
        for (List<?> axis : gridAxes()) {
            size = Math.multiplyExact(size, axis.size());
        }
        return size;
    }

    /** The values of each component in {@link Candidate}'s order; a component not searched has the single value null. */
    private List<List<?>> gridAxes() {
        return List.of(orNull(layers), orNull(activations), orNull(optimizers), gridValues("learningRate", learningRate),
                orNull(batchSizes), gridValues("l1", l1), gridValues("l2", l2), gridValues("dropout", dropout));
    }

    /** {@code count} candidates drawn at random; the same seed gives the same candidates. */
    public List<Candidate> sample(int count, long seed) {
        require(count >= 1, "a random search needs at least 1 candidate, was %d", count);
        Rng root = Rng.seeded(seed);
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Rng rng = root.split(i);
            all.add(new Candidate(pick(layers, rng.split(0)), pick(activations, rng.split(1)),
                    pick(optimizers, rng.split(2)), draw(learningRate, rng.split(3)), pick(batchSizes, rng.split(4)),
                    draw(l1, rng.split(5)), draw(l2, rng.split(6)), draw(dropout, rng.split(7))));
        }
        return List.copyOf(all);
    }

    private static <T> T pick(List<T> values, Rng rng) {
        return values == null ? null : values.get(rng.nextInt(values.size()));
    }

    private static Double draw(SearchDomain domain, Rng rng) {
        return domain == null ? null : domain.sample(rng);
    }

    private static <T> List<T> orNull(List<T> values) {
        return values == null ? Collections.singletonList(null) : values;
    }

    private static List<Double> gridValues(String name, SearchDomain domain) {
        if (domain == null) {
            return Collections.singletonList(null);
        }
        require(domain instanceof SearchDomain.Choices, "a grid needs a list of values for %s, was a range: %s", name,
                domain);
        return ((SearchDomain.Choices) domain).values();
    }

    private static <T> List<T> copy(String name, List<T> values) {
        require(values == null || !values.isEmpty(), "%s must not be an empty list (leave it out to keep the base value)",
                name);
        return values == null ? null : List.copyOf(values);
    }

    private static void checkPenalty(String name, SearchDomain domain) {
        require(!(domain instanceof SearchDomain.Uniform), "%s is drawn log-uniformly; give a list or a log-uniform range",
                name);
        require(domain == null || domain.min() >= 0, "%s must be >= 0, was %s", name, domain);
    }
}
