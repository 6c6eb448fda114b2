package tanito.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tanito.linalg.Rng;

class FoldSpecTest {
    @Test
    void factoriesAndRepeats() {
        assertEquals(new FoldSpec(5, 1, false), FoldSpec.kFold(5));
        assertEquals(new FoldSpec(10, 1, true), FoldSpec.stratified(10));
        assertEquals(new FoldSpec(10, 3, true), FoldSpec.stratified(10).withRepeats(3));
    }

    @Test
    void roundTripsThroughJson() throws IOException {
        ObjectMapper json = new ObjectMapper();
        FoldSpec spec = FoldSpec.stratified(5).withRepeats(2);
        String text = json.writeValueAsString(spec);
        assertEquals("{\"folds\":5,\"repeats\":2,\"stratified\":true}", text);
        assertEquals(spec, json.readValue(text, FoldSpec.class));
        assertEquals(FoldSpec.kFold(3), json.readValue(json.writeValueAsString(FoldSpec.kFold(3)), FoldSpec.class));
        assertThrows(IOException.class, () -> json.readValue("{\"folds\":1,\"repeats\":1,\"stratified\":false}",
                FoldSpec.class));
    }

    @Test
    void plainFoldsOfTenRowsInThree() {
        List<Fold> folds = FoldSpec.kFold(3).folds(LabelledRows.regression(10), Rng.seeded(1));
        assertEquals(List.of(4, 3, 3), folds.stream().map(f -> f.testRows().length).toList());
        int[] tested = folds.stream().flatMapToInt(f -> Arrays.stream(f.testRows())).sorted().toArray();
        assertArrayEquals(LabelledRows.all(10), tested);
        for (Fold fold : folds) {
            assertEquals(0, fold.repeat());
            int[] both = IntStream.concat(Arrays.stream(fold.trainRows()), Arrays.stream(fold.testRows())).sorted()
                    .toArray();
            assertArrayEquals(LabelledRows.all(10), both);
            assertTrue(isAscending(fold.testRows()) && isAscending(fold.trainRows()));
        }
        assertEquals(List.of(0, 1, 2), folds.stream().map(Fold::index).toList());
    }

    @Test
    void stratifiedFoldsOfIrisHoldTenOfEachClass() {
        Dataset iris = Datasets.builtin("iris");
        for (Fold fold : FoldSpec.stratified(5).folds(iris, Rng.seeded(3))) {
            assertArrayEquals(new int[] {10, 10, 10}, LabelledRows.classCounts(iris, fold.testRows()));
            assertArrayEquals(new int[] {40, 40, 40}, LabelledRows.classCounts(iris, fold.trainRows()));
            assertEquals(30, fold.test(iris).rows());
            assertEquals(120, fold.train(iris).rows());
        }
    }

    @Test
    void repeatsDifferAndTheWholeIsReproducible() {
        Dataset data = LabelledRows.classification(new int[] {12, 7, 20}, 5);
        FoldSpec spec = FoldSpec.stratified(4).withRepeats(3);
        List<Fold> folds = spec.folds(data, Rng.seeded(9));
        assertEquals(12, folds.size());
        assertEquals(folds, spec.folds(data, Rng.seeded(9)));
        Rng used = Rng.seeded(9);
        used.nextLong();
        assertEquals(folds, spec.folds(data, used), "only the seed matters, not the stream's position");
        assertNotEquals(folds, spec.folds(data, Rng.seeded(10)));
        for (int r = 0; r < 3; r++) {
            assertEquals(r, folds.get(4 * r).repeat());
            assertEquals(3, folds.get(4 * r + 3).index());
        }
        assertNotEquals(folds.get(0), folds.get(4));
        assertNotEquals(folds.get(4), folds.get(8));
        // the first repetition is the same with or without the later ones
        assertEquals(folds.subList(0, 4), FoldSpec.stratified(4).folds(data, Rng.seeded(9)));
        List<Fold> plain = FoldSpec.kFold(4).withRepeats(2).folds(data, Rng.seeded(9));
        assertFalse(Arrays.equals(plain.get(0).testRows(), plain.get(4).testRows()));
    }

    @Test
    void aFoldCannotBeChangedFromOutside() {
        int[] train = {1, 2}, test = {0};
        Fold fold = new Fold(0, 0, train, test);
        train[0] = 9;
        fold.testRows()[0] = 9;
        assertEquals(new Fold(0, 0, new int[] {1, 2}, new int[] {0}), fold);
        assertEquals(fold.hashCode(), new Fold(0, 0, new int[] {1, 2}, new int[] {0}).hashCode());
    }

    @Test
    void errorsNameTheValues() {
        assertEquals("folds must be >= 2, was 1", message(() -> FoldSpec.kFold(1)));
        assertEquals("repeats must be >= 1, was 0", message(() -> FoldSpec.kFold(3).withRepeats(0)));
        assertEquals("5 folds need at least 5 rows; the data set has 3",
                message(() -> FoldSpec.kFold(5).folds(LabelledRows.regression(3), Rng.seeded(0))));
        assertEquals("5 folds need at least 5 rows; the data set has 4", message(() -> FoldSpec.stratified(5)
                .folds(LabelledRows.classification(new int[] {2, 2}, 0), Rng.seeded(0))));
        Dataset few = LabelledRows.classification(new int[] {9, 3, 6, 3}, 1);
        assertEquals("5 stratified folds need at least 5 rows of every class; class 'class1' has 3",
                message(() -> FoldSpec.stratified(5).folds(few, Rng.seeded(0))));
        assertEquals("stratified folds need a classification target, but 'y' is numeric; use plain K-fold for "
                + "regression",
                message(() -> FoldSpec.stratified(2).folds(LabelledRows.regression(10), Rng.seeded(0))));
        assertEquals("repeat and index must be >= 0, were -1 and 0",
                message(() -> new Fold(-1, 0, new int[0], new int[0])));
    }

    @Test
    void aClassWithNoRowsIsNoObstacle() {
        Dataset data = LabelledRows.classification(new int[] {6, 0, 4}, 2);
        for (Fold fold : FoldSpec.stratified(2).folds(data, Rng.seeded(4))) {
            assertArrayEquals(new int[] {3, 0, 2}, LabelledRows.classCounts(data, fold.testRows()));
        }
    }

    private static String message(Runnable action) {
        return assertThrows(IllegalArgumentException.class, action::run).getMessage();
    }

    private static boolean isAscending(int[] rows) {
        for (int i = 1; i < rows.length; i++) {
            if (rows[i - 1] >= rows[i]) {
                return false;
            }
        }
        return true;
    }
}
