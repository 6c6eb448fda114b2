package tanito.web.playground;

import tanito.data.Dataset;
import tanito.data.EpochOrder;
import tanito.loss.Loss;
import tanito.nn.NetworkSpec;
import tanito.optim.OptimizerSpec;
import tanito.regularize.Penalty;
import tanito.train.EarlyStopping;
import tanito.train.TrainerConfig;

/** How a Playground spec trains: its network and its {@link TrainerConfig}, for the data it trains on. */
final class PlaygroundTraining {
    private PlaygroundTraining() {}

    /** The hidden layers and one output, or one output per class for more than two classes (softmax). */
    static NetworkSpec network(NetworkChoice network, Dataset train) {
        NetworkSpec.Builder builder = NetworkSpec.input(train.features().cols());
        for (int width : network.hiddenLayers()) {
            builder.dense(width, activation(network.activation()));
            if (network.dropout() > 0) {
                builder.dropout(network.dropout());
            }
        }
        return builder.output(train.classNames().size() > 2 ? train.classNames().size() : 1);
    }

    /**
     * Sigmoid binary cross-entropy for two classes, softmax cross-entropy for more, squared error for
     * regression; the training's optimiser, batches, early stopping and penalty; and the run's seed.
     */
    static TrainerConfig config(TrainingChoice training, long seed, Dataset train) {
        Loss loss = !train.isClassification() ? Loss.meanSquaredError()
                : train.classNames().size() > 2 ? Loss.softmaxCrossEntropy() : Loss.sigmoidBinaryCrossEntropy();
        OptimizerSpec optimizer = PlaygroundOptimizer.spec(training.optimizer(), training.learningRate(),
                training.momentum(), training.beta1(), training.beta2());
        TrainerConfig config = TrainerConfig.of(loss, optimizer).withOrder(EpochOrder.named(training.order()))
                .withBatchSize(training.batchSize()).withEpochs(Integer.MAX_VALUE).withSeed(seed);
        if (training.patience() > 0) {
            config = config.withEarlyStopping(EarlyStopping.patience(training.patience())
                    .withRestoreBestWeights(training.restoreBest()));
        }
        return switch (training.regularization()) {
            case NONE -> config;
            case L1 -> config.withPenalties(Penalty.l1(training.regularizationRate()));
            case L2 -> config.withPenalties(Penalty.l2(training.regularizationRate()));
        };
    }

    private static tanito.nn.Activation activation(Activation activation) {
        return switch (activation) {
            case RELU -> tanito.nn.Activation.relu();
            case TANH -> tanito.nn.Activation.tanh();
            case SIGMOID -> tanito.nn.Activation.sigmoid();
            case LINEAR -> tanito.nn.Activation.identity();
        };
    }
}
