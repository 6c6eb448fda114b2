package tanito.train;

import static tanito.Require.require;

import java.util.ArrayList;
import java.util.List;
import tanito.data.Dataset;
import tanito.data.FoldSpec;
import tanito.metrics.Metric;
import tanito.train.CandidateBuilder.Trial;

/**
 * Scores candidates by K-fold {@link CrossValidation} and ranks them ({@link SearchResult}): a grid
 * search ({@link SearchSpace#grid()}) or a random search ({@link SearchSpace#sample}; Bergstra &amp;
 * Bengio, JMLR 13, 2012) is {@link #run} on the candidates, successive halving (Jamieson &amp;
 * Talwalkar, AISTATS 2016; the bracket of Hyperband, Li et al., JMLR 18, 2018) is {@link #halving}.
 *
 * <p>Every candidate sees the same folds and the same per-fold seeds: cross-validation derives both
 * from the configuration's seed, and all candidates must share it. Candidates train {@code threads}
 * at a time, each candidate's folds one after another; a candidate's score depends only on the
 * candidate, so the result does not depend on the thread count.
 */
public final class HyperparameterSearch {
    private final CandidateBuilder builder;
    private final FoldSpec folds;
    private final double validationFraction;
    private final TrialRunner runner;

    /**
     * @param validationFraction the share of each fold's training rows held out when the configuration
     *     stops early on a validation metric (see {@link CrossValidation})
     * @param threads how many candidates train at once
     */
    public HyperparameterSearch(CandidateBuilder builder, FoldSpec folds, double validationFraction, int threads) {
        require(builder != null && folds != null, "a search needs a candidate builder and folds");
        require(validationFraction > 0 && validationFraction < 1,
                "validationFraction must be in (0, 1), was %s", validationFraction);
        require(threads >= 1, "threads must be >= 1, was %d", threads);
        this.builder = builder;
        this.folds = folds;
        this.validationFraction = validationFraction;
        this.runner = TrialRunner.threads(threads);
    }

    private HyperparameterSearch(CandidateBuilder builder, FoldSpec folds, double validationFraction, TrialRunner runner) {
        this.builder = builder;
        this.folds = folds;
        this.validationFraction = validationFraction;
        this.runner = runner;
    }

    /** This search with the trials cross-validated by {@code newRunner} (tanito-spark's: one fold per task). */
    public HyperparameterSearch withRunner(TrialRunner newRunner) {
        return new HyperparameterSearch(builder, folds, validationFraction, newRunner);
    }

    /** Cross-validates every candidate with its configured epochs and ranks them. */
    public SearchResult run(Dataset data, List<Candidate> candidates) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            all.add(i);
        }
        return evaluate(data, candidates, all, 0);
    }

    /** Successive halving of the candidates with {@code schedule}'s budgets. */
    public SuccessiveHalving.Result halving(Dataset data, List<Candidate> candidates, SuccessiveHalving schedule) {
        return schedule.run(candidates.size(), (chosen, epochs) -> evaluate(data, candidates, chosen, epochs));
    }

    /**
     * Cross-validates the candidates at positions {@code chosen} (their index in the result) and ranks
     * them; {@code epochs} overrides each configuration's epochs when positive.
     */
    SearchResult evaluate(Dataset data, List<Candidate> candidates, List<Integer> chosen, int epochs) {
        require(!chosen.isEmpty(), "a search needs at least one candidate");
        List<Trial> trials = new ArrayList<>();
        for (int index : chosen) {
            Trial trial = builder.build(candidates.get(index), data);
            trials.add(epochs > 0 ? new Trial(trial.network(), trial.config().withEpochs(epochs)) : trial);
        }
        long seed = trials.get(0).config().seed();
        for (Trial trial : trials) {
            require(trial.config().seed() == seed,
                    "every candidate must have the same seed so that all see the same folds; found %d and %d",
                    seed, trial.config().seed());
        }
        List<List<FoldScore>> foldScores = runner.run(trials, folds, validationFraction, data);
        List<CandidateScore> scores = new ArrayList<>();
        for (int i = 0; i < trials.size(); i++) {
            int index = chosen.get(i);
            scores.add(CandidateScore.of(index, candidates.get(index), foldScores.get(i)));
        }
        Metric metric = Metric.forLoss(trials.get(0).config().loss().primary());
        return SearchResult.rank(metric.key(), metric.higherIsBetter(), scores);
    }
}
