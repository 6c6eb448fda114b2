package tanito.spark;

import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import tanito.data.Dataset;
import tanito.data.FoldSpec;
import tanito.train.CrossValidation;
import tanito.train.FoldScore;

/**
 * The task that trains and scores one fold on an executor with the single-machine
 * {@link CrossValidation}: the folds and the fold's seed come from the configuration's seed, so the
 * fold is the same one, and trains the same way, as on one machine.
 */
final class FoldTask implements Function<Integer, FoldScore> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<Table> data;
    private final Recipe recipe;
    private final int folds;
    private final int repeats;
    private final boolean stratified;
    private final double validationFraction;

    FoldTask(Broadcast<Table> data, Recipe recipe, FoldSpec folds, double validationFraction) {
        this.data = data;
        this.recipe = recipe;
        this.folds = folds.folds();
        this.repeats = folds.repeats();
        this.stratified = folds.stratified();
        this.validationFraction = validationFraction;
    }

    @Override
    public FoldScore call(Integer fold) {
        Dataset rows = data.value().dataset();
        CrossValidation cv = new CrossValidation(recipe.spec(), recipe.config(),
                new FoldSpec(folds, repeats, stratified), validationFraction, 1);
        return FoldScore.of(cv.runFold(rows, cv.folds(rows).get(fold)));
    }
}
