package tanito.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import tanito.data.Dataset;
import tanito.data.FoldSpec;
import tanito.linalg.Parallel;
import tanito.train.CandidateBuilder.Trial;

/**
 * Cross-validates the trials of a {@link HyperparameterSearch}: on this machine, {@link #threads} trials
 * at a time (the default), or, in tanito-spark, one fold per cluster task. Every fold comes from
 * {@link CrossValidation} with the trial's configuration, so a fold's score depends only on the trial
 * and the fold, wherever it is trained.
 */
@FunctionalInterface
public interface TrialRunner {

    /** Each trial's fold scores: in trial order, each in fold order. */
    List<List<FoldScore>> run(List<Trial> trials, FoldSpec folds, double validationFraction, Dataset data);

    /** Trials cross-validated {@code threads} at a time on this machine, each trial's folds one after another. */
    static TrialRunner threads(int threads) {
        return (trials, folds, validationFraction, data) -> {
            ExecutorService pool = Parallel.taskPool(threads, "tanito-search");
            try {
                List<Future<CrossValidationResult>> pending = new ArrayList<>();
                for (Trial trial : trials) {
                    CrossValidation cv = new CrossValidation(trial.network(), trial.config(), folds, validationFraction, 1);
                    pending.add(pool.submit(() -> cv.run(data, fold -> { })));
                }
                List<List<FoldScore>> scores = new ArrayList<>();
                for (Future<CrossValidationResult> future : pending) {
                    scores.add(await(future).folds().stream().map(FoldScore::of).toList());
                }
                return scores;
            } finally {
                pool.shutdownNow();
            }
        };
    }

    private static CrossValidationResult await(Future<CrossValidationResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the search was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
