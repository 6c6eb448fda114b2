package tanito.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tanito.linalg.Rng;

/**
 * Plain, stratified and repeated K-fold on random classification sets (1 to 6 classes) and, for
 * plain folds, regression sets: every repetition's test parts cover each row once, training rows are
 * the rest, fold sizes differ by at most one, stratified folds keep each class within one of its
 * share, the same seed gives the same folds, and repetitions differ.
 */
class FoldPropertiesTest {
    /** Class counts, a fold count that every class can fill, repeats, a seed. */
    record Case(int[] counts, int folds, int repeats, long seed) {
        Dataset data() {
            return LabelledRows.classification(counts, seed);
        }

        @Override
        public String toString() {
            return "Case[counts=" + Arrays.toString(counts) + ", folds=" + folds + ", repeats=" + repeats + ", seed="
                    + seed + "]";
        }
    }

    private static Arbitrary<Case> cases(int smallestClass) {
        return Arbitraries.integers().between(2, 8).flatMap(folds -> Combinators.combine(
                Arbitraries.integers().between(Math.max(folds, smallestClass), 40).array(int[].class).ofMinSize(1)
                        .ofMaxSize(6),
                Arbitraries.integers().between(1, 3), Arbitraries.longs())
                .as((counts, repeats, seed) -> new Case(counts, folds, repeats, seed)));
    }

    @Provide
    Arbitrary<Case> anyCase() {
        return cases(1);
    }

    @Provide
    Arbitrary<Case> largeCase() {
        return cases(30);
    }

    /** Checks one repetition's folds of a data set of {@code rows} rows. */
    private static void assertPartition(List<Fold> repetition, int rows, int folds) {
        assertEquals(folds, repetition.size());
        int[] tested = repetition.stream().flatMapToInt(f -> Arrays.stream(f.testRows())).sorted().toArray();
        assertArrayEquals(LabelledRows.all(rows), tested, "each row in exactly one test part");
        var sizes = repetition.stream().mapToInt(f -> f.testRows().length).summaryStatistics();
        assertTrue(sizes.getMax() - sizes.getMin() <= 1, "fold sizes " + sizes);
        for (Fold fold : repetition) {
            int[] test = fold.testRows();
            int[] expectedTrain = IntStream.range(0, rows).filter(r -> Arrays.binarySearch(test, r) < 0).toArray();
            assertArrayEquals(expectedTrain, fold.trainRows(), "train rows are the other rows");
        }
    }

    private static void assertAllRepetitions(FoldSpec spec, Dataset data, List<Fold> folds) {
        assertEquals(spec.folds() * spec.repeats(), folds.size());
        for (int r = 0; r < spec.repeats(); r++) {
            List<Fold> repetition = folds.subList(r * spec.folds(), (r + 1) * spec.folds());
            for (int i = 0; i < repetition.size(); i++) {
                assertEquals(r, repetition.get(i).repeat());
                assertEquals(i, repetition.get(i).index());
            }
            assertPartition(repetition, data.rows(), spec.folds());
        }
    }

    @Property(tries = 100)
    void stratifiedFoldsPartitionAndKeepEachClassWithinOneOfItsShare(@ForAll("anyCase") Case c) {
        Dataset data = c.data();
        FoldSpec spec = FoldSpec.stratified(c.folds()).withRepeats(c.repeats());
        List<Fold> folds = spec.folds(data, Rng.seeded(c.seed()));
        assertAllRepetitions(spec, data, folds);
        for (Fold fold : folds) {
            int[] counts = LabelledRows.classCounts(data, fold.testRows());
            for (int k = 0; k < counts.length; k++) {
                double share = (double) c.counts()[k] / c.folds();
                assertTrue(Math.abs(counts[k] - share) < 1,
                        fold + " class " + k + ": " + counts[k] + ", share " + share);
            }
        }
        assertEquals(folds, spec.folds(data, Rng.seeded(c.seed())), "the same seed gives the same folds");
    }

    @Property(tries = 100)
    void plainFoldsPartitionClassificationAndRegressionSets(@ForAll("anyCase") Case c) {
        FoldSpec spec = FoldSpec.kFold(c.folds()).withRepeats(c.repeats());
        for (Dataset data : List.of(c.data(), LabelledRows.regression(c.data().rows()))) {
            List<Fold> folds = spec.folds(data, Rng.seeded(c.seed()));
            assertAllRepetitions(spec, data, folds);
            assertEquals(folds, spec.folds(data, Rng.seeded(c.seed())), "the same seed gives the same folds");
        }
    }

    /** With every class 30 rows or more, two repetitions cut the rows alike with a chance below 1e-8. */
    @Property(tries = 50)
    void repetitionsDiffer(@ForAll("largeCase") Case c, @ForAll boolean stratified) {
        FoldSpec spec = new FoldSpec(c.folds(), 2, stratified);
        List<Fold> folds = spec.folds(c.data(), Rng.seeded(c.seed()));
        boolean alike = IntStream.range(0, c.folds())
                .allMatch(i -> Arrays.equals(folds.get(i).testRows(), folds.get(c.folds() + i).testRows()));
        assertFalse(alike);
    }
}
