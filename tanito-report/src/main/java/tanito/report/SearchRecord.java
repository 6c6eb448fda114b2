package tanito.report;

import static tanito.Require.require;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import tanito.data.FoldSpec;
import tanito.nn.NetworkSpec;
import tanito.train.Candidate;
import tanito.train.SearchResult;
import tanito.train.SearchSpace;
import tanito.train.TrainerConfig;

/**
 * The content of {@code search.json}, written by {@code tanito search} and read back by
 * {@code tanito report}: the space searched, the base configuration the candidates vary, and the
 * candidates ranked best first. Candidates are numbered from 1 in the order they were drawn or enumerated.
 *
 * @param search {@code random} or {@code grid}
 * @param sampleSeed the seed the random candidates were drawn with (null for a grid)
 * @param halving the rounds of successive halving, or null when every candidate trained in full
 * @param seconds the search's wall-clock time
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchRecord(String tanitoVersion, String data, int rows, String search, int candidates,
                           Long sampleSeed, FoldSpec folds, double validationFraction, SearchSpace space,
                           NetworkSpec baseNetwork, TrainerConfig baseConfig, String metric, boolean higherIsBetter,
                           List<Row> ranked, long epochsTrained, Halving halving, double seconds) {
    public SearchRecord {
        require(ranked != null && !ranked.isEmpty(), "a search ranks at least one candidate, was %s", ranked);
    }

    /** A ranked candidate: its cross-validated scores, the epochs it trained and its metric per fold. */
    public record Row(int rank, int candidate, Candidate values, double meanMetric, double stdMetric, double meanLoss,
                      double stdLoss, int epochs, List<Double> foldMetrics) {

        /** The rows of {@code result}, best first. */
        public static List<Row> of(SearchResult result) {
            return result.ranked().stream().map(s -> new Row(s.rank(), s.index() + 1, s.candidate(), s.meanMetric(),
                    s.stdMetric(), s.meanLoss(), s.stdLoss(), s.epochs(), s.foldMetrics())).toList();
        }
    }

    /** One round of successive halving; {@code kept} are the candidates that went on (after the last: the winner). */
    public record Round(int round, int epochs, int candidates, long epochsTrained, List<Integer> kept, List<Row> ranked) {}

    /** The rounds, the epochs they trained, and the most a full search with the largest budget could train. */
    public record Halving(int minEpochs, int maxEpochs, int eta, List<Round> rounds, long epochsTrained,
                          long fullSearchEpochBudget) {}
}
