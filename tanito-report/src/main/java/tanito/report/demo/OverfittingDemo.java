package tanito.report.demo;

import static tanito.report.Format.number;

import java.util.List;
import java.util.Map;
import tanito.data.Split;
import tanito.loss.Loss;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.optim.Adam;
import tanito.report.Figure;
import tanito.report.LearningCurveChart;
import tanito.report.RenderedChart;
import tanito.train.EarlyStopping;
import tanito.train.TrainerConfig;

/**
 * Overfitting and early stopping: a 2-128-128-2 network trained for 300 epochs on the
 * {@link SmallNoisySet}. Its training loss keeps falling while the validation loss turns up; early
 * stopping (patience 30, restoring the best weights) keeps the epoch where validation was best.
 */
final class OverfittingDemo extends Demo {
    static final int EPOCHS = 300;

    OverfittingDemo() {
        super("overfitting", "a large net on a small noisy set: the validation loss turns up; early stopping keeps its best epoch");
    }

    @Override
    public DemoResult run(long seed) {
        Split split = SmallNoisySet.split(seed);
        NetworkSpec network = NetworkSpec.input(2).dense(128, Activation.relu()).dense(128, Activation.relu()).output(2);
        TrainerConfig config = TrainerConfig.of(Loss.softmaxCrossEntropy(), Adam.withLearningRate(0.01))
                .withEpochs(EPOCHS).withBatchSize(16).withSeed(seed);
        List<Outcome> outcomes = Comparison.run(List.of(new Variant("all epochs", network, config),
                new Variant("early stopping", network, config.withEarlyStopping(EarlyStopping.patience(30)))), split);
        Outcome full = outcomes.get(0);
        Outcome stopped = outcomes.get(1);
        Figure chart = new Figure("Overfitting", "Training and validation loss of " + EPOCHS + " epochs; the marked epoch "
                + "is the one early stopping (patience 30) restores.", RenderedChart.of("overfitting",
                LearningCurveChart.chart(full.history(), stopped.weightsEpoch(), stopped.history().size()), 720, 800));
        return new DemoResult(name(), List.of(
                "circle, 120 rows, noise 0.5, split 50/30/20; 2-128-128-2 relu, Adam 0.01, batch 16, seed " + seed,
                "all " + EPOCHS + " epochs:   training loss " + number(full.trainLoss()) + ", validation loss "
                        + number(full.validationLoss()) + ", validation accuracy " + number(full.validationMetric()),
                "early stopping: stopped after epoch " + stopped.history().size() + ", kept epoch " + stopped.weightsEpoch()
                        + ": training loss " + number(stopped.trainLoss()) + ", validation loss "
                        + number(stopped.validationLoss()) + ", validation accuracy " + number(stopped.validationMetric())),
                List.of(chart), Map.of("full_validation_loss", full.validationLoss(),
                        "stopped_validation_loss", stopped.validationLoss(), "kept_epoch", (double) stopped.weightsEpoch(),
                        "full_validation_accuracy", full.validationMetric(),
                        "stopped_validation_accuracy", stopped.validationMetric()));
    }
}
