package tanito.spark;

import java.util.List;
import tanito.linalg.Params;
import tanito.linalg.Vectors;
import tanito.train.EpochContext;
import tanito.train.EpochLoss;
import tanito.train.EpochTrainer;
import tanito.train.TrainerConfig;

/**
 * {@code average} epochs (local SGD; Stich, "Local SGD converges fast and communicates little", ICLR
 * 2019; McMahan et al.'s federated averaging): an epoch is R rounds; in round r every partition p
 * starts from the driver's weights w, takes up to k steps on its batches {@code r k .. r k + k - 1}
 * ({@link LocalSteps}) and returns w_p after n_p rows; the driver sets
 * <pre>
 *   w = sum_p (n_p / sum_q n_q) w_p        (in partition order, {@link Vectors#weightedSum})
 * </pre>
 * and averages the optimisers' state arrays (momentum buffers, moment estimates) the same way, which
 * every partition resumes from in the next round at the run's local step count (L-BFGS, whose state
 * cannot be averaged, starts fresh each round). R is the number needed for the largest partition to
 * visit all its rows once. Each round uses the learning-rate multiplier the schedule and
 * reduce-on-plateau give its first step.
 */
final class LocalSgdEpochs implements EpochTrainer {
    private final EpochContext context;
    private final ShardedData data;
    private final Recipe recipe;
    private final int localSteps;
    private final double baseLearningRate;
    private float[][] state;
    private long steps;

    LocalSgdEpochs(EpochContext context, ShardedData data, Recipe recipe, int localSteps) {
        this.context = context;
        this.data = data;
        this.recipe = recipe;
        this.localSteps = localSteps;
        this.baseLearningRate = context.config().optimizer().create(context.params().size()).learningRate();
    }

    @Override
    public EpochLoss train(int epoch) {
        TrainerConfig config = context.config();
        int largest = 0;
        for (int p = 0; p < data.partitions(); p++) {
            largest = Math.max(largest, data.start(p + 1) - data.start(p));
        }
        int batchSize = Math.min(config.batchSize(), largest);
        int rounds = ((largest + batchSize - 1) / batchSize + localSteps - 1) / localSteps;
        Params params = context.params();
        double lossSum = 0;
        double metricSum = 0;
        int rows = 0;
        for (int r = 0; r < rounds; r++) {
            context.setLearningRateFor(steps + 1);
            double multiplier = context.optimizer().learningRate() / baseLearningRate;
            List<PartModel> parts = data.map(new LocalSteps(recipe, params.snapshot(), state, steps, context.rng(),
                    epoch, r * localSteps, localSteps, multiplier));
            int roundRows = 0;
            for (int p = 0; p < parts.size(); p++) {
                if (parts.get(p).isFailed()) {
                    return EpochLoss.failed("round " + (r + 1) + " of epoch " + epoch + " (partition " + p + ")",
                            parts.get(p).lossSum());
                }
                roundRows += parts.get(p).rows();
            }
            average(parts, roundRows, params.values());
            for (PartModel part : parts) {
                lossSum += part.lossSum();
                metricSum += part.metricSum();
            }
            rows += roundRows;
            steps += localSteps;
            context.batchEnd(epoch, r + 1, rounds, lossSum / rows);
        }
        return EpochLoss.finished(lossSum / rows, metricSum / rows);
    }

    /** Sets the weights and the optimiser state to the partitions' averages, weighted by the rows each trained. */
    private void average(List<PartModel> parts, int roundRows, float[] weights) {
        double[] shares = new double[parts.size()];
        for (int p = 0; p < shares.length; p++) {
            shares[p] = (double) parts.get(p).rows() / roundRows;
        }
        Vectors.weightedSum(parts.stream().map(PartModel::weights).toList(), shares, weights);
        PartModel trained = parts.stream().filter(part -> part.rows() > 0).findFirst().orElseThrow();
        if (trained.state().length == 0) {
            return;
        }
        if (state == null) {
            state = new float[trained.state().length][];
            for (int a = 0; a < state.length; a++) {
                state[a] = new float[trained.state()[a].length];
            }
        }
        for (int a = 0; a < state.length; a++) {
            int array = a;
            Vectors.weightedSum(parts.stream().map(part -> part.rows() == 0 ? null : part.state()[array]).toList(),
                    shares, state[a]);
        }
    }
}
