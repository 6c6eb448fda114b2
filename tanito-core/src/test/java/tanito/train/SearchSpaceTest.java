package tanito.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.io.Json;
import tanito.train.SearchDomain.Choices;
import tanito.train.SearchDomain.LogUniform;
import tanito.train.SearchDomain.Uniform;

class SearchSpaceTest {
    private static final int DRAWS = 4000;

    @Test
    void theSameSeedGivesTheSameCandidatesAndALargerSampleExtendsASmallerOne() {
        SearchSpace space = SearchSpace.defaults();
        List<Candidate> twenty = space.sample(20, 7);
        assertEquals(twenty, space.sample(20, 7));
        assertEquals(twenty.subList(0, 5), space.sample(5, 7));
        assertNotEquals(twenty, space.sample(20, 8));
        assertEquals(20, new HashSet<>(twenty).size(), "continuous draws do not repeat");
    }

    @Test
    void learningRatesAreLogUniformTheirLogarithmsHaveEvenlySpacedQuartiles() {
        SearchSpace space = new SearchSpace(null, null, null, LogUniform.of(1e-4, 1e-1), null, null, null, null);
        double[] logs = space.sample(DRAWS, 1).stream().mapToDouble(c -> Math.log10(c.learningRate())).sorted().toArray();
        assertTrue(logs[0] >= -4 && logs[DRAWS - 1] <= -1, "within [1e-4, 1e-1]");
        // log10 is uniform on [-4, -1]: quartiles -3.25, -2.5, -1.75 (a plain uniform draw would put the median at -1.3)
        assertEquals(-3.25, quantile(logs, 0.25), 0.06);
        assertEquals(-2.50, quantile(logs, 0.50), 0.06);
        assertEquals(-1.75, quantile(logs, 0.75), 0.06);
    }

    @Test
    void aPenaltyRangeGivesZeroForItsShareAndLogUniformValuesOtherwise() {
        SearchSpace space = new SearchSpace(null, null, null, null, null, null, new LogUniform(1e-6, 1e-2, 0.25), null);
        double[] l2 = space.sample(DRAWS, 3).stream().mapToDouble(Candidate::l2).toArray();
        long zeros = Arrays.stream(l2).filter(v -> v == 0).count();
        assertEquals(0.25, zeros / (double) DRAWS, 0.03);
        double[] logs = Arrays.stream(l2).filter(v -> v > 0).map(Math::log10).sorted().toArray();
        assertEquals(-5, quantile(logs, 0.25), 0.08);
        assertEquals(-4, quantile(logs, 0.50), 0.08);
        assertEquals(-3, quantile(logs, 0.75), 0.08);
    }

    @Test
    void dropoutIsUniformAndListItemsAreEquallyLikely() {
        SearchSpace space = new SearchSpace(List.of(List.of(8), List.of(16), List.of(32, 16)), null, null, null,
                null, null, null, new Uniform(0, 0.5));
        List<Candidate> sample = space.sample(DRAWS, 5);
        double[] dropout = sample.stream().mapToDouble(Candidate::dropout).sorted().toArray();
        assertEquals(0.125, quantile(dropout, 0.25), 0.015);
        assertEquals(0.375, quantile(dropout, 0.75), 0.015);
        for (List<Integer> layers : space.layers()) {
            long count = sample.stream().filter(c -> c.layers().equals(layers)).count();
            assertEquals(1.0 / 3, count / (double) DRAWS, 0.03, "share of " + layers);
        }
    }

    @Test
    void theGridIsEveryCombinationWithTheLastComponentVaryingFastest() {
        SearchSpace space = new SearchSpace(List.of(List.of(8), List.of(16, 8)), List.of("tanh", "relu"), null,
                Choices.of(0.01, 0.1), List.of(16), null, Choices.of(0, 1e-3), null);
        List<Candidate> grid = space.grid();
        assertEquals(16, grid.size());
        assertEquals(16, space.gridSize());
        assertEquals(16, new HashSet<>(grid).size(), "no combination twice");
        for (List<Integer> layers : space.layers()) {
            for (String activation : space.activations()) {
                for (double rate : List.of(0.01, 0.1)) {
                    for (double l2 : List.of(0.0, 1e-3)) {
                        assertTrue(grid.contains(new Candidate(layers, activation, null, rate, 16, null, l2, null)));
                    }
                }
            }
        }
        assertEquals(new Candidate(List.of(8), "tanh", null, 0.01, 16, null, 0.0, null), grid.get(0));
        assertEquals(new Candidate(List.of(8), "tanh", null, 0.01, 16, null, 1e-3, null), grid.get(1));
        assertEquals(new Candidate(List.of(16, 8), "relu", null, 0.1, 16, null, 1e-3, null), grid.get(15));
        assertEquals(List.of(new Candidate(null, null, null, null, null, null, null, null)), SearchSpace.empty().grid());
    }

    @Test
    void aGridNeedsListsAndBadRangesAreNamed() {
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> SearchSpace.defaults().grid());
        assertEquals("a grid needs a list of values for learningRate, was a range: log-uniform [1.0E-4, 0.1]",
                range.getMessage());
        assertEquals("range low must be <= high, was [0.1, 1.0E-4]",
                assertThrows(IllegalArgumentException.class, () -> LogUniform.of(0.1, 1e-4)).getMessage());
        assertEquals("learningRate is drawn log-uniformly; give a list or a log-uniform range",
                assertThrows(IllegalArgumentException.class, () -> new SearchSpace(null, null, null,
                        new Uniform(0.001, 0.1), null, null, null, null)).getMessage());
        assertEquals("dropout must be in [0, 1), was uniform [0.0, 1.0]",
                assertThrows(IllegalArgumentException.class, () -> new SearchSpace(null, null, null, null, null, null,
                        null, new Uniform(0, 1))).getMessage());
        assertEquals("batchSizes must not be an empty list (leave it out to keep the base value)",
                assertThrows(IllegalArgumentException.class, () -> new SearchSpace(null, null, null, null, List.of(),
                        null, null, null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SearchSpace.empty().sample(0, 1));
    }

    @Test
    void spacesAndCandidatesRoundTripThroughJson() throws Exception {
        SearchSpace grid = new SearchSpace(List.of(List.of(), List.of(4)), List.of("elu"), List.of("sgd", "adam"),
                Choices.of(0.1), List.of(8), Choices.of(0, 1e-4), null, Choices.of(0.2));
        for (SearchSpace space : List.of(SearchSpace.defaults(), grid, SearchSpace.empty())) {
            String json = Json.mapper().writeValueAsString(space);
            assertEquals(space, Json.mapper().readValue(json, SearchSpace.class), json);
        }
        for (Candidate candidate : SearchSpace.defaults().sample(3, 11)) {
            String json = Json.mapper().writeValueAsString(candidate);
            assertEquals(candidate, Json.mapper().readValue(json, Candidate.class), json);
        }
        assertTrue(Json.mapper().writeValueAsString(SearchSpace.defaults()).contains("\"type\" : \"logUniform\""));
    }

    @Test
    void aCandidatePrintsOnlyItsSearchedValuesCompactly() {
        Candidate candidate = new Candidate(List.of(64, 32), "relu", "adam", 0.0031234, null, null, 0.0, 1.2e-5);
        assertEquals("layers 64,32, activation relu, optimizer adam, lr 0.00312, l2 0, dropout 1.2e-05",
                candidate.toString());
        assertEquals("lr 0.1, batch 100", new Candidate(null, null, null, 0.1, 100, null, null, null).toString());
    }

    /** The q-quantile of sorted values (nearest rank). */
    private static double quantile(double[] sorted, double q) {
        return sorted[(int) Math.round(q * (sorted.length - 1))];
    }
}
