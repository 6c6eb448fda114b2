package tanito.web.whatif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tanito.data.Dataset;
import tanito.linalg.Matrix;

/** The probe on the wine model: predictions per row, the counterfactual against a brute-force search, PDP and slices. */
class ProbeTest {
    @TempDir
    static Path dir;
    private static Probe probe;

    @BeforeAll
    static void load() {
        probe = Models.wine(dir);
    }

    @Test
    void everyRowHasTheModelsClassAndProbabilitiesThatSumToOne() {
        assertEquals(178, probe.rows());
        int[] classes = probe.model().predictClasses(probe.data().features());
        int right = 0;
        for (int r = 0; r < probe.rows(); r++) {
            Prediction p = probe.prediction(r);
            assertEquals(classes[r], p.classIndex());
            assertEquals(1, p.probabilities()[0] + p.probabilities()[1] + p.probabilities()[2], 1e-5);
            right += p.classIndex() == probe.data().label(r) ? 1 : 0;
        }
        System.out.println("What-If wine model: " + right + " of 178 right");
        assertTrue(right >= 150, right + " of 178 right");
        assertEquals("class_0", probe.truth(0));
    }

    @Test
    void theCounterfactualIsTheNearestRowOfAnotherClassInScaledSpace() {
        float[] point = probe.features(0);
        Matrix scaled = probe.model().preprocessing().features(probe.data().features());
        float[] scaledPoint = scaled.row(0).toArray()[0];
        for (Distance distance : Distance.values()) {
            Counterfactual.Neighbour found = probe.counterfactual(point, distance, 0).orElseThrow();
            double best = Double.POSITIVE_INFINITY;
            for (int r = 0; r < probe.rows(); r++) {
                if (!probe.prediction(r).classIndex().equals(probe.prediction(0).classIndex())) {
                    best = Math.min(best, distance.between(scaledPoint, scaled, r));
                }
            }
            assertEquals(best, found.distance(), 1e-9, distance + " distance");
            assertNotEquals(probe.prediction(0).classIndex(), probe.prediction(found.row()).classIndex());
        }
    }

    @Test
    void theAveragedPartialDependenceIsTheMeanOfThePointCurves() {
        int proline = probe.feature("proline");
        PartialDependence pd = PartialDependence.of(probe, proline, probe.features(5));
        assertEquals(PartialDependence.GRID, pd.grid().length);
        assertEquals(278, pd.grid()[0], 1e-3, "the least proline in wine.csv");
        assertEquals(1680, pd.grid()[pd.grid().length - 1], 1e-3, "the greatest");
        double mean = 0;
        for (int r = 0; r < probe.rows(); r++) {
            mean += PartialDependence.averages(rows -> Predictions.outputs(probe.model(), rows),
                    probe.data().features().row(r), proline, pd.grid())[10][1] / probe.rows();
        }
        assertEquals(mean, pd.average()[10][1], 1e-6);
        float[] moved = probe.features(5);
        moved[proline] = (float) pd.grid()[3];
        assertArrayEquals(probe.predict(moved).probabilities(), pd.point()[3], 1e-6);
    }

    @Test
    void theAverageTakesEvenlySpacedRowsOfALargeSet() {
        Matrix ten = Matrix.zeros(10, 1);
        for (int r = 0; r < 10; r++) {
            ten.set(r, 0, r);
        }
        Matrix four = PartialDependence.spread(ten, 4);
        assertArrayEquals(new float[][] {{0}, {2}, {5}, {7}}, four.toArray(), "rows floor(i * 10 / 4)");
        assertEquals(178, PartialDependence.of(probe, 0, probe.features(0)).averagedRows());
    }

    @Test
    void slicesCountEveryRowOnceAndScoreAccuracy() {
        List<Slices.Slice> slices = Slices.of(probe, probe.feature("alcohol"), 4);
        assertEquals(178, slices.stream().mapToInt(Slices.Slice::count).sum());
        assertEquals(11.03, slices.get(0).from(), 1e-4);
        assertEquals(14.83, slices.get(3).to(), 1e-4);
        assertEquals(slices.get(0).to(), slices.get(1).from(), 1e-12);
        for (Slices.Slice slice : slices) {
            assertEquals(slice.count(), java.util.Arrays.stream(slice.classCounts()).sum());
        }
        double right = slices.stream().mapToDouble(s -> s.count() * s.score()).sum();
        assertEquals(Performance.of(probe, 0.5, 1).classes().accuracy() * 178, right, 1e-9);
    }

    @Test
    void dataWithoutTheTargetColumnIsRefusedByName() {
        Dataset noTarget = new Dataset(probe.data().features(), Matrix.zeros(probe.rows(), 0),
                probe.data().featureNames(), List.of(), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Probe.of(probe.model(), noTarget));
        assertEquals("the data has no target column 'cultivar': the What-If probe compares predictions with true values",
                e.getMessage());
    }

    @Test
    void moreRowsThanThePageCanShowAreRefused() {
        int rows = Probe.MAX_ROWS + 1;
        Dataset large = new Dataset(Matrix.zeros(rows, 13), Matrix.zeros(rows, 1), probe.data().featureNames(),
                probe.data().targetNames(), probe.data().classNames());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Probe.of(probe.model(), large));
        assertEquals("the data has 5001 rows; the What-If probe takes at most 5000 (give it a sample)", e.getMessage());
    }

    @Test
    void aPointOfTheWrongLengthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> probe.predict(new float[] {1, 2}));
        assertTrue(e.getMessage().startsWith("a point has 13 features [alcohol, "), e.getMessage());
    }
}
