package tanito.web.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tanito.linalg.Matrix;

/** The search on points whose distances can be read off: (0,0) against (3,0), (2,2), (-1,-1) and (0,0.5). */
class CounterfactualTest {
    private final Matrix rows = Matrix.of(new double[][] {{3, 0}, {2, 2}, {-1, -1}, {0, 0.5}});
    private final float[] origin = {0, 0};

    @Test
    void l1AndL2CanPickDifferentRows() {
        // rows 0-2 differ; L1: 3, 4, 2 -> row 2; L2: 3, 2.83, 1.41 -> row 2
        assertEquals(new Counterfactual.Neighbour(2, 2), Counterfactual.nearest(rows, origin, Distance.L1, r -> r < 3).orElseThrow());
        assertEquals(2, Counterfactual.nearest(rows, origin, Distance.L2, r -> r < 3).orElseThrow().row());
        assertEquals(Math.sqrt(2), Counterfactual.nearest(rows, origin, Distance.L2, r -> r < 3).orElseThrow().distance(), 1e-6);
        // without row 2: L1 picks row 0 (3 < 4), L2 row 1 (2.83 < 3)
        assertEquals(0, Counterfactual.nearest(rows, origin, Distance.L1, r -> r < 2).orElseThrow().row());
        assertEquals(1, Counterfactual.nearest(rows, origin, Distance.L2, r -> r < 2).orElseThrow().row());
    }

    @Test
    void onlyRowsWithAnotherPredictionCount() {
        assertEquals(3, Counterfactual.nearest(rows, origin, Distance.L2, r -> true).orElseThrow().row());
        assertTrue(Counterfactual.nearest(rows, origin, Distance.L2, r -> false).isEmpty());
    }

    @Test
    void distanceNamesAreParsedAndABadOneIsNamed() {
        assertEquals(Distance.L1, Distance.parse("L1"));
        assertEquals("distance must be l1 or l2, was cosine",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> Distance.parse("cosine")).getMessage());
    }
}
