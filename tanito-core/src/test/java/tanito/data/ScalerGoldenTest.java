package tanito.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tanito.Golden;
import tanito.linalg.Matrix;

/**
 * Every scaler against scikit-learn 1.2's values in golden/scalers.json: fitted on {@code train}
 * only, then train and test transformed and the scaled test mapped back. The golden values are
 * float64 from float64 inputs; Tanito rounds the inputs and outputs to float32, so it matches within
 * {@value #RELATIVE} relative (floor 1), the golden files' comparison. Measured worst case 2.0e-6:
 * robust, test, column 2, whose interquartile range is 0.06, so the float32 rounding of its inputs near
 * -2 (up to 1.2e-7) grows sixteen-fold; inverses are within 1.3e-7.
 */
class ScalerGoldenTest {
    static final double RELATIVE = 1e-5;
    private static final double FLOOR = 1.0;
    private static final JsonNode GOLDEN = Golden.read("scalers.json");

    /** The spec each golden case was made with (its name in the file). */
    static ScalerSpec spec(String name) {
        return switch (name) {
            case "standard" -> ScalerSpec.standard();
            case "minmax_0_1" -> ScalerSpec.minMax(0, 1);
            case "minmax_-1_1" -> ScalerSpec.minMax(-1, 1);
            case "robust" -> ScalerSpec.robust();
            default -> throw new AssertionError("golden case '" + name + "' has no spec here");
        };
    }

    static List<String> cases() {
        List<String> names = new ArrayList<>();
        GOLDEN.get("cases").forEach(c -> names.add(c.get("scaler").asText()));
        return names;
    }

    private static JsonNode goldenCase(String name) {
        for (JsonNode c : GOLDEN.get("cases")) {
            if (c.get("scaler").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no case " + name);
    }

    static void assertClose(JsonNode expectedRows, Matrix actual, String what) {
        double[][] expected = Golden.matrix(expectedRows);
        assertEquals(expected.length + "x" + expected[0].length, actual.shape(), what);
        for (int r = 0; r < expected.length; r++) {
            for (int c = 0; c < expected[r].length; c++) {
                assertTrue(Golden.close(actual.get(r, c), expected[r][c], RELATIVE, FLOOR),
                        what + " (" + r + ", " + c + "): expected " + expected[r][c] + ", was " + actual.get(r, c));
            }
        }
    }

    @Test
    void theGoldenFileHasEveryScaler() {
        assertEquals(Set.of("standard", "minmax_0_1", "minmax_-1_1", "robust"), Set.copyOf(cases()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesScikitLearnOnTrainTestAndInverse(String name) {
        JsonNode expected = goldenCase(name);
        Matrix train = Golden.floatMatrix(GOLDEN.get("train")), test = Golden.floatMatrix(GOLDEN.get("test"));
        Scaler scaler = spec(name).fit(train);
        assertClose(expected.get("train_transformed"), scaler.transform(train), name + " train");
        Matrix scaledTest = scaler.transform(test);
        assertClose(expected.get("test_transformed"), scaledTest, name + " test");
        assertClose(expected.get("inverse_of_test_transformed"), scaler.inverse(scaledTest), name + " inverse");
    }

    /**
     * The constant-column case: its first column is the training matrix's first column, so it scales
     * as in each case's {@code train_transformed}; the constant column (5.0) keeps scale 1 in every
     * scaler (scikit-learn's {@code _handle_zeros_in_scale}), so it maps to 0 (standard: the golden
     * {@code standard_train_transformed}; robust: x - median) or to {@code low} (min-max:
     * {@code (x - min) * (high - low) + low}), and back to 5.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aConstantColumnKeepsScaleOne(String name) {
        JsonNode constant = GOLDEN.get("constant_column");
        Matrix train = Golden.floatMatrix(constant.get("train"));
        Scaler scaler = spec(name).fit(train);
        Matrix scaled = scaler.transform(train);
        JsonNode firstColumn = goldenCase(name).get("train_transformed");
        float constantMapsTo = spec(name) instanceof ScalerSpec.MinMax m ? (float) m.low() : 0f;
        for (int r = 0; r < train.rows(); r++) {
            assertTrue(Golden.close(scaled.get(r, 0), firstColumn.get(r).get(0).asDouble(), RELATIVE, FLOOR));
            assertEquals(constantMapsTo, scaled.get(r, 1), name + " row " + r);
        }
        if (name.equals("standard")) {
            assertClose(constant.get("standard_train_transformed"), scaled, name);
        }
        Matrix shifted = Matrix.of(new float[][] {{0, 6}});
        float oneAbove = spec(name) instanceof ScalerSpec.MinMax m ? (float) m.high() : 1f;
        assertEquals(oneAbove, scaler.transform(shifted).get(0, 1), name + ": one above the constant");
        Matrix back = scaler.inverse(scaled);
        for (int r = 0; r < train.rows(); r++) {
            assertEquals(5f, back.get(r, 1), name + " inverse row " + r);
        }
    }
}
