package tanito.cli;

import java.util.Locale;
import picocli.CommandLine.Option;
import tanito.optim.OptimizerNames;
import tanito.optim.OptimizerSpec;

/**
 * The optimiser flags: {@code --optimizer NAME} and its hyper-parameters, each defaulting to
 * {@code torch.optim}'s value for that optimiser (the names and defaults are {@link OptimizerNames}'). A flag that does not apply to the chosen optimiser is
 * an error, never silently ignored.
 */
final class OptimizerFlags {
    static final String NAMES = OptimizerNames.LISTED;

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
        if (!OptimizerNames.NAMES.contains(chosen)) {
            throw new IllegalArgumentException("unknown --optimizer '" + name + "'; choose one of " + NAMES);
        }
        OptimizerSpec spec = OptimizerNames.named(chosen, flags.settings("--"));
        flags.requireAllUsed("--optimizer " + chosen);
        return spec;
    }
}
