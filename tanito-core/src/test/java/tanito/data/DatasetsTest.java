package tanito.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatasetsTest {
    @ParameterizedTest
    @CsvSource({"iris, 150, 4, 3, species", "wine, 178, 13, 3, cultivar", "digits, 1797, 64, 10, digit"})
    void builtinsHaveTheirShape(String name, int rows, int features, int classes, String target) {
        Dataset data = Datasets.builtin(name);
        assertEquals(rows, data.rows());
        assertEquals(features, data.features().cols());
        assertEquals(classes, data.classNames().size());
        assertEquals(List.of(target), data.targetNames());
    }

    @Test
    void builtinClassNamesAreSorted() {
        assertEquals(List.of("setosa", "versicolor", "virginica"), Datasets.builtin("iris").classNames());
        assertEquals(List.of("class_0", "class_1", "class_2"), Datasets.builtin("wine").classNames());
        List<String> digits = IntStream.range(0, 10).mapToObj(Integer::toString).toList();
        assertEquals(digits, Datasets.builtin("digits").classNames());
    }

    @Test
    void firstIrisRowIsReadExactly() {
        Dataset iris = Datasets.builtin("iris");
        assertEquals(List.of("sepal_length", "sepal_width", "petal_length", "petal_width"), iris.featureNames());
        float[] first = {iris.features().get(0, 0), iris.features().get(0, 1), iris.features().get(0, 2),
                iris.features().get(0, 3)};
        assertArrayEquals(new float[] {5.1f, 3.5f, 1.4f, 0.2f}, first);
        assertEquals(0, iris.label(0));
        assertEquals(2, iris.label(149));
    }

    @Test
    void builtinsHonourTargetFeaturesAndTask() throws IOException {
        CsvReader.Options options = CsvReader.Options.defaults().withTarget("petal_width")
                .withFeatures(List.of("sepal_length", "petal_length")).withTask(Task.REGRESSION);
        Dataset data = Datasets.load("builtin:iris", options.withDelimiter(';'));
        assertFalse(data.isClassification());
        assertEquals(List.of("sepal_length", "petal_length"), data.featureNames());
        assertEquals(0.2f, data.targets().get(0, 0));
    }

    @Test
    void unknownBuiltinListsTheNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.builtin("foo"));
        assertEquals("unknown built-in data set 'foo'; built-ins are: iris, wine, digits", e.getMessage());
        assertEquals(List.of("iris", "wine", "digits"), Datasets.builtinNames());
    }

    @Test
    void loadReadsFilesAndRejectsMissingOnes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("small.csv");
        Files.writeString(file, "a,b\n1,x\n2,y\n");
        assertEquals(2, Datasets.load(file.toString(), CsvReader.Options.defaults()).rows());
        String missing = dir.resolve("x.csv").toString();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Datasets.load(missing, CsvReader.Options.defaults()));
        assertEquals("data file '" + missing + "' does not exist", e.getMessage());
    }

    @Test
    void errorsInBuiltinsNameTheBuiltin() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Datasets.builtin("wine", CsvReader.Options.defaults().withTarget("foo")));
        assertEquals("no column 'foo' in builtin:wine; columns are: alcohol, malic_acid, ash, alcalinity_of_ash, "
                + "magnesium, total_phenols, flavanoids, nonflavanoid_phenols, proanthocyanins, color_intensity, hue, "
                + "od280_od315_of_diluted_wines, proline, cultivar", e.getMessage());
    }
}
