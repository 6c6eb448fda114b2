package tanito.spark;

import java.util.List;
import org.apache.spark.api.java.function.Function;
import tanito.linalg.Params;
import tanito.linalg.Rng;
import tanito.nn.Network;
import tanito.train.BatchObjective;
import tanito.train.TrainerConfig;

/**
 * The task of one {@code sync} evaluation on a partition: the mean loss and gradient of the
 * partition's share of the batch at the given weights, computed by the single-machine
 * {@link BatchObjective} (the same code path, so one partition reproduces one machine bit for bit).
 * With one partition the dropout stream is the batch's own; with several, partition p's is split
 * from it by p.
 */
final class ShareGradient implements Function<Shard, PartGradient> {
    private static final long serialVersionUID = 1L;

    private final Recipe recipe;
    private final float[] weights;
    private final int[][] shares;
    private final Rng dropout;

    /**
     * @param shares for each partition, the local indices of its rows in the batch, in batch order
     */
    ShareGradient(Recipe recipe, float[] weights, int[][] shares, Rng dropout) {
        this.recipe = recipe;
        this.weights = weights;
        this.shares = shares;
        this.dropout = dropout;
    }

    @Override
    public PartGradient call(Shard shard) {
        int[] rows = shares[shard.partition()];
        if (rows.length == 0) {
            return PartGradient.none();
        }
        TrainerConfig config = recipe.config();
        Network network = recipe.spec().build(weights);
        BatchObjective objective = new BatchObjective(network, config.loss(), List.of(), recipe.metric(),
                shard.featureMatrix(), shard.targetMatrices(), null, rows.length);
        objective.select(rows, 0, rows.length, shares.length == 1 ? dropout : dropout.split(shard.partition()));
        Params params = network.params();
        double loss = objective.evaluate(params.values(), params.gradients());
        return new PartGradient(rows.length, loss, params.gradients(), objective.firstMetricSum());
    }
}
