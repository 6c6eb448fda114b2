package tanito.train;

import static tanito.Require.require;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import tanito.data.EpochOrder;
import tanito.data.Preprocessing;
import tanito.data.ScalerSpec;
import tanito.loss.Loss;
import tanito.loss.WeightedLoss;
import tanito.optim.GradientClipping;
import tanito.optim.OptimizerSpec;
import tanito.optim.Schedule;
import tanito.regularize.Penalty;

/**
 * Everything a run needs besides the network and the data, immutable and JSON round-trippable.
 * Start from {@link #of(Loss, OptimizerSpec)} and vary with the {@code withX} methods.
 *
 * @param preprocessing imputation and scaling, fitted on the training set only, then applied to every
 *     set; saved with the model
 * @param earlyStopping null for none
 * @param seed drives initialisation, shuffles and dropout masks
 * @param seedPolicy how the seed draws the initial weights and the random order: Tanito's streams, or
 *     PyTorch's (the same weights and order as a PyTorch script with this seed)
 * @param order the order of the training rows in each epoch (random: a fresh seeded shuffle)
 * @param schedule multiplies the optimiser's learning rate as a function of the step
 * @param clipping of the gradient before each step; null for none
 * @param plateau reduce-on-plateau; null for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainerConfig(WeightedLoss loss, OptimizerSpec optimizer, List<Penalty> penalties, int batchSize,
                            int epochs, EarlyStopping earlyStopping, Preprocessing preprocessing, long seed,
                            SeedPolicy seedPolicy, EpochOrder order, Schedule schedule, GradientClipping clipping,
                            ReduceOnPlateau plateau) {

    public TrainerConfig {
        require(loss != null, "a training run needs a loss");
        require(optimizer != null, "a training run needs an optimizer");
        require(batchSize > 0, "batchSize must be > 0, was %d", batchSize);
        require(epochs > 0, "epochs must be > 0, was %d", epochs);
        require(preprocessing != null, "preprocessing must not be null (use Preprocessing.standard())");
        penalties = penalties == null ? List.of() : List.copyOf(penalties);
        schedule = schedule == null ? Schedule.constant() : schedule;
        order = order == null ? EpochOrder.random() : order;
        seedPolicy = seedPolicy == null ? SeedPolicy.TANITO : seedPolicy;
    }

    /**
     * Defaults: batch size 32, 100 epochs, no penalty, no early stopping, standardised features, seed
     * 42 drawn by Tanito's streams, a fresh random order every epoch, a constant learning rate, no clipping.
     */
    public static TrainerConfig of(Loss loss, OptimizerSpec optimizer) {
        return of(WeightedLoss.of(loss), optimizer);
    }

    /** The same defaults for a network with several heads. */
    public static TrainerConfig of(WeightedLoss loss, OptimizerSpec optimizer) {
        return new TrainerConfig(loss, optimizer, List.of(), 32, 100, null, Preprocessing.standard(), 42, SeedPolicy.TANITO,
                EpochOrder.random(), Schedule.constant(), null, null);
    }

    public TrainerConfig withLoss(WeightedLoss newLoss) {
        return new TrainerConfig(newLoss, optimizer, penalties, batchSize, epochs, earlyStopping, preprocessing,
                seed, seedPolicy, order, schedule, clipping, plateau);
    }

    public TrainerConfig withOptimizer(OptimizerSpec newOptimizer) {
        return new TrainerConfig(loss, newOptimizer, penalties, batchSize, epochs, earlyStopping, preprocessing,
                seed, seedPolicy, order, schedule, clipping, plateau);
    }

    public TrainerConfig withPenalties(Penalty... newPenalties) {
        return new TrainerConfig(loss, optimizer, List.of(newPenalties), batchSize, epochs, earlyStopping, preprocessing,
                seed, seedPolicy, order, schedule, clipping, plateau);
    }

    public TrainerConfig withBatchSize(int newBatchSize) {
        return new TrainerConfig(loss, optimizer, penalties, newBatchSize, epochs, earlyStopping, preprocessing,
                seed, seedPolicy, order, schedule, clipping, plateau);
    }

    public TrainerConfig withEpochs(int newEpochs) {
        return new TrainerConfig(loss, optimizer, penalties, batchSize, newEpochs, earlyStopping, preprocessing,
                seed, seedPolicy, order, schedule, clipping, plateau);
    }

    public TrainerConfig withEarlyStopping(EarlyStopping newEarlyStopping) {
        return new TrainerConfig(loss, optimizer, penalties, batchSize, epochs, newEarlyStopping, preprocessing,
                seed, seedPolicy, order, schedule, clipping, plateau);
    }

    public TrainerConfig withPreprocessing(Preprocessing newPreprocessing) {
        return new TrainerConfig(loss, optimizer, penalties, batchSize, epochs, earlyStopping, newPreprocessing,
                seed, seedPolicy, order, schedule, clipping, plateau);
    }

    /** The same preprocessing with another feature scaler. */
    public TrainerConfig withScaler(ScalerSpec newScaler) {
        return withPreprocessing(preprocessing.withFeatures(newScaler));
    }

    public TrainerConfig withSeed(long newSeed) {
        return new TrainerConfig(loss, optimizer, penalties, batchSize, epochs, earlyStopping, preprocessing,
                newSeed, seedPolicy, order, schedule, clipping, plateau);
    }

    public TrainerConfig withSeedPolicy(SeedPolicy newSeedPolicy) {
        return new TrainerConfig(loss, optimizer, penalties, batchSize, epochs, earlyStopping, preprocessing,
                seed, newSeedPolicy, order, schedule, clipping, plateau);
    }

    public TrainerConfig withOrder(EpochOrder newOrder) {
        return new TrainerConfig(loss, optimizer, penalties, batchSize, epochs, earlyStopping, preprocessing,
                seed, seedPolicy, newOrder, schedule, clipping, plateau);
    }

    public TrainerConfig withSchedule(Schedule newSchedule) {
        return new TrainerConfig(loss, optimizer, penalties, batchSize, epochs, earlyStopping, preprocessing,
                seed, seedPolicy, order, newSchedule, clipping, plateau);
    }

    public TrainerConfig withClipping(GradientClipping newClipping) {
        return new TrainerConfig(loss, optimizer, penalties, batchSize, epochs, earlyStopping, preprocessing,
                seed, seedPolicy, order, schedule, newClipping, plateau);
    }

    public TrainerConfig withPlateau(ReduceOnPlateau newPlateau) {
        return new TrainerConfig(loss, optimizer, penalties, batchSize, epochs, earlyStopping, preprocessing,
                seed, seedPolicy, order, schedule, clipping, newPlateau);
    }
}
