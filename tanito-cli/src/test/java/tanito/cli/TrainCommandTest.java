package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tanito.data.Datasets;
import tanito.io.Json;
import tanito.io.ModelFile;
import tanito.train.Model;

class TrainCommandTest {

    @Test
    void trainWithNoArgumentsButOutTrainsIrisAndWritesTheModelAndMetrics(@TempDir Path dir) throws IOException {
        Cli run = Cli.run("train", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("data builtin:iris: 150 rows, 4 features, 3 classes [setosa, versicolor, virginica]"),
                run.out());
        assertTrue(run.out().contains("epoch   1/200  loss "), run.out());
        assertTrue(run.out().matches("(?s).*best epoch \\d+; the model keeps the weights of epoch \\d+.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\ntest +\\d\\.\\d{4} +\\d\\.\\d{4}\\n.*"), run.out());

        JsonNode metrics = Json.mapper().readTree(dir.resolve("metrics.json").toFile());
        assertEquals(42, metrics.get("seed").asInt());
        assertEquals(105, metrics.get("rows").get("train").asInt());
        int best = metrics.get("bestEpoch").asInt();
        assertTrue(best >= 1 && best <= metrics.get("history").size());
        assertEquals(best, metrics.get("history").get(best - 1).get("epoch").asInt());
        assertTrue(metrics.get("history").get(0).has("val_accuracy"));
        double testAccuracy = metrics.get("metrics").get("test").get("accuracy").asDouble();
        assertTrue(testAccuracy >= 0.9, "iris test accuracy " + testAccuracy);
        assertEquals("adam", metrics.get("config").get("optimizer").get("type").asText());
        assertEquals(0.001, metrics.get("config").get("optimizer").get("learningRate").asDouble());

        Model model = ModelFile.load(dir.resolve("model.tanito.json"));
        assertEquals("setosa", model.predictClassName(5.1f, 3.5f, 1.4f, 0.2f));
        assertEquals("virginica", model.predictClassName(7.7f, 3.0f, 6.1f, 2.3f));
    }

    @Test
    void theSeedPolicyDecidesTheStartAndIsRecorded(@TempDir Path dir) throws IOException {
        JsonNode tanito = trainOneEpoch(dir.resolve("tanito"));
        JsonNode pytorch = trainOneEpoch(dir.resolve("pytorch"), "--seed-policy", "pytorch");
        assertEquals("tanito", tanito.get("config").get("seedPolicy").asText());
        assertEquals("pytorch", pytorch.get("config").get("seedPolicy").asText());
        double first = tanito.get("history").get(0).get("loss").asDouble();
        assertNotEquals(first, pytorch.get("history").get(0).get("loss").asDouble());
        assertEquals(first, trainOneEpoch(dir.resolve("again"), "--seed-policy", "tanito").get("history").get(0)
                .get("loss").asDouble());
    }

    private static JsonNode trainOneEpoch(Path out, String... flags) throws IOException {
        List<String> args = new ArrayList<>(List.of("train", "--epochs", "1", "--quiet", "--no-report", "--out",
                out.toString()));
        args.addAll(List.of(flags));
        Cli run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return Json.mapper().readTree(out.resolve("metrics.json").toFile());
    }

    @Test
    void digitsWithMomentumAndBatchesOf16ReachesNinetyFivePercentOnTheTestPart(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("digits.csv");
        try (var in = Datasets.class.getResourceAsStream("digits.csv")) {
            Files.copy(in, csv);
        }
        Cli run = Cli.run("train", "--data", csv.toString(), "--target", "digit", "--layers", "64",
                "--optimizer", "momentum", "--batch-size", "16", "--seed", "1", "--quiet", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode metrics = Json.mapper().readTree(dir.resolve("metrics.json").toFile());
        double testAccuracy = metrics.get("metrics").get("test").get("accuracy").asDouble();
        assertTrue(testAccuracy >= 0.95, "digits test accuracy " + testAccuracy);
        assertEquals(179, metrics.get("rows").get("test").asInt());
    }

    @Test
    void aNumericTargetIsRegressionWithMeanSquaredError(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("a,b,y\n");
        tanito.linalg.Rng rng = tanito.linalg.Rng.seeded(4);
        for (int i = 0; i < 300; i++) {
            double a = 4 * rng.nextDouble() - 2;
            double b = 100 * rng.nextDouble();
            csv.append(a).append(',').append(b).append(',').append(2 * a - 0.03 * b + 0.1 * rng.nextGaussian()).append('\n');
        }
        Path file = Files.writeString(dir.resolve("plane.csv"), csv);
        Cli run = Cli.run("train", "--data", file.toString(), "--layers", "16", "--quiet", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode metrics = Json.mapper().readTree(dir.resolve("metrics.json").toFile());
        assertEquals(0, metrics.get("classes").size());
        assertEquals("mse", metrics.get("config").get("loss").get("terms").get(0).get("loss").get("type").asText());
        double testMse = metrics.get("metrics").get("test").get("mse").asDouble();
        assertTrue(testMse < 0.05, "the noise variance is 0.01; test mse " + testMse);
    }

    @Test
    void theSameSeedWritesTheSameModelAndMetrics(@TempDir Path dir) throws IOException {
        String[] common = {"train", "--data", "builtin:wine", "--epochs", "30", "--dropout", "0.2", "--quiet", "--out"};
        assertEquals(0, Cli.run(concat(common, dir.resolve("a").toString())).exitCode());
        assertEquals(0, Cli.run(concat(common, dir.resolve("b").toString())).exitCode());
        assertEquals(Files.readString(dir.resolve("a/model.tanito.json")), Files.readString(dir.resolve("b/model.tanito.json")));
        assertEquals(Files.readString(dir.resolve("a/metrics.json")), Files.readString(dir.resolve("b/metrics.json")));
    }

    private static String[] concat(String[] head, String last) {
        String[] all = java.util.Arrays.copyOf(head, head.length + 1);
        all[head.length] = last;
        return all;
    }
}
