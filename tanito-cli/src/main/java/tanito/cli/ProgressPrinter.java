package tanito.cli;

import java.io.PrintWriter;
import java.util.Locale;
import tanito.metrics.EpochMetrics;
import tanito.train.Callback;
import tanito.train.TrainingContext;

/** Prints one line per epoch, as Keras's {@code verbose=2}: training and validation loss and metric. */
final class ProgressPrinter implements Callback {
    private final PrintWriter out;
    private final String metric;

    ProgressPrinter(PrintWriter out, String metric) {
        this.out = out;
        this.metric = metric;
    }

    @Override
    public void onEpochEnd(EpochMetrics m, TrainingContext context) {
        int width = String.valueOf(context.plannedEpochs()).length();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "epoch %" + width + "d/%d  loss %s  %s %s",
                m.epoch(), context.plannedEpochs(), TrainCommand.number(m.loss()), metric, TrainCommand.number(m.metric())));
        if (m.hasValidation()) {
            line.append(String.format(Locale.ROOT, "  val_loss %s  val_%s %s", TrainCommand.number(m.validationLoss()),
                    metric, TrainCommand.number(m.validationMetric())));
        }
        out.println(line);
        out.flush();
    }
}
