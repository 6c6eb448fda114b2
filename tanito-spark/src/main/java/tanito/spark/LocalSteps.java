package tanito.spark;

import java.util.List;
import org.apache.spark.api.java.function.Function;
import tanito.linalg.Params;
import tanito.linalg.Rng;
import tanito.nn.Network;
import tanito.optim.Objective;
import tanito.optim.Optimizer;
import tanito.train.BatchObjective;
import tanito.train.TrainerConfig;

/**
 * The task of one {@code average} round on a partition: from the averaged weights and optimiser
 * state, take the round's {@code localSteps} mini-batch steps over the partition's rows with an
 * optimiser of the run's kind resumed at the run's step count (penalties and clipping as on one
 * machine); an optimiser whose state cannot be averaged (L-BFGS) starts fresh every round. The partition visits its rows in an order split
 * from the run's stream by (epoch, partition), and batch b's dropout stream by (epoch, partition, b),
 * so the result depends on the seed alone.
 */
final class LocalSteps implements Function<Shard, PartModel> {
    private static final long serialVersionUID = 1L;
    static final long LOCAL_ORDER = 21;
    static final long LOCAL_DROPOUT = 22;

    private final Recipe recipe;
    private final float[] weights;
    private final float[][] state;
    private final long steps;
    private final Rng rng;
    private final int epoch;
    private final int firstBatch;
    private final int localSteps;
    private final double learningRateMultiplier;

    /**
     * @param state the averaged optimiser state arrays, or null to start fresh (the first round)
     * @param steps the local steps every partition has been credited with so far
     */
    LocalSteps(Recipe recipe, float[] weights, float[][] state, long steps, Rng rng, int epoch, int firstBatch,
               int localSteps, double learningRateMultiplier) {
        this.recipe = recipe;
        this.weights = weights;
        this.state = state;
        this.steps = steps;
        this.rng = rng;
        this.epoch = epoch;
        this.firstBatch = firstBatch;
        this.localSteps = localSteps;
        this.learningRateMultiplier = learningRateMultiplier;
    }

    @Override
    public PartModel call(Shard shard) {
        TrainerConfig config = recipe.config();
        int batchSize = Math.min(config.batchSize(), shard.rows());
        int batches = (shard.rows() + batchSize - 1) / batchSize;
        if (firstBatch >= batches) {
            return PartModel.idle();
        }
        int[] order = rng.split(LOCAL_ORDER, epoch, shard.partition()).permutation(shard.rows());
        Network network = recipe.spec().build(weights);
        Params params = network.params();
        Optimizer optimizer = config.optimizer().create(params.size());
        List<float[]> arrays = optimizer.stateArrays();
        if (state != null && !arrays.isEmpty()) {
            for (int a = 0; a < arrays.size(); a++) {
                System.arraycopy(state[a], 0, arrays.get(a), 0, state[a].length);
            }
            optimizer.resumeAt(steps);
        }
        optimizer.setLearningRateMultiplier(learningRateMultiplier);
        BatchObjective objective = new BatchObjective(network, config.loss(), config.penalties(), recipe.metric(),
                shard.featureMatrix(), shard.targetMatrices(), null, batchSize);
        Objective clipped = config.clipping() == null ? objective : config.clipping().apply(objective);
        int rows = 0;
        double lossSum = 0;
        double metricSum = 0;
        for (int b = firstBatch; b < Math.min(batches, firstBatch + localSteps); b++) {
            int from = b * batchSize;
            int to = Math.min(shard.rows(), from + batchSize);
            objective.select(order, from, to, rng.split(LOCAL_DROPOUT, epoch, shard.partition(), b));
            double loss = optimizer.step(params, clipped);
            if (!Double.isFinite(loss)) {
                return PartModel.failed(loss);
            }
            rows += to - from;
            lossSum += loss * (to - from);
            metricSum += objective.firstMetricSum();
        }
        return new PartModel(rows, lossSum, metricSum, params.values(), arrays.toArray(float[][]::new));
    }
}
