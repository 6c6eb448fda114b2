package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tanito.data.CsvReader;
import tanito.data.Dataset;
import tanito.data.Datasets;
import tanito.data.Task;
import tanito.io.ModelFile;
import tanito.linalg.Matrix;
import tanito.train.Model;

/** {@code tanito predict} and {@code tanito evaluate} on a model {@code tanito train} wrote. */
class PredictCommandTest {
    @TempDir
    static Path dir;
    static Path modelFile;
    static Path irisCsv;

    @BeforeAll
    static void trainIris() throws IOException {
        Cli train = Cli.run("train", "--quiet", "--no-report", "--epochs", "30", "--out", dir.resolve("iris").toString());
        assertEquals(0, train.exitCode(), train.err());
        modelFile = dir.resolve("iris/model.tanito.json");
        irisCsv = dir.resolve("iris.csv");
        try (InputStream in = Datasets.class.getResourceAsStream("iris.csv")) {
            Files.copy(in, irisCsv);
        }
    }

    @Test
    void theClassesAndProbabilitiesAreModelPredictOnTheSameRowsBitForBit() throws IOException {
        Path out = dir.resolve("predictions.csv");
        Cli run = Cli.run("predict", "--model", modelFile.toString(), "--data", irisCsv.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out() + run.err());

        Model model = ModelFile.load(modelFile);
        Dataset rows = model.schema().read(irisCsv, ',');
        Matrix expected = model.predict(rows.features());
        int[] classes = model.predictClasses(rows.features());
        List<String[]> written = Files.readAllLines(out).stream().map(line -> line.split(",")).toList();
        assertEquals(List.of("row", "predicted_species", "p_setosa", "p_versicolor", "p_virginica"),
                List.of(written.get(0)));
        assertEquals(151, written.size());
        for (int r = 0; r < rows.rows(); r++) {
            String[] line = written.get(r + 1);
            assertEquals(Integer.toString(r + 1), line[0]);
            assertEquals(model.classNames().get(classes[r]), line[1]);
            for (int c = 0; c < 3; c++) {
                assertEquals(expected.get(r, c), Float.parseFloat(line[2 + c]), 0f, "row " + (r + 1) + " class " + c);
            }
        }
    }

    @Test
    void featuresInAnotherOrderAmongOtherColumnsWithoutTheTargetPredictTheSame() throws IOException {
        Path shuffled = Files.writeString(dir.resolve("shuffled.csv"),
                "id,petal_width,petal_length,sepal_width,sepal_length\n7,0.2,1.4,3.5,5.1\n8,2.3,6.1,3.0,7.7\n");
        Cli run = Cli.run("predict", "--model", modelFile.toString(), "--data", shuffled.toString());
        assertEquals(0, run.exitCode(), run.err());
        Model model = ModelFile.load(modelFile);
        Matrix rows = Matrix.wrap(new float[] {5.1f, 3.5f, 1.4f, 0.2f, 7.7f, 3.0f, 6.1f, 2.3f}, 2, 4);
        float[][] expected = model.predict(rows).toArray();
        assertEquals("row,predicted_species,p_setosa,p_versicolor,p_virginica\n"
                + "1,setosa," + joined(expected[0]) + "\n2,virginica," + joined(expected[1]) + "\n", run.out());
        assertEquals("setosa", model.predictClassName(5.1f, 3.5f, 1.4f, 0.2f));
    }

    @Test
    void regressionWritesThePredictedValueOfTheTarget() throws IOException {
        StringBuilder csv = new StringBuilder("a,b,y\n");
        for (int i = 0; i < 60; i++) {
            csv.append(i % 7).append(',').append(i % 5).append(',').append(2 * (i % 7) - (i % 5)).append('\n');
        }
        Path data = Files.writeString(dir.resolve("plane.csv"), csv);
        Cli train = Cli.run("train", "--data", data.toString(), "--task", "regression", "--layers", "4", "--epochs", "5", "--quiet", "--no-report",
                "--out", dir.resolve("plane").toString());
        assertEquals(0, train.exitCode(), train.err());
        Path model = dir.resolve("plane/model.tanito.json");
        Cli run = Cli.run("predict", "--model", model.toString(), "--data", data.toString());
        assertEquals(0, run.exitCode(), run.err());

        Dataset read = CsvReader.read(new StringReader(run.out()), "out", CsvReader.Options.defaults().withTask(Task.REGRESSION));
        assertEquals(List.of("predicted_y"), read.targetNames());
        Matrix expected = ModelFile.load(model).predict(ModelFile.load(model).schema().read(data, ',').features());
        assertEquals(60, read.rows());
        for (int r = 0; r < 60; r++) {
            assertEquals(expected.get(r, 0), read.targets().get(r, 0), 0f, "row " + (r + 1));
        }
    }

    @Test
    void evaluatePrintsTheMetricsTrainPrintsForTheModelsTask() {
        Cli run = Cli.run("evaluate", "--model", modelFile.toString(), "--data", irisCsv.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("model " + modelFile + " on " + irisCsv + ": 150 rows\n"), run.out());
        assertTrue(run.out().matches("(?s).*\\n +loss +accuracy\\ndata +\\d\\.\\d+ +0\\.\\d+\\n"), run.out());
    }

    @Test
    void evaluateWithoutTheTargetColumnSaysWhatIsMissing() throws IOException {
        Path features = Files.writeString(dir.resolve("features.csv"),
                "sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4,0.2\n");
        Cli run = Cli.run("evaluate", "--model", modelFile.toString(), "--data", features.toString());
        assertEquals(1, run.exitCode());
        assertEquals("tanito: error: " + features + " has no target column [species]; evaluate compares the model's "
                + "predictions with it (predict needs none)" + System.lineSeparator(), run.err());
    }

    static Stream<Arguments> badInput() throws IOException {
        Path noPetal = Files.writeString(dir.resolve("no-petal.csv"), "sepal_length,sepal_width,petal_length\n5.1,3.5,1.4\n");
        Path text = Files.writeString(dir.resolve("text.csv"),
                "sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4,0.2\n4.9,three,1.4,0.2\n");
        Path corrupt = Files.writeString(dir.resolve("corrupt.tanito.json"), "{\"format\": \"tanito-model\", \"formatVer");
        Path notAModel = Files.writeString(dir.resolve("not-a-model.json"), "{\"format\": \"csv\", \"formatVersion\": 1}");
        return Stream.of(
                Arguments.of("model", noPetal, "no column 'petal_width' in " + noPetal
                        + "; columns are: sepal_length, sepal_width, petal_length"),
                Arguments.of("model", text, text + " line 3, column 'sepal_width': 'three' is not a number"),
                Arguments.of(dir.resolve("none.tanito.json"), "iris",
                        "model file '" + dir.resolve("none.tanito.json") + "' does not exist"),
                Arguments.of(corrupt, "iris", "'" + corrupt + "' is not a readable Tanito model file: "
                        + "Unexpected end-of-input in field name"),
                Arguments.of(notAModel, "iris", "'" + notAModel + "' is not a Tanito model file (format 'csv')"),
                Arguments.of("model", dir.resolve("none.csv"), "data file '" + dir.resolve("none.csv") + "' does not exist"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputIsOneLineExitOneAndNoFile(Object model, Object data, String message) {
        Path out = dir.resolve("out-" + System.nanoTime() + ".csv");
        Cli run = Cli.run("predict", "--model", model.equals("model") ? modelFile.toString() : model.toString(),
                "--data", data.equals("iris") ? irisCsv.toString() : data.toString(), "--out", out.toString());
        assertEquals(1, run.exitCode());
        assertEquals("tanito: error: " + message + System.lineSeparator(), run.err());
        assertFalse(Files.exists(out), "a failed predict wrote " + out);
    }

    private static String joined(float[] values) {
        StringBuilder text = new StringBuilder();
        for (float value : values) {
            text.append(text.length() == 0 ? "" : ",").append(value);
        }
        return text.toString();
    }
}
