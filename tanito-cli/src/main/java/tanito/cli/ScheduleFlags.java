package tanito.cli;

import java.util.Locale;
import picocli.CommandLine.Option;
import tanito.optim.GradientClipping;
import tanito.optim.Schedule;
import tanito.train.ReduceOnPlateau;
import tanito.train.TrainerConfig;

/**
 * The learning-rate schedule and gradient clipping flags. Schedules are given in epochs, as people
 * think of them, and converted to optimiser steps with the run's steps per epoch.
 */
final class ScheduleFlags {
    static final String FORMS = "constant, step:EPOCHS,GAMMA, exponential:GAMMA, cosine:WARMUP_EPOCHS[,MIN_FACTOR], "
            + "plateau:PATIENCE[,FACTOR]";

    @Option(names = "--schedule", defaultValue = "constant", paramLabel = "SPEC", description = "learning-rate schedule: "
            + FORMS + " (default: ${DEFAULT-VALUE})")
    String schedule;
    @Option(names = "--clip-norm", defaultValue = "0", paramLabel = "MAX",
            description = "scale the gradient down to this global norm (default: no clipping)")
    double clipNorm;
    @Option(names = "--clip-value", defaultValue = "0", paramLabel = "MAX",
            description = "clip each gradient component to [-MAX, MAX] (default: no clipping)")
    double clipValue;

    /** The configuration with the schedule (or plateau callback) and clipping these flags describe. */
    TrainerConfig applyTo(TrainerConfig config, int stepsPerEpoch) {
        TrainerConfig clipped = clipNorm == 0 && clipValue == 0 ? config
                : config.withClipping(new GradientClipping(clipNorm, clipValue));
        String[] parts = schedule.trim().toLowerCase(Locale.ROOT).split(":", 2);
        double[] args = parts.length == 1 ? new double[0] : numbers(parts[1]);
        long epochs = config.epochs();
        switch (parts[0]) {
            case "constant":
                return arity(args, 0, 0) ? clipped.withSchedule(Schedule.constant()) : bad();
            case "step":
                return arity(args, 2, 2)
                        ? clipped.withSchedule(new Schedule.StepDecay(Math.round(args[0] * stepsPerEpoch), args[1])) : bad();
            case "exponential":
                return arity(args, 1, 1)
                        ? clipped.withSchedule(new Schedule.Exponential(Math.pow(args[0], 1.0 / stepsPerEpoch))) : bad();
            case "cosine":
                if (arity(args, 1, 2) && args[0] >= epochs) {
                    throw new IllegalArgumentException("the cosine warm-up of " + args[0]
                            + " epochs must be shorter than --epochs " + epochs);
                }
                return arity(args, 1, 2) ? clipped.withSchedule(new Schedule.CosineWithWarmup(
                        Math.round(args[0] * stepsPerEpoch), epochs * stepsPerEpoch, args.length > 1 ? args[1] : 0)) : bad();
            case "plateau":
                return arity(args, 1, 2) ? clipped.withPlateau(ReduceOnPlateau.patience((int) args[0],
                        args.length > 1 ? args[1] : 0.1)) : bad();
            default:
                return bad();
        }
    }

    private static boolean arity(double[] args, int least, int most) {
        return args.length >= least && args.length <= most;
    }

    private double[] numbers(String text) {
        String[] fields = text.split(",");
        double[] values = new double[fields.length];
        for (int i = 0; i < fields.length; i++) {
            try {
                values[i] = Double.parseDouble(fields[i].trim());
            } catch (NumberFormatException e) {
                return bad();
            }
        }
        return values;
    }

    private <T> T bad() {
        throw new IllegalArgumentException("invalid --schedule '" + schedule + "'; use " + FORMS);
    }
}
