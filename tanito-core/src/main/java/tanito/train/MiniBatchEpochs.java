package tanito.train;

import tanito.data.EpochOrder;
import tanito.linalg.Rng;
import tanito.linalg.TorchGenerator;
import tanito.optim.Objective;
import tanito.optim.Optimizer;

/**
 * Mini-batch epochs: each epoch visits the training rows in a fresh seeded order, in batches of
 * {@code batchSize}, one optimiser step per batch on the batch's mean loss plus penalties (clipped
 * when configured). Where the batch is evaluated is the {@link BatchSource}'s business: on this
 * machine ({@link #local}) or spread over a cluster. The order and the dropout streams are split from
 * the run's stream by (purpose, epoch) and (purpose, epoch, batch), so they do not depend on where
 * the batches are evaluated. Under {@link SeedPolicy#PYTORCH} the random order is instead PyTorch's:
 * each epoch the next {@code torch.randperm(n, generator=g)} of a generator seeded with the run's seed,
 * so epochs must be trained in order, as a run trains them.
 */
public final class MiniBatchEpochs implements EpochTrainer {
    private static final long ORDER = 2;
    private static final long DROPOUT = 3;

    private final EpochContext context;
    private final BatchSource source;
    private final int[] labels;
    private final double[] recentErrors;
    private final TorchGenerator torchOrders;

    /**
     * @param labels each training row's class index (null for regression), for class-interleaved orders
     * @param recentErrors each training row's loss at its last presentation, which {@code source}
     *     records, for the error-emphasising order; null when the order does not use them
     */
    public MiniBatchEpochs(EpochContext context, BatchSource source, int[] labels, double[] recentErrors) {
        this.context = context;
        this.source = source;
        this.labels = labels;
        this.recentErrors = recentErrors;
        TrainerConfig config = context.config();
        this.torchOrders = config.seedPolicy() == SeedPolicy.PYTORCH && config.order() instanceof EpochOrder.Random
                ? new TorchGenerator(config.seed()) : null;
    }

    /** Batches evaluated on this machine, in shares side by side ({@link BatchShares}), over the prepared training rows. */
    public static EpochTrainer.Factory local() {
        return context -> {
            TrainerConfig config = context.config();
            Examples data = Examples.of(context.train(), context.preprocessing(), config.loss(), context.spec())
                    .recordingErrors(config.order().usesErrors());
            BatchSource source = new BatchShares(context.network(), config.loss(), config.penalties(),
                    context.metric(), data.features(), data.targets(), data.recentErrors(),
                    Math.min(config.batchSize(), data.rows()));
            return new MiniBatchEpochs(context, source, data.labels(), data.recentErrors());
        };
    }

    @Override
    public EpochLoss train(int epoch) {
        TrainerConfig config = context.config();
        Optimizer optimizer = context.optimizer();
        Rng rng = context.rng();
        int n = context.train().rows();
        int[] order = torchOrders != null ? torchOrders.permutation(n)
                : config.order().order(n, labels, recentErrors, rng.split(ORDER, epoch));
        int batches = (n + config.batchSize() - 1) / config.batchSize();
        Objective clipped = config.clipping() == null ? source : config.clipping().apply(source);
        double lossSum = 0;
        double metricSum = 0;
        for (int b = 0; b < batches; b++) {
            int from = b * config.batchSize();
            int to = Math.min(n, from + config.batchSize());
            source.select(order, from, to, rng.split(DROPOUT, epoch, b));
            context.setLearningRateFor(optimizer.steps() + 1);
            double loss = optimizer.step(context.params(), clipped);
            if (!Double.isFinite(loss)) {
                return EpochLoss.failed("batch " + (b + 1) + " of epoch " + epoch, loss);
            }
            lossSum += loss * source.rows();
            metricSum += source.firstMetricSum();
            context.batchEnd(epoch, b + 1, batches, lossSum / to);
        }
        return EpochLoss.finished(lossSum / n, metricSum / n);
    }
}
