package tanito.report;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import tanito.metrics.EpochMetrics;
import tanito.train.Callback;
import tanito.train.TrainingContext;

/**
 * Training progress for people. After each epoch it prints one line:
 * <pre>epoch  12/200  loss 0.1234  accuracy 0.9600  val_loss 0.2000  val_accuracy 0.9333  best 10  patience 8/10</pre>
 * the training loss and metric, the validation loss and metric when the run validates, the best epoch so
 * far and, with early stopping, the patience left of the patience configured; both come from the
 * trainer ({@link TrainingContext#bestEpoch()}, {@link TrainingContext#patienceLeft()}), never from rules
 * of its own. Numbers are written by {@link Format#number(double)}.
 *
 * <p>On a terminal each epoch also gets a bar (Keras's {@code verbose=1}), redrawn in place by the
 * progressbar library: batches done of the epoch's batches, the running loss, elapsed time and ETA; the
 * bar stays on screen above its epoch line. Not on a terminal (logs, CI, pipes) it prints the epoch lines
 * only: printable ASCII and one {@code '\n'} per epoch, no carriage returns or escapes. Whether the
 * stream is a terminal is the caller's decision, made once (the command line decides it when it starts).
 */
public final class TrainingProgress implements Callback {
    /** How often the bar redraws while an epoch runs; it also redraws once when the epoch ends. */
    private static final int REDRAW_MILLIS = 100;
    /** How often the running loss shown on the bar is reformatted, to keep batches cheap. */
    private static final long LOSS_MESSAGE_NANOS = 50_000_000L;

    private final PrintStream out;
    private final String metric;
    private final boolean terminal;
    private final int columns;
    private int plannedEpochs;
    private ProgressBar bar;
    private FlushingConsumer barLine;
    private long lossShownAt;

    /**
     * @param out      where progress goes
     * @param metric   the name of the run's metric as the history keys it ("accuracy", "mse")
     * @param terminal whether {@code out} is a terminal: a redrawn bar per epoch, else plain lines only
     */
    public TrainingProgress(PrintStream out, String metric, boolean terminal) {
        this.out = out;
        this.metric = metric;
        this.terminal = terminal;
        this.columns = terminal ? terminalColumns() : 0;
    }

    @Override
    public void onTrainBegin(TrainingContext context) {
        plannedEpochs = context.plannedEpochs();
    }

    @Override
    public void onBatchEnd(int epoch, int batch, int batches, double runningLoss) {
        if (!terminal) {
            return;
        }
        if (bar == null) {
            barLine = new FlushingConsumer(out, columns);
            bar = new ProgressBarBuilder().setTaskName(epochOfPlanned(epoch)).setInitialMax(batches)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(REDRAW_MILLIS).continuousUpdate()
                    .setConsumer(barLine).build();
            lossShownAt = System.nanoTime() - LOSS_MESSAGE_NANOS;
        }
        bar.stepTo(batch);
        long now = System.nanoTime();
        if (batch == batches || now - lossShownAt >= LOSS_MESSAGE_NANOS) {
            bar.setExtraMessage("loss " + Format.number(runningLoss));
            lossShownAt = now;
        }
    }

    @Override
    public void onEpochEnd(EpochMetrics metrics, TrainingContext context) {
        closeBar();
        out.println(epochLine(metrics, context));
        out.flush();
    }

    @Override
    public void onTrainEnd(TrainingContext context) {
        closeBar(); // an epoch cut short by a non-finite loss
    }

    /** The line printed after each epoch. */
    String epochLine(EpochMetrics m, TrainingContext context) {
        StringBuilder line = new StringBuilder(epochOfPlanned(m.epoch()));
        line.append("  loss ").append(Format.number(m.loss()))
                .append("  ").append(metric).append(' ').append(Format.number(m.metric()));
        if (m.hasValidation()) {
            line.append("  val_loss ").append(Format.number(m.validationLoss()))
                    .append("  val_").append(metric).append(' ').append(Format.number(m.validationMetric()));
        }
        line.append("  best ").append(context.bestEpoch());
        context.patienceLeft().ifPresent(left -> line.append("  patience ").append(left)
                .append('/').append(context.earlyStopping().orElseThrow().patience()));
        return line.toString();
    }

    /** "epoch  12/200", padded so that the lines of a run align. */
    private String epochOfPlanned(int epoch) {
        int width = String.valueOf(plannedEpochs).length();
        return String.format(Locale.ROOT, "epoch %" + width + "d/%d", epoch, plannedEpochs);
    }

    private void closeBar() {
        if (bar != null) {
            bar.close(); // draws the final state and (usually) ends the line
            // progressbar 0.10.1 skips ending the line when the bar closes before its first scheduled redraw
            barLine.close();
            bar = null;
        }
    }

    /** The terminal's width, asked once: a bar wider than the terminal would wrap and could not redraw. */
    private static int terminalColumns() {
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            int width = terminal.getWidth();
            return width >= 20 ? width - 1 : 79; // the last column would wrap on some terminals
        } catch (IOException | RuntimeException e) {
            return 79;
        }
    }

    /** The library's console consumer ('\r', then the bar; a newline on close), flushed on every redraw, closed once. */
    private static final class FlushingConsumer extends ConsoleProgressBarConsumer {
        private final PrintStream stream;
        private boolean closed;

        FlushingConsumer(PrintStream stream, int columns) {
            super(stream, columns);
            this.stream = stream;
        }

        @Override
        public void accept(String rendered) {
            super.accept(rendered);
            stream.flush();
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                super.close();
            }
        }
    }
}
