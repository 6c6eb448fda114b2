package tanito.report.demo;

import static tanito.report.Format.number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tanito.data.Dataset;
import tanito.data.Datasets;
import tanito.data.Split;
import tanito.loss.Loss;
import tanito.nn.NetworkSpec;
import tanito.optim.Adagrad;
import tanito.optim.Adam;
import tanito.optim.OptimizerSpec;
import tanito.optim.RmsProp;
import tanito.optim.Sgd;
import tanito.report.Figure;
import tanito.report.OptimiserComparisonChart;
import tanito.report.RenderedChart;
import tanito.train.TrainerConfig;

/**
 * The optimisers side by side: the same 64-64-32-10 network, initial weights, batches and epochs on
 * digits, trained by SGD, momentum, Nesterov, AdaGrad, RMSProp and Adam at their usual learning
 * rates; the training loss per epoch shows how fast each descends.
 */
final class OptimiserDemo extends Demo {
    static final int EPOCHS = 30;

    OptimiserDemo() {
        super("optimisers", "SGD, momentum, Nesterov, AdaGrad, RMSProp and Adam on the same net and seed (digits)");
    }

    @Override
    public DemoResult run(long seed) {
        Dataset digits = Datasets.builtin("digits");
        Split split = Comparison.split(digits, seed);
        NetworkSpec network = Comparison.classifier(digits, 64, 32);
        Map<String, OptimizerSpec> optimisers = new LinkedHashMap<>();
        optimisers.put("SGD 0.01", Sgd.plain(0.01));
        optimisers.put("momentum 0.01", Sgd.momentum(0.01, 0.9));
        optimisers.put("Nesterov 0.01", Sgd.nesterov(0.01, 0.9));
        optimisers.put("AdaGrad 0.01", Adagrad.withLearningRate(0.01));
        optimisers.put("RMSProp 0.001", RmsProp.withLearningRate(0.001));
        optimisers.put("Adam 0.001", Adam.withLearningRate(0.001));
        List<Variant> variants = new ArrayList<>();
        optimisers.forEach((label, optimiser) -> variants.add(new Variant(label, network,
                TrainerConfig.of(Loss.softmaxCrossEntropy(), optimiser).withEpochs(EPOCHS).withBatchSize(32).withSeed(seed))));
        List<Outcome> outcomes = Comparison.run(variants, split);
        List<String> lines = new ArrayList<>(List.of("digits, 64-64-32-10 relu, batch 32, " + EPOCHS + " epochs, seed " + seed));
        Map<String, Double> numbers = new LinkedHashMap<>();
        for (Outcome outcome : outcomes) {
            double[] loss = outcome.series("loss");
            lines.add(String.format(java.util.Locale.ROOT, "%-14s training loss after epoch 1 %s, after epoch %d %s; "
                    + "validation accuracy %s", outcome.label(), number(loss[0]), EPOCHS, number(loss[loss.length - 1]),
                    number(outcome.validationMetric())));
            numbers.put(outcome.label() + " final_training_loss", loss[loss.length - 1]);
        }
        Figure chart = new Figure("Optimisers compared", "Training loss per epoch, same network, seed and batches.",
                RenderedChart.of("optimisers", OptimiserComparisonChart.chart(Comparison.series(outcomes, "loss"),
                        "Digits: training loss per epoch"), 720, 400));
        return new DemoResult(name(), lines, List.of(chart), numbers);
    }
}
