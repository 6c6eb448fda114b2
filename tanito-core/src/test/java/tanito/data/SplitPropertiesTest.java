package tanito.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tanito.linalg.Rng;

/**
 * SplitSpec.apply on random classification sets: 1 to 6 classes of 1 to 80 rows (the largest at least
 * 40, so every part with a ratio of at least 5 in 185 gets rows), split by a preset or by random ratios,
 * some of them 0.
 */
class SplitPropertiesTest {
    @Provide
    Arbitrary<int[]> classCounts() {
        return Arbitraries.integers().between(1, 80).list().ofMinSize(1).ofMaxSize(6)
                .filter(counts -> Collections.max(counts) >= 40)
                .map(counts -> counts.stream().mapToInt(Integer::intValue).toArray());
    }

    @Provide
    Arbitrary<SplitSpec> specs() {
        Arbitrary<Integer> optional = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(5, 90));
        Arbitrary<SplitSpec> random = Combinators.combine(Arbitraries.integers().between(5, 90), optional, optional)
                .as((train, validation, test) -> {
                    double sum = train + validation + test;
                    return new SplitSpec(train / sum, validation / sum, test / sum);
                });
        return Arbitraries.oneOf(Arbitraries.of(SplitSpec.PRESETS), random);
    }

    private static List<Dataset> parts(Split split) {
        return List.of(split.train(), split.validation(), split.test());
    }

    @Property(tries = 150)
    void eachClassInEachPartIsWithinOneOfItsShare(@ForAll("classCounts") int[] counts, @ForAll("specs") SplitSpec spec,
                                                 @ForAll long seed) {
        Dataset data = LabelledRows.classification(counts, seed);
        List<Dataset> parts = parts(spec.apply(data, Rng.seeded(seed)));
        double[] ratios = {spec.train(), spec.validation(), spec.test()};
        for (int p = 0; p < 3; p++) {
            int[] partCounts = LabelledRows.classCounts(parts.get(p), LabelledRows.all(parts.get(p).rows()));
            for (int c = 0; c < counts.length; c++) {
                double share = counts[c] * ratios[p];
                assertTrue(Math.abs(partCounts[c] - share) < 1,
                        "part " + p + " class " + c + ": " + partCounts[c] + " rows, share " + share);
            }
        }
    }

    @Property(tries = 150)
    void everyRowIsInExactlyOnePart(@ForAll("classCounts") int[] counts, @ForAll("specs") SplitSpec spec,
                                    @ForAll long seed) {
        Dataset data = LabelledRows.classification(counts, seed);
        int[] used = parts(spec.apply(data, Rng.seeded(seed))).stream()
                .flatMapToInt(part -> Arrays.stream(LabelledRows.rowIds(part))).sorted().toArray();
        assertArrayEquals(LabelledRows.all(data.rows()), used);
    }

    @Property(tries = 100)
    void theSameSeedGivesTheSameSplit(@ForAll("classCounts") int[] counts, @ForAll("specs") SplitSpec spec,
                                      @ForAll long seed) {
        Dataset data = LabelledRows.classification(counts, 7);
        List<Dataset> first = parts(spec.apply(data, Rng.seeded(seed)));
        List<Dataset> again = parts(spec.apply(data, Rng.seeded(seed)));
        Stream.of(0, 1, 2).forEach(p ->
                assertArrayEquals(LabelledRows.rowIds(first.get(p)), LabelledRows.rowIds(again.get(p))));
    }
}
