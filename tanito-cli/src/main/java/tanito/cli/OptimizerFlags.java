package tanito.cli;

import java.util.Locale;
import picocli.CommandLine.Option;
import tanito.optim.Adadelta;
import tanito.optim.Adagrad;
import tanito.optim.Adam;
import tanito.optim.AdamW;
import tanito.optim.Adamax;
import tanito.optim.HamiltonianDescent;
import tanito.optim.KineticEnergy;
import tanito.optim.NAdam;
import tanito.optim.OptimizerSpec;
import tanito.optim.RmsProp;
import tanito.optim.Sgd;
import tanito.optim.lbfgs.Lbfgs;
import tanito.optim.lbfgs.LineSearch;

/**
 * The optimiser flags: {@code --optimizer NAME} and its hyper-parameters, each defaulting to
 * {@code torch.optim}'s value for that optimiser. A flag that does not apply to the chosen optimiser is
 * an error, never silently ignored.
 */
final class OptimizerFlags {
    static final String NAMES = "sgd, momentum, nesterov, adagrad, adadelta, rmsprop, adam, adamw, nadam, adamax, "
            + "lbfgs, hamiltonian";

    @Option(names = "--optimizer", defaultValue = "adam", paramLabel = "NAME", description = "one of " + NAMES
            + " (default: ${DEFAULT-VALUE})")
    String name;
    @Option(names = "--lr", paramLabel = "RATE", description = "learning rate (the step size epsilon for hamiltonian); "
            + "default: the optimiser's torch.optim default (0.01 for the SGD family)")
    Double learningRate;
    @Option(names = "--momentum", description = "momentum (default 0.9 for momentum and nesterov, 0 for sgd and rmsprop)")
    Double momentum;
    @Option(names = "--nesterov", description = "Nesterov momentum (sgd)")
    boolean nesterov;
    @Option(names = "--dampening", description = "momentum dampening (sgd, momentum)")
    Double dampening;
    @Option(names = "--beta1", description = "first-moment decay (adam, adamw, nadam, adamax; default 0.9)")
    Double beta1;
    @Option(names = "--beta2", description = "second-moment decay (adam, adamw, nadam, adamax; default 0.999)")
    Double beta2;
    @Option(names = "--eps", description = "epsilon of the adaptive methods")
    Double epsilon;
    @Option(names = "--rho", description = "decay of the squared-gradient average (adadelta 0.9, rmsprop 0.99)")
    Double rho;
    @Option(names = "--weight-decay", description = "coupled weight decay as torch.optim's weight_decay; decoupled for adamw (default 0.01)")
    Double weightDecay;
    @Option(names = "--amsgrad", description = "AMSGrad's maximum of second moments (adam, adamw)")
    boolean amsgrad;
    @Option(names = "--centered", description = "centered RMSProp")
    boolean centered;
    @Option(names = "--lr-decay", description = "AdaGrad's learning-rate decay")
    Double learningRateDecay;
    @Option(names = "--history-size", description = "L-BFGS curvature pairs kept (default 10, as scikit-learn)")
    Integer historySize;
    @Option(names = "--line-search", paramLabel = "strong_wolfe|backtracking|none",
            description = "L-BFGS step length (default strong_wolfe)")
    String lineSearch;
    @Option(names = "--max-iterations", description = "L-BFGS iterations per batch (default 20)")
    Integer maxIterations;
    @Option(names = "--friction", description = "Hamiltonian descent's friction gamma (default 1)")
    Double friction;
    @Option(names = "--kinetic", paramLabel = "relativistic|power:a,A",
            description = "Hamiltonian descent's kinetic energy (default relativistic)")
    String kinetic;
    @Option(names = "--hamiltonian-method", paramLabel = "first|second",
            description = "Hamiltonian descent's explicit method (default first)")
    String hamiltonianMethod;

    /** The optimiser the flags describe. */
    OptimizerSpec spec() {
        GivenFlags flags = new GivenFlags().put("--lr", learningRate).put("--momentum", momentum)
                .put("--nesterov", nesterov).put("--dampening", dampening).put("--beta1", beta1).put("--beta2", beta2)
                .put("--eps", epsilon).put("--rho", rho).put("--weight-decay", weightDecay).put("--amsgrad", amsgrad)
                .put("--centered", centered).put("--lr-decay", learningRateDecay).put("--history-size", historySize)
                .put("--line-search", lineSearch).put("--max-iterations", maxIterations).put("--friction", friction)
                .put("--kinetic", kinetic).put("--hamiltonian-method", hamiltonianMethod);
        String chosen = name.toLowerCase(Locale.ROOT);
        OptimizerSpec spec = build(chosen, flags);
        flags.requireAllUsed("--optimizer " + chosen);
        return spec;
    }

    private static LineSearch lineSearch(String text) {
        switch (text.toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "strong_wolfe": return LineSearch.STRONG_WOLFE;
            case "backtracking": return LineSearch.BACKTRACKING;
            case "none": return LineSearch.NONE;
            default: throw new IllegalArgumentException("unknown --line-search '" + text
                    + "'; choose strong_wolfe, backtracking or none");
        }
    }

    private static HamiltonianDescent.Method method(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "first": return HamiltonianDescent.Method.FIRST;
            case "second": return HamiltonianDescent.Method.SECOND;
            default: throw new IllegalArgumentException("unknown --hamiltonian-method '" + text + "'; choose first or second");
        }
    }

    private static OptimizerSpec build(String name, GivenFlags f) {
        switch (name) {
            case "sgd":
                return new Sgd(f.number("--lr", 0.01), f.number("--momentum", 0), f.number("--dampening", 0),
                        f.isSet("--nesterov"), f.number("--weight-decay", 0));
            case "momentum":
                return new Sgd(f.number("--lr", 0.01), f.number("--momentum", 0.9), f.number("--dampening", 0), false,
                        f.number("--weight-decay", 0));
            case "nesterov":
                return new Sgd(f.number("--lr", 0.01), f.number("--momentum", 0.9), 0, true, f.number("--weight-decay", 0));
            case "adagrad":
                return new Adagrad(f.number("--lr", 1e-2), f.number("--lr-decay", 0), f.number("--weight-decay", 0), 0,
                        f.number("--eps", 1e-10));
            case "adadelta":
                return new Adadelta(f.number("--lr", 1.0), f.number("--rho", 0.9), f.number("--eps", 1e-6),
                        f.number("--weight-decay", 0));
            case "rmsprop":
                return new RmsProp(f.number("--lr", 1e-2), f.number("--rho", 0.99), f.number("--eps", 1e-8),
                        f.number("--weight-decay", 0), f.number("--momentum", 0), f.isSet("--centered"));
            case "adam":
                return new Adam(f.number("--lr", 1e-3), f.number("--beta1", 0.9), f.number("--beta2", 0.999),
                        f.number("--eps", 1e-8), f.number("--weight-decay", 0), f.isSet("--amsgrad"));
            case "adamw":
                return new AdamW(f.number("--lr", 1e-3), f.number("--beta1", 0.9), f.number("--beta2", 0.999),
                        f.number("--eps", 1e-8), f.number("--weight-decay", 1e-2), f.isSet("--amsgrad"));
            case "nadam":
                return new NAdam(f.number("--lr", 2e-3), f.number("--beta1", 0.9), f.number("--beta2", 0.999),
                        f.number("--eps", 1e-8), f.number("--weight-decay", 0), 4e-3);
            case "adamax":
                return new Adamax(f.number("--lr", 2e-3), f.number("--beta1", 0.9), f.number("--beta2", 0.999),
                        f.number("--eps", 1e-8), f.number("--weight-decay", 0));
            case "lbfgs":
                return Lbfgs.defaults().withLearningRate(f.number("--lr", 1)).withHistorySize(f.integer("--history-size", 10))
                        .withMaxIterations(f.integer("--max-iterations", 20))
                        .withLineSearch(lineSearch(f.text("--line-search", "strong_wolfe")));
            case "hamiltonian":
                HamiltonianDescent defaults = HamiltonianDescent.defaults();
                return new HamiltonianDescent(f.number("--lr", defaults.learningRate()),
                        f.number("--friction", defaults.friction()),
                        KineticEnergy.parse(f.text("--kinetic", defaults.kineticEnergy().label())),
                        method(f.text("--hamiltonian-method", "first")));
            default:
                throw new IllegalArgumentException("unknown --optimizer '" + name + "'; choose one of " + NAMES);
        }
    }
}
