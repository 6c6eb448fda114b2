package tanito.optim;

import static tanito.Require.require;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A learning-rate schedule: a pure function of the 1-based optimiser step t giving the factor by which
 * the optimiser's own learning rate is multiplied at that step. Steps, not epochs, so that the factor
 * does not jump inside an epoch; the command line converts its epoch counts to steps.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Schedule.Constant.class, name = "constant"),
        @JsonSubTypes.Type(value = Schedule.StepDecay.class, name = "step"),
        @JsonSubTypes.Type(value = Schedule.Exponential.class, name = "exponential"),
        @JsonSubTypes.Type(value = Schedule.CosineWithWarmup.class, name = "cosine")})
public sealed interface Schedule {

    /** The multiplier of the learning rate at step t (t &ge; 1). */
    double factor(long step);

    static Schedule constant() {
        return new Constant();
    }

    /** Always 1. */
    record Constant() implements Schedule {
        public double factor(long step) {
            return 1;
        }
    }

    /** {@code gamma^floor((t - 1) / stepSize)}: {@code torch.optim.lr_scheduler.StepLR}, counted in steps. */
    record StepDecay(long stepSize, double gamma) implements Schedule {
        public StepDecay {
            require(stepSize > 0, "stepSize must be > 0, was %d", stepSize);
            require(gamma > 0 && gamma <= 1, "gamma must be in (0, 1], was %s", gamma);
        }

        public double factor(long step) {
            return Math.pow(gamma, (step - 1) / stepSize);
        }
    }

    /** {@code gamma^(t - 1)}: {@code torch.optim.lr_scheduler.ExponentialLR}, counted in steps. */
    record Exponential(double gamma) implements Schedule {
        public Exponential {
            require(gamma > 0 && gamma <= 1, "gamma must be in (0, 1], was %s", gamma);
        }

        public double factor(long step) {
            return Math.pow(gamma, step - 1);
        }
    }

    /**
     * Linear warm-up from {@code 1 / warmupSteps} to 1 over the first {@code warmupSteps} steps, then
     * cosine annealing to {@code minimumFactor} at {@code totalSteps} (Loshchilov &amp; Hutter, "SGDR",
     * ICLR 2017; warm-up: Goyal et al., 2017): {@code min + (1 - min) (1 + cos(pi (t - w) / (T - w))) / 2},
     * and {@code min} after T.
     */
    record CosineWithWarmup(long warmupSteps, long totalSteps, double minimumFactor) implements Schedule {
        public CosineWithWarmup {
            require(warmupSteps >= 0, "warmupSteps must be >= 0, was %d", warmupSteps);
            require(totalSteps > warmupSteps, "totalSteps must be > warmupSteps (%d), was %d", warmupSteps, totalSteps);
            require(minimumFactor >= 0 && minimumFactor <= 1, "minimumFactor must be in [0, 1], was %s", minimumFactor);
        }

        public double factor(long step) {
            if (step <= warmupSteps) {
                return (double) step / warmupSteps;
            }
            if (step >= totalSteps) {
                return minimumFactor;
            }
            double progress = (double) (step - warmupSteps) / (totalSteps - warmupSteps);
            return minimumFactor + (1 - minimumFactor) * 0.5 * (1 + Math.cos(Math.PI * progress));
        }
    }
}
