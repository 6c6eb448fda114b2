package tanito.optim;

import java.util.List;
import java.util.Locale;
import tanito.optim.lbfgs.Lbfgs;
import tanito.optim.lbfgs.LineSearch;

/**
 * The optimisers by name, as the command line and the Playground spell them, each hyper-parameter
 * defaulting to {@code torch.optim}'s value for that optimiser (scikit-learn's for L-BFGS). The
 * hyper-parameters are read by their command-line names without dashes ({@code lr}, {@code momentum},
 * {@code beta1}, {@code weight-decay}, ...) from {@link Settings}, so that a caller can tell which
 * of the values it was given the chosen optimiser did not read.
 */
public final class OptimizerNames {
    /** Every name {@link #named} knows, as one constant text (for annotations and messages). */
    public static final String LISTED = "sgd, momentum, nesterov, adagrad, adadelta, rmsprop, adam, adamw, nadam, "
            + "adamax, lbfgs, hamiltonian";
    /** The same names, in the order the command line lists them. */
    public static final List<String> NAMES = List.of(LISTED.split(", "));

    private OptimizerNames() {
    }

    /** Where {@link #named} reads hyper-parameters: each read names the value and its default. */
    public interface Settings {
        double number(String name, double otherwise);

        int integer(String name, int otherwise);

        /** Whether a switch (nesterov, amsgrad, centered) is on. */
        boolean isSet(String name);

        String text(String name, String otherwise);
    }

    /**
     * The optimiser called {@code name} (case-insensitive) with the hyper-parameters of {@code settings}.
     *
     * @throws IllegalArgumentException for an unknown name or a bad value, naming it
     */
    public static OptimizerSpec named(String name, Settings s) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "sgd":
                return new Sgd(s.number("lr", 0.01), s.number("momentum", 0), s.number("dampening", 0),
                        s.isSet("nesterov"), s.number("weight-decay", 0));
            case "momentum":
                return new Sgd(s.number("lr", 0.01), s.number("momentum", 0.9), s.number("dampening", 0), false,
                        s.number("weight-decay", 0));
            case "nesterov":
                return new Sgd(s.number("lr", 0.01), s.number("momentum", 0.9), 0, true, s.number("weight-decay", 0));
            case "adagrad":
                return new Adagrad(s.number("lr", 1e-2), s.number("lr-decay", 0), s.number("weight-decay", 0), 0,
                        s.number("eps", 1e-10));
            case "adadelta":
                return new Adadelta(s.number("lr", 1.0), s.number("rho", 0.9), s.number("eps", 1e-6),
                        s.number("weight-decay", 0));
            case "rmsprop":
                return new RmsProp(s.number("lr", 1e-2), s.number("rho", 0.99), s.number("eps", 1e-8),
                        s.number("weight-decay", 0), s.number("momentum", 0), s.isSet("centered"));
            case "adam":
                return new Adam(s.number("lr", 1e-3), s.number("beta1", 0.9), s.number("beta2", 0.999),
                        s.number("eps", 1e-8), s.number("weight-decay", 0), s.isSet("amsgrad"));
            case "adamw":
                return new AdamW(s.number("lr", 1e-3), s.number("beta1", 0.9), s.number("beta2", 0.999),
                        s.number("eps", 1e-8), s.number("weight-decay", 1e-2), s.isSet("amsgrad"));
            case "nadam":
                return new NAdam(s.number("lr", 2e-3), s.number("beta1", 0.9), s.number("beta2", 0.999),
                        s.number("eps", 1e-8), s.number("weight-decay", 0), 4e-3);
            case "adamax":
                return new Adamax(s.number("lr", 2e-3), s.number("beta1", 0.9), s.number("beta2", 0.999),
                        s.number("eps", 1e-8), s.number("weight-decay", 0));
            case "lbfgs":
                return Lbfgs.defaults().withLearningRate(s.number("lr", 1)).withHistorySize(s.integer("history-size", 10))
                        .withMaxIterations(s.integer("max-iterations", 20))
                        .withLineSearch(lineSearch(s.text("line-search", "strong_wolfe")));
            case "hamiltonian":
                HamiltonianDescent defaults = HamiltonianDescent.defaults();
                return new HamiltonianDescent(s.number("lr", defaults.learningRate()),
                        s.number("friction", defaults.friction()),
                        KineticEnergy.parse(s.text("kinetic", defaults.kineticEnergy().label())),
                        method(s.text("hamiltonian-method", "first")));
            default:
                throw new IllegalArgumentException("unknown optimizer '" + name + "'; choose one of " + LISTED);
        }
    }

    private static LineSearch lineSearch(String text) {
        switch (text.toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "strong_wolfe": return LineSearch.STRONG_WOLFE;
            case "backtracking": return LineSearch.BACKTRACKING;
            case "none": return LineSearch.NONE;
            default: throw new IllegalArgumentException("unknown line-search '" + text
                    + "'; choose strong_wolfe, backtracking or none");
        }
    }

    private static HamiltonianDescent.Method method(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "first": return HamiltonianDescent.Method.FIRST;
            case "second": return HamiltonianDescent.Method.SECOND;
            default: throw new IllegalArgumentException("unknown hamiltonian-method '" + text + "'; choose first or second");
        }
    }
}
