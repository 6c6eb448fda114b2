package tanito.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tanito.linalg.Matrix;

/** StandardScaler against scikit-learn 1.2's values in golden/scalers.json. */
class StandardScalerTest {
    private static final double RELATIVE = 1e-5;
    private static final double FLOOR = 1.0; // |actual - expected| <= RELATIVE * max(|expected|, FLOOR)

    private static JsonNode golden;

    @BeforeAll
    static void readGolden() throws IOException {
        try (InputStream in = StandardScalerTest.class.getResourceAsStream("/golden/scalers.json")) {
            assertNotNull(in, "golden/scalers.json on the test class path");
            golden = new ObjectMapper().readTree(in);
        }
    }

    private static Matrix matrix(JsonNode rows) {
        double[][] values = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            values[r] = new double[rows.get(r).size()];
            for (int c = 0; c < values[r].length; c++) {
                values[r][c] = rows.get(r).get(c).doubleValue();
            }
        }
        return Matrix.of(values);
    }

    private static JsonNode standardCase() {
        for (JsonNode scalerCase : golden.get("cases")) {
            if (scalerCase.get("scaler").asText().equals("standard")) {
                return scalerCase;
            }
        }
        throw new AssertionError("no standard case in golden/scalers.json");
    }

    private static void assertClose(JsonNode expectedRows, Matrix actual, String what) {
        Matrix expected = matrix(expectedRows);
        assertEquals(expected.shape(), actual.shape(), what);
        for (int r = 0; r < expected.rows(); r++) {
            for (int c = 0; c < expected.cols(); c++) {
                double e = expectedRows.get(r).get(c).doubleValue(), a = actual.get(r, c);
                assertTrue(Math.abs(a - e) <= RELATIVE * Math.max(Math.abs(e), FLOOR),
                        what + " (" + r + ", " + c + "): expected " + e + ", was " + a);
            }
        }
    }

    @Test
    void matchesScikitLearnOnTrainTestAndInverse() {
        JsonNode expected = standardCase();
        Matrix train = matrix(golden.get("train")), test = matrix(golden.get("test"));
        Scaler scaler = ScalerSpec.standard().fit(train);
        assertClose(expected.get("train_transformed"), scaler.transform(train), "train");
        Matrix scaledTest = scaler.transform(test);
        assertClose(expected.get("test_transformed"), scaledTest, "test");
        assertClose(expected.get("inverse_of_test_transformed"), scaler.inverse(scaledTest), "inverse");
    }

    @Test
    void aConstantColumnKeepsScaleOneAndMapsToZero() {
        JsonNode constant = golden.get("constant_column");
        Matrix train = matrix(constant.get("train"));
        StandardScaler scaler = (StandardScaler) ScalerSpec.standard().fit(train);
        assertEquals(1.0, scaler.scale()[1]);
        assertEquals(5.0, scaler.mean()[1]);
        assertClose(constant.get("standard_train_transformed"), scaler.transform(train), "constant column");
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
        Matrix train = matrix(golden.get("train"));
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
        Matrix train = matrix(golden.get("train"));
        Scaler scaler = ScalerSpec.standard().fit(train);
        Matrix lastRows = scaler.transform(train.rowRange(5, 8));
        Matrix all = scaler.transform(train);
        assertTrue(lastRows.contentEquals(all.rowRange(5, 8).copy()));
    }

    @Test
    void aWrongColumnCountNamesBothCounts() {
        Scaler scaler = ScalerSpec.standard().fit(matrix(golden.get("train")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> scaler.transform(Matrix.zeros(2, 2)));
        assertEquals("the scaler was fitted on 3 columns, this matrix has 2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> scaler.inverse(Matrix.zeros(2, 4)));
        assertThrows(IllegalArgumentException.class, () -> ScalerSpec.standard().fit(Matrix.zeros(0, 3)));
    }
}
