package tanito.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tanito.linalg.Matrix;

class MinMaxScalerTest {
    private static final Matrix TRAIN = Matrix.of(new float[][] {{-1, 2}, {-0.5f, 6}, {0, 10}, {1, 18}});

    @Test
    void mapsTheTrainingRangeOntoZeroOneAndExtrapolates() {
        // scikit-learn's MinMaxScaler docstring example: the same data, the same answers
        MinMaxScaler scaler = (MinMaxScaler) ScalerSpec.minMax().fit(TRAIN);
        assertArrayEquals(new double[] {-1, 2}, scaler.dataMin());
        assertArrayEquals(new double[] {1, 18}, scaler.dataMax());
        assertTrue(scaler.transform(TRAIN).contentEquals(
                Matrix.of(new float[][] {{0, 0}, {0.25f, 0.25f}, {0.5f, 0.5f}, {1, 1}})));
        assertTrue(scaler.transform(Matrix.of(new float[][] {{2, 2}})).contentEquals(
                Matrix.of(new float[][] {{1.5f, 0}})));
    }

    @Test
    void minusOneToOneForTanh() {
        Scaler scaler = ScalerSpec.minMax(-1, 1).fit(TRAIN);
        assertTrue(scaler.transform(TRAIN).contentEquals(
                Matrix.of(new float[][] {{-1, -1}, {-0.5f, -0.5f}, {0, 0}, {1, 1}})));
        assertTrue(scaler.inverse(Matrix.of(new float[][] {{-1, 1}})).contentEquals(
                Matrix.of(new float[][] {{-1, 18}})));
    }

    @Test
    void aConstantColumnKeepsRangeOneAsScikitLearnDoes() {
        Matrix constant = Matrix.of(new float[][] {{3, 7}, {3, 9}});
        Scaler scaler = ScalerSpec.minMax(-1, 1).fit(constant);
        assertTrue(scaler.transform(constant).contentEquals(Matrix.of(new float[][] {{-1, -1}, {-1, 1}})));
        // scale_ = (high - low) / 1: a test value 0.25 above the constant maps to low + 0.25 * 2
        assertEquals(-0.5f, scaler.transform(Matrix.of(new float[][] {{3.25f, 8}})).get(0, 0));
        assertEquals(3.25f, scaler.inverse(Matrix.of(new float[][] {{-0.5f, 0}})).get(0, 0));
        // a range of one float32 step is not constant: it is far above 10 double epsilons
        Scaler tiny = ScalerSpec.minMax().fit(Matrix.of(new float[][] {{1}, {Math.nextUp(1f)}}));
        assertEquals(1f, tiny.transform(Matrix.of(new float[][] {{Math.nextUp(1f)}})).get(0, 0));
    }

    @Test
    void neitherDirectionMutatesItsInput() {
        Matrix train = TRAIN.copy();
        MinMaxScaler scaler = (MinMaxScaler) ScalerSpec.minMax().fit(train);
        Matrix scaled = scaler.transform(train);
        Matrix scaledBefore = scaled.copy();
        scaler.inverse(scaled);
        assertTrue(train.contentEquals(TRAIN));
        assertTrue(scaled.contentEquals(scaledBefore));
        scaler.dataMin()[0] = 99;
        assertEquals(-1.0, scaler.dataMin()[0], "the fitted statistics are copies");
    }

    @Test
    void errorsNameTheValues() {
        Scaler scaler = ScalerSpec.minMax().fit(TRAIN);
        assertEquals("the scaler was fitted on 2 columns, this matrix has 3", assertThrows(
                IllegalArgumentException.class, () -> scaler.transform(Matrix.zeros(1, 3))).getMessage());
        assertEquals("the scaler was fitted on 2 columns, this matrix has 1", assertThrows(
                IllegalArgumentException.class, () -> scaler.inverse(Matrix.zeros(1, 1))).getMessage());
        assertEquals("cannot fit a minmax scaler on 0 rows", assertThrows(IllegalArgumentException.class,
                () -> ScalerSpec.minMax().fit(Matrix.zeros(0, 2))).getMessage());
        assertEquals("minmax needs finite low < high, was low 1.0, high 1.0", assertThrows(
                IllegalArgumentException.class, () -> ScalerSpec.minMax(1, 1)).getMessage());
        assertEquals("minmax needs finite low < high, was low NaN, high 1.0", assertThrows(
                IllegalArgumentException.class, () -> ScalerSpec.minMax(Double.NaN, 1)).getMessage());
        assertEquals("minmax needs finite low < high, was low 2.0, high 1.0", assertThrows(
                IllegalArgumentException.class,
                () -> new MinMaxScaler(2, 1, new double[0], new double[0])).getMessage());
        assertEquals("dataMin has 1 columns but dataMax has 2", assertThrows(IllegalArgumentException.class,
                () -> new MinMaxScaler(0, 1, new double[] {0}, new double[] {1, 2})).getMessage());
        assertEquals("column 1 needs a finite dataMin <= dataMax, was 3.0 and 2.0", assertThrows(
                IllegalArgumentException.class,
                () -> new MinMaxScaler(0, 1, new double[] {0, 3}, new double[] {1, 2})).getMessage());
        assertEquals("column 0 needs a finite dataMin <= dataMax, was NaN and NaN", assertThrows(
                IllegalArgumentException.class,
                () -> ScalerSpec.minMax().fit(Matrix.of(new float[][] {{Float.NaN}}))).getMessage());
    }
}
