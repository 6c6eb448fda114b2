package tanito.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tanito.linalg.Params;
import tanito.metrics.EpochMetrics;
import tanito.metrics.History;
import tanito.train.Callback;
import tanito.train.EarlyStopping;
import tanito.train.TrainingContext;

/** The progress callback driven by hand, in both modes, on a stream that is not a real terminal. */
class TrainingProgressTest {

    /** A run of {@code planned} epochs whose best epoch and patience left are whatever the test sets. */
    private static final class Context implements TrainingContext {
        final int planned;
        final EarlyStopping earlyStopping;
        int best;
        int left;

        Context(int planned, EarlyStopping earlyStopping) {
            this.planned = planned;
            this.earlyStopping = earlyStopping;
        }

        @Override public Params params() { return Params.of(0f); }
        @Override public History history() { return History.empty("accuracy"); }
        @Override public int plannedEpochs() { return planned; }
        @Override public int bestEpoch() { return best; }
        @Override public Optional<EarlyStopping> earlyStopping() { return Optional.ofNullable(earlyStopping); }
        @Override public OptionalInt patienceLeft() {
            return earlyStopping == null ? OptionalInt.empty() : OptionalInt.of(left);
        }
        @Override public double learningRate() { return 0.1; }
        @Override public void scaleLearningRate(double factor) { }
        @Override public void requestStop(String reason) { }
    }

    /** Runs {@code epochs} epochs of {@code batches} batches through the callback and returns what it printed. */
    private static String drive(boolean terminal, Context context, int epochs, int batches, boolean validated) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Callback progress = new TrainingProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), "accuracy", terminal);
        progress.onTrainBegin(context);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            for (int batch = 1; batch <= batches; batch++) {
                progress.onBatchEnd(epoch, batch, batches, 1.0 / (epoch * batch));
            }
            context.best = Math.min(epoch, 2);
            context.left = 10 - (epoch - context.best);
            progress.onEpochEnd(new EpochMetrics(epoch, 0.5 / epoch, 0.9, validated ? 0.25 : Double.NaN,
                    validated ? 0.875 : Double.NaN), context);
        }
        progress.onTrainEnd(context);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void plainModePrintsOneLinePerEpochAndNothingElse() {
        String out = drive(false, new Context(200, EarlyStopping.patience(10)), 3, 7, true);
        assertEquals("epoch   1/200  loss 0.5000  accuracy 0.9000  val_loss 0.2500  val_accuracy 0.8750  best 1  patience 10/10\n"
                + "epoch   2/200  loss 0.2500  accuracy 0.9000  val_loss 0.2500  val_accuracy 0.8750  best 2  patience 10/10\n"
                + "epoch   3/200  loss 0.1667  accuracy 0.9000  val_loss 0.2500  val_accuracy 0.8750  best 2  patience 9/10\n",
                out);
    }

    @Test
    void withoutValidationOrEarlyStoppingTheLineShowsTrainingAndTheBestEpoch() {
        String out = drive(false, new Context(5, null), 1, 2, false);
        assertEquals("epoch 1/5  loss 0.5000  accuracy 0.9000  best 1\n", out);
    }

    @Test
    void terminalModeRedrawsABarOfBatchesWithTheRunningLossAboveEachEpochLine() {
        String out = drive(true, new Context(20, EarlyStopping.patience(10)), 2, 7, true);
        assertTrue(out.contains("\r"), out);
        assertTrue(out.contains("7/7"), "the batch count on the bar: " + out);
        assertTrue(out.contains("loss 0.1429"), "the running loss after the last batch of epoch 1: " + out);
        assertTrue(out.contains("loss 0.0714"), "the running loss after the last batch of epoch 2: " + out);
        String[] lines = out.split("\n");
        assertEquals(4, lines.length, out);
        for (int epoch = 1; epoch <= 2; epoch++) {
            String barLine = lines[2 * epoch - 2];
            String last = barLine.substring(barLine.lastIndexOf('\r') + 1);
            assertTrue(last.startsWith(String.format("epoch %2d/20 100%% [", epoch)), barLine);
            assertTrue(lines[2 * epoch - 1].startsWith(String.format("epoch %2d/20  loss ", epoch)), lines[2 * epoch - 1]);
        }
    }
}
