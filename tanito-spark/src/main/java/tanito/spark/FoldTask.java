package tanito.spark;

import java.util.List;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import tanito.data.Dataset;
import tanito.data.FoldSpec;
import tanito.train.CrossValidation;
import tanito.train.FoldScore;

/**
 * The task that trains and scores one fold of one trial on an executor with the single-machine
 * {@link CrossValidation}: task t is fold {@code t % folds} of trial {@code t / folds}. The folds and
 * the fold's seed come from the configuration's seed, so the fold is the same one, and trains the
 * same way, as on one machine.
 */
final class FoldTask implements Function<Integer, FoldScore> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<Table> data;
    private final List<Recipe> trials;
    private final int folds;
    private final int repeats;
    private final boolean stratified;
    private final double validationFraction;
    private final int foldCount;

    /** @param foldCount the folds of every repeat: how many tasks each trial has */
    FoldTask(Broadcast<Table> data, List<Recipe> trials, FoldSpec folds, double validationFraction, int foldCount) {
        this.data = data;
        this.trials = List.copyOf(trials);
        this.folds = folds.folds();
        this.repeats = folds.repeats();
        this.stratified = folds.stratified();
        this.validationFraction = validationFraction;
        this.foldCount = foldCount;
    }

    @Override
    public FoldScore call(Integer task) {
        Dataset rows = data.value().dataset();
        Recipe trial = trials.get(task / foldCount);
        CrossValidation cv = new CrossValidation(trial.spec(), trial.config(),
                new FoldSpec(folds, repeats, stratified), validationFraction, 1);
        return FoldScore.of(cv.runFold(rows, cv.folds(rows).get(task % foldCount)));
    }
}
