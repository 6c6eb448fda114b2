package tanito.train;

import static tanito.Require.require;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The candidates of a search (or of one round of successive halving), best first: by the mean
 * held-out metric, higher first for accuracy and lower first for mean squared error; ties by the lower
 * mean held-out loss, then by the candidate's place in the list. A metric that is not a number ranks
 * last. The ranking does not depend on the order in which the candidates finished.
 *
 * @param metric         the metric's name ("accuracy", "mse")
 * @param higherIsBetter whether a higher metric is better
 * @param ranked         the candidates, best first, ranks 1, 2, ...
 */
public record SearchResult(String metric, boolean higherIsBetter, List<CandidateScore> ranked) {

    public SearchResult {
        require(!ranked.isEmpty(), "a search result needs at least one candidate");
        ranked = List.copyOf(ranked);
    }

    /** Ranks {@code scores}, in any order. */
    static SearchResult rank(String metric, boolean higherIsBetter, List<CandidateScore> scores) {
        Comparator<CandidateScore> order = Comparator
                .comparingDouble((CandidateScore s) -> badness(higherIsBetter ? -s.meanMetric() : s.meanMetric()))
                .thenComparingDouble(s -> badness(s.meanLoss()))
                .thenComparingInt(CandidateScore::index);
        List<CandidateScore> sorted = new ArrayList<>(scores);
        sorted.sort(order);
        List<CandidateScore> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ranked.add(sorted.get(i).withRank(i + 1));
        }
        return new SearchResult(metric, higherIsBetter, ranked);
    }

    /** The best candidate. */
    public CandidateScore best() {
        return ranked.get(0);
    }

    /** The epochs trained by all candidates over all folds. */
    public long totalEpochs() {
        return ranked.stream().mapToLong(CandidateScore::epochs).sum();
    }

    /** Lower is better; not-a-number is worst. */
    private static double badness(double value) {
        return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
    }
}
