package tanito.train;

import java.util.List;

/**
 * How one candidate did in a cross-validation: the mean and the population standard deviation of the
 * held-out metric and loss over the folds (as {@link CrossValidationResult}), and the epochs it
 * actually trained, summed over the folds (early stopping makes it less than folds times the budget).
 *
 * @param rank        1 for the best candidate of its search or round; 0 before ranking
 * @param index       the candidate's place in the list the search was given, from 0
 * @param foldMetrics the held-out metric of each fold, in fold order
 */
public record CandidateScore(int rank, int index, Candidate candidate, double meanMetric, double stdMetric,
                             double meanLoss, double stdLoss, int epochs, List<Double> foldMetrics) {

    public CandidateScore {
        foldMetrics = List.copyOf(foldMetrics);
    }

    /** The score of a finished cross-validation, from its folds' scores in fold order, not yet ranked. */
    static CandidateScore of(int index, Candidate candidate, List<FoldScore> folds) {
        int epochs = folds.stream().mapToInt(FoldScore::epochs).sum();
        double[] metrics = folds.stream().mapToDouble(FoldScore::testMetric).toArray();
        double[] losses = folds.stream().mapToDouble(FoldScore::testLoss).toArray();
        return new CandidateScore(0, index, candidate, CrossValidationResult.mean(metrics),
                CrossValidationResult.std(metrics), CrossValidationResult.mean(losses), CrossValidationResult.std(losses),
                epochs, folds.stream().map(FoldScore::testMetric).toList());
    }

    CandidateScore withRank(int newRank) {
        return new CandidateScore(newRank, index, candidate, meanMetric, stdMetric, meanLoss, stdLoss, epochs,
                foldMetrics);
    }
}
