package tanito.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tanito.data.IdxFiles.bytes;
import static tanito.data.IdxFiles.idx;
import static tanito.data.IdxFiles.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tanito.linalg.Rng;

/** {@code synthetic:} and {@code idx:} data specifications of {@link Datasets#load}. */
class DatasetSourcesTest {
    private static final CsvReader.Options DEFAULTS = CsvReader.Options.defaults();

    private static Dataset load(String spec) throws IOException {
        return Datasets.load(spec, DEFAULTS);
    }

    private static String failure(String spec, CsvReader.Options options) {
        return assertThrows(IllegalArgumentException.class, () -> Datasets.load(spec, options)).getMessage();
    }

    private static boolean same(Dataset a, Dataset b) {
        return a.features().contentEquals(b.features()) && a.targets().contentEquals(b.targets())
                && a.featureNames().equals(b.featureNames()) && a.classNames().equals(b.classNames());
    }

    @ParameterizedTest
    @CsvSource({"circle, 500, true", "xor, 500, true", "gaussians, 500, true", "spiral, 500, true",
        "plane, 1200, false", "multi-gaussian, 1200, false", "elephant, 1200, false"})
    void namesHaveThePlaygroundsDefaults(String name, int rows, boolean classification) throws IOException {
        Dataset data = load("synthetic:" + name);
        assertEquals(rows, data.rows());
        assertEquals(classification, data.isClassification());
    }

    @Test
    void defaultsAreNoiseZeroAndSeedOne() throws IOException {
        assertTrue(same(Synthetic.circle(500, 0, Rng.seeded(1)), load("synthetic:circle")));
        assertTrue(same(Synthetic.multiGaussian(1200, 0, Rng.seeded(1)), load("synthetic:multi-gaussian")));
        assertTrue(same(Synthetic.elephant(1200, 0, Rng.seeded(1)), load("synthetic:elephant?")));
    }

    @Test
    void parametersInAnyOrder() throws IOException {
        assertTrue(same(Synthetic.spiral(40, 0.25, Rng.seeded(7)), load("synthetic:spiral?rows=40&noise=0.25&seed=7")));
        assertTrue(same(Synthetic.spiral(40, 0.25, Rng.seeded(7)), load("synthetic:spiral?seed=7&noise=0.25&rows=40")));
        assertTrue(same(Synthetic.xor(500, 0, Rng.seeded(-3)), load("synthetic:xor?seed=-3")));
        assertTrue(same(Synthetic.plane(12, 0.5, Rng.seeded(1)), load("synthetic:plane?rows=12&noise=.5")));
        assertTrue(same(Synthetic.gaussians(500, 0, Rng.seeded(Long.MAX_VALUE)),
                load("synthetic:gaussians?seed=" + Long.MAX_VALUE)));
        assertFalse(same(load("synthetic:circle?seed=2"), load("synthetic:circle")));
    }

    @Test
    void unknownNamesAndParametersListTheValidOnes() {
        assertEquals("unknown synthetic data set 'moons' in 'synthetic:moons?rows=3'; synthetic data sets are: circle, xor, "
                + "gaussians, spiral, plane, multi-gaussian, elephant", failure("synthetic:moons?rows=3", DEFAULTS));
        assertEquals("unknown synthetic data set '' in 'synthetic:'; synthetic data sets are: circle, xor, "
                + "gaussians, spiral, plane, multi-gaussian, elephant", failure("synthetic:", DEFAULTS));
        assertEquals("unknown parameter 'size' in 'synthetic:circle?size=3'; parameters are: rows, noise, seed",
                failure("synthetic:circle?size=3", DEFAULTS));
        assertEquals("unknown parameter '' in 'synthetic:circle?rows=3&'; parameters are: rows, noise, seed",
                failure("synthetic:circle?rows=3&", DEFAULTS));
        assertEquals(List.of("circle", "xor", "gaussians", "spiral", "plane", "multi-gaussian", "elephant"),
                Datasets.syntheticNames());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "synthetic:circle?rows=x | rows in 'synthetic:circle?rows=x' must be a whole number >= 1, was 'x'",
        "synthetic:circle?rows=0 | rows in 'synthetic:circle?rows=0' must be a whole number >= 1, was '0'",
        "synthetic:circle?rows | rows in 'synthetic:circle?rows' must be a whole number >= 1, was ''",
        "synthetic:xor?noise=-1 | noise in 'synthetic:xor?noise=-1' must be a number >= 0, was '-1'",
        "synthetic:xor?noise=NaN | noise in 'synthetic:xor?noise=NaN' must be a number >= 0, was 'NaN'",
        "synthetic:plane?seed=1.5 | seed in 'synthetic:plane?seed=1.5' must be a whole number, was '1.5'",
        "synthetic:plane?seed=1&seed=2 | parameter 'seed' appears twice in 'synthetic:plane?seed=1&seed=2'"})
    void badValuesAreNamed(String spec, String message) {
        assertEquals(message, failure(spec, DEFAULTS));
    }

    @Test
    void columnsOfGeneratedSetsCannotBeChosen() throws IOException {
        assertEquals("the target of synthetic:circle cannot be chosen: it is label, not 'y'",
                failure("synthetic:circle", DEFAULTS.withTarget("y")));
        assertEquals("the target of synthetic:elephant cannot be chosen: it is x, y, not 'x'",
                failure("synthetic:elephant", DEFAULTS.withTarget("x")));
        assertEquals("the features of synthetic:circle cannot be chosen: they are x1, x2",
                failure("synthetic:circle", DEFAULTS.withFeatures(List.of("x2"))));
        assertEquals("synthetic:circle is a classification data set, it cannot be read for regression",
                failure("synthetic:circle", DEFAULTS.withTask(Task.REGRESSION)));
        assertEquals("synthetic:plane is a regression data set, it cannot be read for classification",
                failure("synthetic:plane", DEFAULTS.withTask(Task.CLASSIFICATION)));
        Dataset asChosen = Datasets.load("synthetic:circle?rows=4",
                DEFAULTS.withTarget("label").withFeatures(List.of("x1", "x2")).withTask(Task.CLASSIFICATION));
        assertEquals(4, asChosen.rows());
    }

    @Test
    void idxDirectoriesGiveTrainingAndTestPartsScaledToOne(@TempDir Path dir) throws IOException {
        byte[] pixels = new byte[2 * 11];
        pixels[1] = (byte) 255;
        pixels[2] = 51;
        write(dir.resolve("train-images-idx3-ubyte.gz"), idx(pixels, 2, 1, 11), true);
        write(dir.resolve("train-labels-idx1-ubyte.gz"), idx(bytes(1, 0), 2), true);
        write(dir.resolve("t10k-images-idx3-ubyte"), idx(bytes(255, 0, 0, 0), 1, 2, 2), false);
        write(dir.resolve("t10k-labels-idx1-ubyte"), idx(bytes(3), 1), false);
        Dataset train = load("idx:" + dir);
        assertEquals(2, train.rows());
        assertEquals(1f, train.features().get(0, 1));
        assertEquals(51 * (1f / 255), train.features().get(0, 2));
        Dataset test = load("idx-test:" + dir);
        assertEquals(1, test.rows());
        assertEquals(3, test.label(0));
        assertTrue(failure("idx:" + dir, DEFAULTS.withFeatures(List.of("pixel_0")))
                .endsWith("they are pixel_0 .. pixel_10"));
        assertTrue(failure("idx-test:" + dir, DEFAULTS.withFeatures(List.of("pixel_0")))
                .endsWith("they are pixel_0, pixel_1, pixel_2, pixel_3"));
        assertTrue(failure("idx-test:" + dir.resolve("none"), DEFAULTS)
                .startsWith("no t10k-images-idx3-ubyte or t10k-images-idx3-ubyte.gz in " + dir.resolve("none")));
    }
}
