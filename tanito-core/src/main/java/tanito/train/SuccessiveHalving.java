package tanito.train;

import static tanito.Require.require;

import java.util.ArrayList;
import java.util.List;

/**
 * Successive halving (Jamieson &amp; Talwalkar, "Non-stochastic best arm identification and
 * hyperparameter optimization", AISTATS 2016), with the budgets and the keep rule of one Hyperband
 * bracket (Li et al., "Hyperband", JMLR 18, 2018, Algorithm 1): round {@code i = 0, 1, ...}
 * cross-validates the surviving candidates with
 * <pre>
 *   epochs_i = min(maxEpochs, minEpochs * eta^i)
 * </pre>
 * and keeps the best {@code max(1, floor(n_i / eta))} of its {@code n_i} candidates for the next.
 * The round that would keep only one candidate, or that trains with {@code maxEpochs}, is the last;
 * its best candidate wins. Each round trains its candidates afresh (no warm start), so a round's
 * scores are those of a full run with that budget. Most candidates get only the small budgets, which
 * is why it spends far fewer epochs than training every candidate with {@code maxEpochs}.
 *
 * @param minEpochs the first round's budget r, &gt;= 1
 * @param maxEpochs the largest budget R, &gt;= minEpochs
 * @param eta       the factor by which the field shrinks and the budget grows, &gt;= 2 (Hyperband uses 3)
 */
public record SuccessiveHalving(int minEpochs, int maxEpochs, int eta) {
    /** Hyperband's default factor. */
    public static final int DEFAULT_ETA = 3;

    public SuccessiveHalving {
        require(minEpochs >= 1, "minEpochs must be >= 1, was %d", minEpochs);
        require(maxEpochs >= minEpochs, "maxEpochs must be >= minEpochs %d, was %d", minEpochs, maxEpochs);
        require(eta >= 2, "eta must be >= 2, was %d", eta);
    }

    /**
     * For {@code count} candidates: the smallest first budget for which the last round, the one that
     * leaves a single candidate, trains with {@code maxEpochs}: {@code r = ceil(R / eta^(rounds - 1))}.
     */
    public static SuccessiveHalving forCandidates(int count, int maxEpochs, int eta) {
        require(count >= 1, "successive halving needs at least 1 candidate, was %d", count);
        require(eta >= 2, "eta must be >= 2, was %d", eta);
        double first = maxEpochs;
        for (int n = count; Math.max(1, n / eta) > 1; n = Math.max(1, n / eta)) {
            first /= eta;
        }
        return new SuccessiveHalving((int) Math.max(1, Math.ceil(first)), maxEpochs, eta);
    }

    /** One round: its budget, how its candidates did, and which went on (or the winner, after the last). */
    public record Round(int round, int epochs, SearchResult result, List<Integer> kept) {
        public Round {
            kept = List.copyOf(kept);
        }
    }

    /** The rounds in order and the epochs they trained in total (summed over candidates and folds). */
    public record Result(SuccessiveHalving schedule, List<Round> rounds, long totalEpochs) {
        public Result {
            rounds = List.copyOf(rounds);
        }

        /** The winner: the best candidate of the last round. */
        public CandidateScore best() {
            return rounds.get(rounds.size() - 1).result().best();
        }
    }

    /** Scores the candidates at the given positions with the given epochs. */
    interface Evaluator {
        SearchResult evaluate(List<Integer> candidates, int epochs);
    }

    /** How many of {@code n} candidates go on to the next round. */
    public int kept(int n) {
        return Math.max(1, n / eta);
    }

    /** The budget of round {@code round} (from 0). */
    public int epochs(int round) {
        long epochs = minEpochs;
        for (int i = 0; i < round && epochs < maxEpochs; i++) {
            epochs *= eta;
        }
        return (int) Math.min(maxEpochs, epochs);
    }

    Result run(int count, Evaluator evaluator) {
        require(count >= 1, "successive halving needs at least 1 candidate, was %d", count);
        List<Integer> alive = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            alive.add(i);
        }
        List<Round> rounds = new ArrayList<>();
        long total = 0;
        for (int round = 0; ; round++) {
            int epochs = epochs(round);
            SearchResult result = evaluator.evaluate(alive, epochs);
            total += result.totalEpochs();
            boolean last = epochs == maxEpochs || kept(alive.size()) == 1;
            alive = result.ranked().subList(0, last ? 1 : kept(alive.size())).stream()
                    .map(CandidateScore::index).toList();
            rounds.add(new Round(round, epochs, result, alive));
            if (last) {
                return new Result(this, rounds, total);
            }
        }
    }
}
