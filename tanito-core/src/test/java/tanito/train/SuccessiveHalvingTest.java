package tanito.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SuccessiveHalvingTest {

    @Test
    void budgetsGrowByEtaUpToTheMaximumAndTheFieldShrinksByEta() {
        SuccessiveHalving schedule = SuccessiveHalving.forCandidates(20, 200, 3);
        assertEquals(new SuccessiveHalving(23, 200, 3), schedule, "20 -> 6 -> 2: the third round trains with 200");
        assertEquals(List.of(23, 69, 200, 200), IntStream.range(0, 4).mapToObj(schedule::epochs).toList());
        assertEquals(List.of(6, 2, 1, 1), IntStream.of(20, 6, 2, 1).mapToObj(schedule::kept).toList());
        assertEquals(9, SuccessiveHalving.forCandidates(9, 27, 3).minEpochs(), "9 -> 3: the second round trains with 27");
        assertEquals(200, SuccessiveHalving.forCandidates(4, 200, 3).minEpochs(), "4 -> 1: one round, the full budget");
        assertEquals(200, new SuccessiveHalving(1, 200, 2).epochs(40), "no overflow");
        assertEquals("eta must be >= 2, was 1",
                assertThrows(IllegalArgumentException.class, () -> new SuccessiveHalving(1, 9, 1)).getMessage());
        assertEquals("maxEpochs must be >= minEpochs 10, was 9",
                assertThrows(IllegalArgumentException.class, () -> new SuccessiveHalving(10, 9, 3)).getMessage());
    }

    @Test
    void eachRoundKeepsItsBestThirdAndTheBestCandidateWins() {
        // candidate i has quality (7 i) mod 20, whatever the budget; each is "trained" on 3 folds
        SuccessiveHalving schedule = SuccessiveHalving.forCandidates(20, 200, 3);
        SuccessiveHalving.Result result = schedule.run(20, (chosen, epochs) -> SearchResult.rank("accuracy", true,
                chosen.stream().map(i -> new CandidateScore(0, i, SearchSpace.empty().grid().get(0), (7 * i) % 20 / 20.0,
                        0, 0, 0, 3 * epochs, List.of())).toList()));
        List<Integer> byQuality = IntStream.range(0, 20).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> (7 * i) % 20).reversed()).toList();
        assertEquals(3, result.rounds().size());
        assertEquals(byQuality.subList(0, 6), result.rounds().get(0).kept());
        assertEquals(byQuality.subList(0, 2), result.rounds().get(1).kept());
        assertEquals(byQuality.subList(0, 1), result.rounds().get(2).kept());
        assertEquals(List.of(23, 69, 200), result.rounds().stream().map(SuccessiveHalving.Round::epochs).toList());
        assertEquals(List.of(20, 6, 2), result.rounds().stream().map(r -> r.result().ranked().size()).toList());
        assertEquals(byQuality.get(0), result.best().index());
        assertEquals(3L * (20 * 23 + 6 * 69 + 2 * 200), result.totalEpochs());
    }

    @Test
    void theRoundThatReachesTheMaximumBudgetIsTheLastEvenWithSeveralCandidatesLeft() {
        // 27 candidates from 10 epochs: 27 -> 9 at 30 epochs, the maximum, so the best of those 9 wins
        SuccessiveHalving schedule = new SuccessiveHalving(10, 30, 3);
        SuccessiveHalving.Result result = schedule.run(27, (chosen, epochs) -> SearchResult.rank("mse", false,
                chosen.stream().map(i -> new CandidateScore(0, i, SearchSpace.empty().grid().get(0), i, 0, i, 0,
                        epochs, List.of())).toList()));
        assertEquals(List.of(10, 30), result.rounds().stream().map(SuccessiveHalving.Round::epochs).toList());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), result.rounds().get(0).kept(), "the lowest errors go on");
        assertEquals(List.of(0), result.rounds().get(1).kept());
        assertEquals(0, result.best().index());
        assertEquals(27 * 10 + 9 * 30, result.totalEpochs());
    }

    @Test
    void onIrisHalvingSpendsFewerEpochsThanTheFullSearchAndFindsAnEquallyGoodCandidate() {
        List<Candidate> candidates = HyperparameterSearchTest.SPACE.sample(9, 4);
        TrainerConfig base = HyperparameterSearchTest.BASE.withEpochs(27);
        HyperparameterSearch search = new HyperparameterSearch(HyperparameterSearchTest.builder(base),
                HyperparameterSearchTest.FOLDS, 0.1, 2);
        SearchResult full = search.run(HyperparameterSearchTest.IRIS, candidates);
        SuccessiveHalving.Result halving = search.halving(HyperparameterSearchTest.IRIS, candidates,
                SuccessiveHalving.forCandidates(9, 27, 3));

        assertEquals(List.of(9, 27), halving.rounds().stream().map(SuccessiveHalving.Round::epochs).toList());
        assertEquals(3L * (9 * 9 + 3 * 27), halving.totalEpochs());
        assertEquals(3L * 9 * 27, full.totalEpochs());
        assertTrue(halving.totalEpochs() < full.totalEpochs());
        // the last round trains with the full budget from scratch: the same scores as the full search's
        Map<Integer, CandidateScore> fullByIndex = full.ranked().stream()
                .collect(Collectors.toMap(CandidateScore::index, Function.identity()));
        for (CandidateScore last : halving.rounds().get(1).result().ranked()) {
            assertEquals(fullByIndex.get(last.index()).meanMetric(), last.meanMetric());
        }
        assertEquals(full.best().meanMetric(), fullByIndex.get(halving.best().index()).meanMetric(),
                "halving's winner is as good as the full search's best: " + describe(full, halving));
    }

    private static String describe(SearchResult full, SuccessiveHalving.Result halving) {
        List<String> lines = new ArrayList<>();
        full.ranked().forEach(s -> lines.add(s.index() + ": " + s.meanMetric()));
        halving.rounds().forEach(r -> lines.add("round " + r.round() + " kept " + r.kept()));
        return String.join("; ", lines);
    }
}
