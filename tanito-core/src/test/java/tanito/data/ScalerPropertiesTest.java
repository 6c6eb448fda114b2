package tanito.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tanito.linalg.Matrix;
import tanito.linalg.Rng;

/**
 * Every scaler on random matrices: 1 to 25 rows, 1 to 4 columns, each column values of two decimals in
 * [-100, 100] times 10^e for e in [-6, 6] (so ties, constant columns and very unequal columns occur).
 */
class ScalerPropertiesTest {
    @Provide
    Arbitrary<float[][]> matrices() {
        return Arbitraries.integers().between(1, 4).flatMap(cols -> Combinators.combine(
                Arbitraries.floats().between(-100, 100).ofScale(2).array(float[].class).ofSize(cols).list()
                        .ofMinSize(1).ofMaxSize(25),
                Arbitraries.integers().between(-6, 6).array(int[].class).ofSize(cols))
                .as((rows, exponents) -> {
                    float[][] values = rows.toArray(new float[0][]);
                    for (float[] row : values) {
                        for (int c = 0; c < cols; c++) {
                            row[c] = (float) (row[c] * Math.pow(10, exponents[c]));
                        }
                    }
                    return values;
                }));
    }

    /** The named scalers and min-max onto random ranges with low in [-2, 2] and width in [0.5, 4]. */
    @Provide
    Arbitrary<ScalerSpec> specs() {
        Arbitrary<ScalerSpec> randomRange = Combinators.combine(Arbitraries.doubles().between(-2, 2),
                Arbitraries.doubles().between(0.5, 4)).as((low, width) -> ScalerSpec.minMax(low, low + width));
        return Arbitraries.oneOf(Arbitraries.of(ScalerSpec.standard(), ScalerSpec.none(), ScalerSpec.minMax(),
                ScalerSpec.minMax(-1, 1), ScalerSpec.robust()), randomRange);
    }

    /**
     * inverse(transform(x)) is x within float rounding. The scaled value y is rounded to float once
     * (relative error 2^-24) and the inverse multiplies its error by the column's divisor d, then rounds
     * again: |x' - x| &lt;= 2^-24 (|y| d + |x|). Here |y| d &lt;= |x - center| + |low| d &lt;= 5 range
     * for the column's range max - min (|low| / (high - low) &lt;= 4 in these specs), so
     * 2^-22 (|x| + 5 range) leaves a factor of 4. A constant column keeps range 1 (scikit-learn's rule):
     * min-max sends it to low, which float32 may round, so its error is bounded by that range of 1.
     */
    @Property(tries = 200)
    void inverseOfTransformReturnsTheInput(@ForAll("matrices") float[][] values, @ForAll("specs") ScalerSpec spec) {
        Matrix x = Matrix.of(values);
        Scaler scaler = spec.fit(x);
        Matrix back = scaler.inverse(scaler.transform(x));
        for (int c = 0; c < x.cols(); c++) {
            double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < x.rows(); r++) {
                min = Math.min(min, x.get(r, c));
                max = Math.max(max, x.get(r, c));
            }
            double range = max - min < 10 * Math.ulp(1.0) ? 1 : max - min;
            for (int r = 0; r < x.rows(); r++) {
                double tolerance = 0x1p-22 * (Math.abs(x.get(r, c)) + 5 * range);
                assertTrue(Math.abs(back.get(r, c) - x.get(r, c)) <= tolerance,
                        spec + " (" + r + ", " + c + "): " + x.get(r, c) + " came back as " + back.get(r, c));
            }
        }
    }

    /**
     * Fitting reads only the rows it is given: fitted on a view of some rows of a larger matrix, a scaler
     * equals the one fitted on a copy of those rows, whatever the other rows hold.
     */
    @Property(tries = 100)
    void fittedStatisticsDependOnlyOnTheRowsGiven(@ForAll("matrices") float[][] values,
                                                 @ForAll("specs") ScalerSpec spec, @ForAll long seed) {
        Matrix train = Matrix.of(values);
        Rng rng = Rng.seeded(seed);
        int before = rng.nextInt(5), after = rng.nextInt(5);
        Matrix first = surround(train, before, after, rng), second = surround(train, before, after, rng);
        Scaler expected = spec.fit(train.copy());
        assertEquals(expected, spec.fit(first.rowRange(before, before + train.rows())));
        assertEquals(expected, spec.fit(second.rowRange(before, before + train.rows())));
    }

    /**
     * Row order does not matter: min, max, median and quartiles come out bit for bit the same; the
     * standard scaler's sums change order, so its statistics agree within double rounding.
     */
    @Property(tries = 100)
    void rowOrderDoesNotMatter(@ForAll("matrices") float[][] values, @ForAll("specs") ScalerSpec spec,
                               @ForAll long seed) {
        Matrix train = Matrix.of(values);
        int[] order = Rng.seeded(seed).permutation(train.rows());
        Matrix shuffled = Matrix.zeros(train.rows(), train.cols());
        for (int r = 0; r < order.length; r++) {
            shuffled.row(r).copyFrom(train.row(order[r]));
        }
        Scaler inOrder = spec.fit(train), outOfOrder = spec.fit(shuffled);
        if (inOrder instanceof StandardScaler s && outOfOrder instanceof StandardScaler t) {
            for (int c = 0; c < train.cols(); c++) {
                assertEquals(s.mean()[c], t.mean()[c], 1e-12 * (Math.abs(s.mean()[c]) + s.scale()[c]));
                assertEquals(s.scale()[c], t.scale()[c], 1e-9 * s.scale()[c]);
            }
        } else {
            assertEquals(inOrder, outOfOrder);
        }
    }

    /** {@code train}'s rows with {@code before} and {@code after} random rows around them. */
    private static Matrix surround(Matrix train, int before, int after, Rng rng) {
        Matrix all = Matrix.zeros(before + train.rows() + after, train.cols());
        for (int r = 0; r < all.rows(); r++) {
            for (int c = 0; c < all.cols(); c++) {
                all.set(r, c, (float) (rng.nextGaussian() * 1e6));
            }
        }
        all.rowRange(before, before + train.rows()).copyFrom(train);
        return all;
    }
}
