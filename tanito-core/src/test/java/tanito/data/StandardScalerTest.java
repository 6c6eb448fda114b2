package tanito.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tanito.Golden;
import tanito.linalg.Matrix;

/** StandardScaler's own rules; its scikit-learn values are checked in {@link ScalerGoldenTest}. */
class StandardScalerTest {
    private static final Matrix TRAIN = Golden.floatMatrix(Golden.read("scalers.json").get("train"));

    @Test
    void aConstantColumnKeepsScaleOneAndItsMean() {
        Matrix train = Golden.floatMatrix(Golden.read("scalers.json").get("constant_column").get("train"));
        StandardScaler scaler = (StandardScaler) ScalerSpec.standard().fit(train);
        assertEquals(1.0, scaler.scale()[1]);
        assertEquals(5.0, scaler.mean()[1]);
    }

    @Test
    void aRepeatedInexactFloatIsConstantButAdjacentFloatsAreNot() {
        Matrix repeated = Matrix.zeros(1000, 1);
        repeated.fill(0.1f); // 0.1f is not 0.1: the mean is inexact, the column is still constant
        StandardScaler constant = (StandardScaler) ScalerSpec.standard().fit(repeated);
        assertEquals(1.0, constant.scale()[0]);
        assertEquals(0f, constant.transform(repeated).get(999, 0));
        // scikit-learn's constant test is relative to n * eps, far below float32 spacing: no cut-off like 1e-6
        float one = 1f, next = Math.nextUp(1f);
        StandardScaler tiny = (StandardScaler) ScalerSpec.standard().fit(Matrix.of(new float[][] {{one}, {next}}));
        assertEquals(Math.ulp(1f) / 2.0, tiny.scale()[0]);
        assertEquals(-1f, tiny.transform(Matrix.of(new float[][] {{one}})).get(0, 0));
    }

    @Test
    void meanAndPopulationStandardDeviation() {
        StandardScaler scaler = (StandardScaler) ScalerSpec.standard().fit(Matrix.of(new float[][] {{1}, {2}, {3}, {6}}));
        assertEquals(3.0, scaler.mean()[0]);
        assertEquals(Math.sqrt(3.5), scaler.scale()[0], 1e-15); // (4 + 1 + 0 + 9) / 4, ddof 0
    }

    @Test
    void transformAndInverseDoNotMutateTheirInput() {
        Matrix train = TRAIN;
        Matrix before = train.copy();
        Scaler scaler = ScalerSpec.standard().fit(train);
        Matrix scaled = scaler.transform(train);
        Matrix scaledBefore = scaled.copy();
        scaler.inverse(scaled);
        assertTrue(train.contentEquals(before));
        assertTrue(scaled.contentEquals(scaledBefore));
        double[] mean = ((StandardScaler) scaler).mean();
        mean[0] = 99;
        assertTrue(((StandardScaler) scaler).mean()[0] != 99, "the fitted statistics are copies");
    }

    @Test
    void transformsAViewOfRows() {
        Matrix train = TRAIN;
        Scaler scaler = ScalerSpec.standard().fit(train);
        Matrix lastRows = scaler.transform(train.rowRange(5, 8));
        Matrix all = scaler.transform(train);
        assertTrue(lastRows.contentEquals(all.rowRange(5, 8).copy()));
    }

    @Test
    void aWrongColumnCountNamesBothCounts() {
        Scaler scaler = ScalerSpec.standard().fit(TRAIN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> scaler.transform(Matrix.zeros(2, 2)));
        assertEquals("the scaler was fitted on 3 columns, this matrix has 2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> scaler.inverse(Matrix.zeros(2, 4)));
        assertThrows(IllegalArgumentException.class, () -> ScalerSpec.standard().fit(Matrix.zeros(0, 3)));
    }
}
