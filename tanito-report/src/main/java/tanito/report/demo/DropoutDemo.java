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
import tanito.report.OptimiserComparisonChart;
import tanito.report.RenderedChart;
import tanito.train.TrainerConfig;

/**
 * Dropout on and off on a network far too large for its data: 2-256-256-2 on the
 * {@link SmallNoisySet}, 300 epochs, without dropout and with inverted dropout of rate 0.5 after
 * each hidden layer (Srivastava et al., 2014), same seed.
 */
final class DropoutDemo extends Demo {
    static final int EPOCHS = 300;

    DropoutDemo() {
        super("dropout", "a net too large for its data, with and without dropout 0.5");
    }

    @Override
    public DemoResult run(long seed) {
        Split split = SmallNoisySet.split(seed);
        NetworkSpec plain = NetworkSpec.input(2).dense(256, Activation.relu()).dense(256, Activation.relu()).output(2);
        NetworkSpec dropped = NetworkSpec.input(2).dense(256, Activation.relu()).dropout(0.5)
                .dense(256, Activation.relu()).dropout(0.5).output(2);
        TrainerConfig config = TrainerConfig.of(Loss.softmaxCrossEntropy(), Adam.withLearningRate(0.01))
                .withEpochs(EPOCHS).withBatchSize(16).withSeed(seed);
        List<Outcome> outcomes = Comparison.run(List.of(new Variant("no dropout", plain, config),
                new Variant("dropout 0.5", dropped, config)), split);
        Outcome without = outcomes.get(0);
        Outcome with = outcomes.get(1);
        Figure chart = new Figure("Dropout", "Validation loss per epoch without and with dropout.",
                RenderedChart.of("dropout", OptimiserComparisonChart.chart(Comparison.series(outcomes, "val_loss"),
                        "Validation loss, 2-256-256-2 on 60 noisy circle rows"), 720, 400));
        return new DemoResult(name(), List.of(
                "circle, 120 rows, noise 0.5, split 50/30/20; 2-256-256-2 relu, Adam 0.01, " + EPOCHS + " epochs, seed " + seed,
                "no dropout:  training accuracy " + number(without.trainMetric()) + ", validation accuracy "
                        + number(without.validationMetric()) + ", validation loss " + number(without.validationLoss()),
                "dropout 0.5: training accuracy " + number(with.trainMetric()) + ", validation accuracy "
                        + number(with.validationMetric()) + ", validation loss " + number(with.validationLoss())),
                List.of(chart), Map.of("plain_validation_loss", without.validationLoss(),
                        "dropout_validation_loss", with.validationLoss(),
                        "plain_validation_accuracy", without.validationMetric(),
                        "dropout_validation_accuracy", with.validationMetric()));
    }
}
