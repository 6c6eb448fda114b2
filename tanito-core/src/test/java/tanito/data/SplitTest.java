package tanito.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tanito.linalg.Matrix;
import tanito.linalg.Rng;

class SplitTest {
    /** The same targets, with the original row index as the only feature, to trace rows through a split. */
    private static Dataset withRowIds(Dataset data) {
        Matrix ids = Matrix.zeros(data.rows(), 1);
        for (int r = 0; r < data.rows(); r++) {
            ids.set(r, 0, r);
        }
        return new Dataset(ids, data.targets(), List.of("row"), data.targetNames(), data.classNames());
    }

    private static Dataset regression(int rows) {
        Matrix y = Matrix.zeros(rows, 1);
        for (int r = 0; r < rows; r++) {
            y.set(r, 0, r * 0.5f);
        }
        return withRowIds(new Dataset(Matrix.zeros(rows, 0), y, List.of(), List.of("y"), List.of()));
    }

    private static int[] rowIds(Dataset part) {
        int[] ids = new int[part.rows()];
        for (int r = 0; r < ids.length; r++) {
            ids[r] = (int) part.features().get(r, 0);
        }
        return ids;
    }

    private static List<int[]> parts(Split split) {
        return List.of(rowIds(split.train()), rowIds(split.validation()), rowIds(split.test()));
    }

    private static void assertDisjointAndComplete(Dataset data, Split split) {
        int[] all = parts(split).stream().flatMapToInt(Arrays::stream).sorted().toArray();
        int[] expected = new int[data.rows()];
        Arrays.setAll(expected, i -> i);
        assertTrue(Arrays.equals(expected, all), "every row exactly once");
    }

    @Test
    void regressionSizesFollowLargestRemainder() {
        Dataset data = regression(101);
        Split split = SplitSpec.PRESET_70_20_10.apply(data, Rng.seeded(1));
        assertEquals(71, split.train().rows()); // 70.7, 20.2, 10.1: the one left over goes to train
        assertEquals(20, split.validation().rows());
        assertEquals(10, split.test().rows());
        assertDisjointAndComplete(data, split);
        for (int r = 0; r < split.test().rows(); r++) { // targets travel with their rows
            assertEquals(rowIds(split.test())[r] * 0.5f, split.test().targets().get(r, 0));
        }
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        Dataset data = withRowIds(Datasets.builtin("wine"));
        List<int[]> first = parts(SplitSpec.PRESET_70_20_10.apply(data, Rng.seeded(42)));
        List<int[]> again = parts(SplitSpec.PRESET_70_20_10.apply(data, Rng.seeded(42)));
        List<int[]> other = parts(SplitSpec.PRESET_70_20_10.apply(data, Rng.seeded(43)));
        for (int p = 0; p < 3; p++) {
            assertTrue(Arrays.equals(first.get(p), again.get(p)));
        }
        assertFalse(Arrays.equals(first.get(0), other.get(0)));
        assertNotEquals(Arrays.stream(first.get(2)).sorted().boxed().toList(),
                Arrays.stream(other.get(2)).sorted().boxed().toList());
    }

    @Test
    void partsAreShuffledNotInClassBlocks() {
        Dataset data = withRowIds(Datasets.builtin("iris"));
        int[] train = rowIds(SplitSpec.PRESET_70_20_10.apply(data, Rng.seeded(7)).train());
        int[] sorted = train.clone();
        Arrays.sort(sorted);
        assertFalse(Arrays.equals(sorted, train));
    }

    static List<Arguments> stratifiedCases() {
        List<Arguments> cases = new ArrayList<>();
        for (String name : List.of("iris", "digits")) {
            for (SplitSpec spec : SplitSpec.PRESETS) {
                cases.add(Arguments.of(name, spec));
            }
        }
        return cases;
    }

    @ParameterizedTest
    @MethodSource("stratifiedCases")
    void stratifiedClassCountsAreWithinOneOfTheExactShare(String name, SplitSpec spec) {
        Dataset data = withRowIds(Datasets.builtin(name));
        Split split = spec.apply(data, Rng.seeded(2024));
        assertDisjointAndComplete(data, split);
        int classes = data.classNames().size();
        int[] total = new int[classes];
        for (int r = 0; r < data.rows(); r++) {
            total[data.label(r)]++;
        }
        double[] ratios = {spec.train(), spec.validation(), spec.test()};
        Dataset[] parts = {split.train(), split.validation(), split.test()};
        for (int p = 0; p < 3; p++) {
            int[] counts = new int[classes];
            for (int r = 0; r < parts[p].rows(); r++) {
                counts[parts[p].label(r)]++;
            }
            for (int c = 0; c < classes; c++) {
                double exact = total[c] * ratios[p];
                assertTrue(Math.abs(counts[c] - exact) < 1, name + " " + spec.label() + " part " + p + " class " + c
                        + ": " + counts[c] + " rows, exact share " + exact);
            }
        }
    }

    @Test
    void aPositiveRatioThatGetsNoRowsFails() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SplitSpec.PRESET_70_20_10.apply(regression(5), Rng.seeded(0)));
        assertEquals("split 70/20/10 leaves the test part empty (5 rows)", e.getMessage());
    }

    @Test
    void aZeroRatioGivesAnEmptyPart() {
        Dataset data = regression(10);
        Split split = new SplitSpec(0.8, 0, 0.2).apply(data, Rng.seeded(3));
        assertEquals(8, split.train().rows());
        assertEquals(0, split.validation().rows());
        assertEquals(2, split.test().rows());
        assertDisjointAndComplete(data, split);
    }

    @Test
    void largestRemainderGivesLeftoversToTheLargestFractions() {
        assertEquals(List.of(41, 12, 6), Arrays.stream(Splitter.largestRemainder(59, new double[] {0.7, 0.2, 0.1}))
                .boxed().toList()); // 41.3, 11.8, 5.9
        assertEquals(List.of(7, 2, 1), Arrays.stream(Splitter.largestRemainder(10, new double[] {0.7, 0.2, 0.1}))
                .boxed().toList());
    }
}
