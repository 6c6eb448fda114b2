package tanito.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tanito.data.Dataset;
import tanito.data.EpochOrder;
import tanito.data.Preprocessing;
import tanito.loss.Loss;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.optim.OptimizerSpec;
import tanito.optim.lbfgs.Lbfgs;
import tanito.regularize.Penalty;
import tanito.train.EarlyStopping;
import tanito.train.SeedPolicy;
import tanito.train.TrainerConfig;

/** The network and the training tricks: everything that turns a data set into a network spec and a config. */
final class ModelFlags {
    @Option(names = "--layers", split = ",", defaultValue = "64,32", paramLabel = "N", splitSynopsisLabel = ",",
            description = "hidden layer widths (default: ${DEFAULT-VALUE})")
    List<Integer> layers;
    @Option(names = "--activation", defaultValue = "tanh",
            description = "sigmoid, tanh, relu, leaky_relu, elu, identity (default: ${DEFAULT-VALUE}, as Efficient BackProp advises)")
    String activation;
    @Option(names = "--dropout", defaultValue = "0", description = "dropout rate after each hidden layer (default: ${DEFAULT-VALUE})")
    double dropout;
    @Mixin
    OptimizerFlags optimizerFlags;
    @Mixin
    ScheduleFlags scheduleFlags;
    @Option(names = "--batch-size", paramLabel = "N",
            description = "mini-batch size (default: 32; the whole training set for lbfgs)")
    Integer batchSize;
    @Option(names = "--epochs", defaultValue = "200", description = "maximum epochs (default: ${DEFAULT-VALUE})")
    int epochs;
    @Option(names = "--patience", defaultValue = "20",
            description = "early stopping: epochs without improvement before stopping (default: ${DEFAULT-VALUE})")
    int patience;
    @Option(names = "--min-delta", defaultValue = "0", description = "early stopping: smallest improvement that counts")
    double minDelta;
    @Option(names = "--monitor", defaultValue = "val_loss",
            description = "early stopping: val_loss, val_accuracy, loss, ... (default: ${DEFAULT-VALUE})")
    String monitor;
    @Option(names = "--order", defaultValue = "random", paramLabel = "random|interleaved|hard-first|sequential",
            description = "the order of the training rows in each epoch (default: ${DEFAULT-VALUE})")
    String order;
    @Option(names = "--l1", defaultValue = "0", description = "L1 penalty on the weights (default: ${DEFAULT-VALUE})")
    double l1;
    @Option(names = "--l2", defaultValue = "0", description = "L2 penalty on the weights (default: ${DEFAULT-VALUE})")
    double l2;
    @Option(names = "--seed", defaultValue = "42", description = "drives the split, initialisation, shuffles and dropout")
    long seed;
    @Option(names = "--seed-policy", defaultValue = "tanito", paramLabel = "tanito|pytorch",
            description = "how the seed draws the initial weights and the random order: Tanito's streams, or "
                    + "PyTorch's (the weights and order of a PyTorch script seeded alike) (default: ${DEFAULT-VALUE})")
    String seedPolicy;

    /** A multi-layer perceptron for the data set: the hidden layers (each followed by dropout if asked), then a linear head. */
    NetworkSpec network(Dataset dataset) {
        NetworkSpec.Builder builder = NetworkSpec.input(dataset.features().cols());
        Activation hidden = Activation.parse(activation);
        for (int width : layers) {
            builder.dense(width, hidden);
            if (dropout != 0) {
                builder.dropout(dropout);
            }
        }
        return builder.output(dataset.isClassification() ? dataset.classNames().size() : dataset.targets().cols());
    }

    /** The training configuration for a run on {@code trainingRows} rows, with or without a validation set. */
    TrainerConfig config(Dataset dataset, Preprocessing preprocessing, int trainingRows, boolean validated) {
        Loss loss = dataset.isClassification() ? Loss.softmaxCrossEntropy() : Loss.meanSquaredError();
        EarlyStopping stopping = validated || !monitor.startsWith("val_")
                ? new EarlyStopping(monitor, patience, minDelta, true) : null;
        List<Penalty> penalties = new ArrayList<>();
        if (l1 != 0) {
            penalties.add(Penalty.l1(l1));
        }
        if (l2 != 0) {
            penalties.add(Penalty.l2(l2));
        }
        OptimizerSpec optimizer = optimizerFlags.spec();
        int batch = batchSize != null ? batchSize : optimizer instanceof Lbfgs ? trainingRows : 32;
        TrainerConfig config = TrainerConfig.of(loss, optimizer)
                .withPenalties(penalties.toArray(Penalty[]::new))
                .withBatchSize(batch).withEpochs(epochs).withEarlyStopping(stopping)
                .withPreprocessing(preprocessing).withSeed(seed)
                .withSeedPolicy(SeedPolicy.named(seedPolicy)).withOrder(EpochOrder.named(order));
        return scheduleFlags.applyTo(config, (trainingRows + batch - 1) / batch);
    }
}
