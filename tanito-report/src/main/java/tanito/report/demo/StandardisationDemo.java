package tanito.report.demo;

import static tanito.report.Format.number;

import java.util.List;
import java.util.Map;
import tanito.data.Dataset;
import tanito.data.Datasets;
import tanito.data.ScalerSpec;
import tanito.data.Split;
import tanito.loss.Loss;
import tanito.nn.NetworkSpec;
import tanito.optim.Sgd;
import tanito.report.Figure;
import tanito.report.OptimiserComparisonChart;
import tanito.report.RenderedChart;
import tanito.train.TrainerConfig;

/**
 * Standardisation on and off on wine, whose 13 features range from about 0.1 (hue) to about 1,700
 * (proline): the same network, seed, split and epochs with SGD and momentum, once on raw features
 * and once standardised on the training rows. Raw, the largest feature dominates every gradient.
 */
final class StandardisationDemo extends Demo {
    static final int EPOCHS = 100;

    StandardisationDemo() {
        super("standardisation", "wine with and without standardised inputs (same net, seed and epochs)");
    }

    @Override
    public DemoResult run(long seed) {
        Dataset wine = Datasets.builtin("wine");
        Split split = Comparison.split(wine, seed);
        NetworkSpec network = Comparison.classifier(wine, 64, 32);
        TrainerConfig base = TrainerConfig.of(Loss.softmaxCrossEntropy(), Sgd.momentum(0.01, 0.9))
                .withEpochs(EPOCHS).withBatchSize(16).withSeed(seed);
        List<Outcome> outcomes = Comparison.run(List.of(
                new Variant("raw features", network, base.withScaler(ScalerSpec.none())),
                new Variant("standardised", network, base.withScaler(ScalerSpec.standard()))), split);
        Outcome raw = outcomes.get(0);
        Outcome standardised = outcomes.get(1);
        Figure chart = new Figure("Standardisation on wine", "Validation loss per epoch, raw and standardised inputs.",
                RenderedChart.of("standardisation", OptimiserComparisonChart.chart(
                        Comparison.series(outcomes, "val_loss"), "Wine: validation loss, raw against standardised"), 720, 400));
        return new DemoResult(name(), List.of(
                "wine, " + EPOCHS + " epochs of SGD (lr 0.01, momentum 0.9), batch 16, seed " + seed,
                "raw features:  test accuracy " + number(raw.testMetric()) + ", validation " + number(raw.validationMetric()),
                "standardised:  test accuracy " + number(standardised.testMetric()) + ", validation "
                        + number(standardised.validationMetric())),
                List.of(chart), Map.of("raw_test_accuracy", raw.testMetric(),
                        "standardised_test_accuracy", standardised.testMetric(),
                        "raw_validation_accuracy", raw.validationMetric(),
                        "standardised_validation_accuracy", standardised.validationMetric()));
    }
}
