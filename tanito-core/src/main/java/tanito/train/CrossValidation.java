package tanito.train;

import static tanito.Require.require;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import tanito.data.Dataset;
import tanito.data.Fold;
import tanito.data.FoldSpec;
import tanito.data.Split;
import tanito.data.SplitSpec;
import tanito.linalg.Parallel;
import tanito.linalg.Rng;
import tanito.metrics.Errors;
import tanito.metrics.Evaluation;
import tanito.nn.NetworkSpec;

/**
 * K-fold cross-validation of the whole pipeline: inside each fold the scaler and the network are
 * fitted on that fold's training rows only (the trainer fits the scaler), and scored on its held-out
 * rows, so no statistic of a test row leaks into its model. When the configuration stops early on a
 * validation metric, {@code validationFraction} of each fold's training rows (stratified) is held out
 * for it, as scikit-learn's MLP does with {@code early_stopping}. Every fold draws its own seed from
 * (seed, repeat, fold), so the result does not depend on how many folds run at once.
 */
public final class CrossValidation {
    private static final long FOLDS = 11;
    private static final long HOLD_OUT = 12;
    private static final long FOLD_SEED = 13;
    private static final long SUBSAMPLE = 14;

    /**
     * One fold's outcome: its rows, how training went, the model's loss and metric on the rows it was
     * fitted on ({@code trainingFit}) and on the held-out rows ({@code test}), and its errors on both
     * (error rate or fraction of variance unexplained, see {@link Errors}), which the bias-variance
     * curves plot.
     */
    public record FoldResult(Fold fold, TrainingResult training, Evaluation trainingFit, Evaluation test,
                             double trainingError, double testError) {}

    private final NetworkSpec spec;
    private final TrainerConfig config;
    private final FoldSpec folds;
    private final double validationFraction;
    private final int threads;
    private final double trainingFraction;

    /**
     * @param validationFraction the share of each fold's training rows held out for early stopping
     *     (used only when the configuration monitors a validation metric)
     * @param threads how many folds train at once
     */
    public CrossValidation(NetworkSpec spec, TrainerConfig config, FoldSpec folds, double validationFraction,
                           int threads) {
        this(spec, config, folds, validationFraction, threads, 1.0);
    }

    /**
     * As above, training each fold on a stratified share {@code trainingFraction} of its training rows
     * (the learning curve's x axis); the held-out rows stay whole.
     */
    public CrossValidation(NetworkSpec spec, TrainerConfig config, FoldSpec folds, double validationFraction,
                           int threads, double trainingFraction) {
        require(trainingFraction > 0 && trainingFraction <= 1,
                "trainingFraction must be in (0, 1], was %s", trainingFraction);
        require(validationFraction > 0 && validationFraction < 1,
                "validationFraction must be in (0, 1), was %s", validationFraction);
        require(threads >= 1, "threads must be >= 1, was %d", threads);
        this.spec = spec;
        this.config = config;
        this.folds = folds;
        this.validationFraction = validationFraction;
        this.threads = threads;
        this.trainingFraction = trainingFraction;
    }

    /** Runs every fold of every repeat; {@code onFold} sees each result in fold order as it is available. */
    public CrossValidationResult run(Dataset data, Consumer<FoldResult> onFold) {
        List<Fold> all = folds(data);
        ExecutorService pool = Parallel.taskPool(threads, "tanito-cv");
        try {
            List<Future<FoldResult>> pending = new ArrayList<>();
            for (Fold fold : all) {
                pending.add(pool.submit(() -> runFold(data, fold)));
            }
            List<FoldResult> results = new ArrayList<>();
            for (Future<FoldResult> future : pending) {
                FoldResult result = await(future);
                onFold.accept(result);
                results.add(result);
            }
            return new CrossValidationResult(results);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The folds of every repeat, in the order {@link #run} trains them, drawn from the configuration's
     * seed: the same on every machine, so that each fold can be trained anywhere ({@link #runFold}).
     */
    public List<Fold> folds(Dataset data) {
        return folds.folds(data, Rng.seeded(config.seed()).split(FOLDS));
    }

    /**
     * Trains on the fold's training rows (minus a validation hold-out when early stopping needs one)
     * and scores the rest; the fold's seed comes from (seed, repeat, fold), so the result does not
     * depend on where or alongside what it runs.
     */
    public FoldResult runFold(Dataset data, Fold fold) {
        Rng foldRng = Rng.seeded(config.seed()).split(FOLD_SEED, fold.repeat(), fold.index());
        TrainerConfig foldConfig = config.withSeed(foldRng.nextLong());
        Dataset training = data.subset(fold.trainRows());
        if (trainingFraction < 1) {
            training = new SplitSpec(trainingFraction, 1 - trainingFraction, 0)
                    .apply(training, foldRng.split(SUBSAMPLE)).train();
        }
        Dataset validation = null;
        if (needsValidation()) {
            Split parts = new SplitSpec(1 - validationFraction, validationFraction, 0)
                    .apply(training, foldRng.split(HOLD_OUT));
            training = parts.train();
            validation = parts.validation();
        }
        TrainingResult result = new Trainer(foldConfig).fit(spec, training, validation);
        Dataset test = data.subset(fold.testRows());
        Model model = result.model();
        return new FoldResult(fold, result, model.evaluate(training), model.evaluate(test), error(model, training),
                error(model, test));
    }

    /** The error of a model on a data set, on the scale of {@link Errors}. */
    static double error(Model model, Dataset data) {
        return data.isClassification()
                ? Errors.errorRate(model.predictClasses(data.features()), data.targets())
                : Errors.fractionOfVarianceUnexplained(model.predict(data.features()), data.targets());
    }

    private boolean needsValidation() {
        boolean stopping = config.earlyStopping() != null && config.earlyStopping().monitorsValidation();
        boolean plateau = config.plateau() != null && config.plateau().monitor().startsWith("val_");
        return stopping || plateau;
    }

    private static FoldResult await(Future<FoldResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cross-validation was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
