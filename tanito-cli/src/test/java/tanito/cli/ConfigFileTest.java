package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tanito.io.Json;

/** {@code --config FILE}: the file's values stand for the flags, flags override them, bad files fail in one line. */
class ConfigFileTest {
    @TempDir
    static Path dir;

    private static final String YAML = """
            # the same run as FLAGS
            data: builtin:wine
            layers: [16, 8]
            activation: relu
            optimizer: momentum
            lr: 0.05
            batch-size: 16
            epochs: 12
            l2: 1.0e-4
            dropout: 0.1
            split: 60/20/20
            scale: minmax
            order: interleaved
            seed: 7
            quiet: true
            no-report: true
            """;
    private static final String[] FLAGS = {"--data", "builtin:wine", "--layers", "16,8", "--activation", "relu",
        "--optimizer", "momentum", "--lr", "0.05", "--batch-size", "16", "--epochs", "12", "--l2", "1e-4", "--dropout",
        "0.1", "--split", "60/20/20", "--scale", "minmax", "--order", "interleaved", "--seed", "7", "--quiet", "--no-report"};

    @Test
    void aYamlFileTrainsTheSameModelAsTheSameFlags() throws IOException {
        Path config = Files.writeString(dir.resolve("wine.yaml"), YAML);
        Path fromFile = dir.resolve("from-file");
        Path fromFlags = dir.resolve("from-flags");
        Cli file = Cli.run("train", "--config", config.toString(), "--out", fromFile.toString());
        Cli flags = Cli.run(Stream.concat(Stream.of("train", "--out", fromFlags.toString()), Stream.of(FLAGS))
                .toArray(String[]::new));
        assertEquals(0, file.exitCode(), file.err());
        assertEquals(0, flags.exitCode(), flags.err());
        assertEquals(flags.out().replace(fromFlags.toString(), "DIR"), file.out().replace(fromFile.toString(), "DIR"));
        assertEquals(Files.readString(fromFlags.resolve("model.tanito.json")), Files.readString(fromFile.resolve("model.tanito.json")));
        assertEquals(Files.readString(fromFlags.resolve("metrics.json")), Files.readString(fromFile.resolve("metrics.json")));
        assertFalse(Files.exists(fromFile.resolve("report.html")), "no-report: true in the file");
        JsonNode metrics = Json.mapper().readTree(fromFile.resolve("metrics.json").toFile());
        assertEquals(7, metrics.get("seed").asInt());
        assertEquals("sgd", metrics.get("config").get("optimizer").get("type").asText());
        assertEquals(0.9, metrics.get("config").get("optimizer").get("momentum").asDouble(), "momentum's default");
        assertEquals(0.05, metrics.get("config").get("optimizer").get("learningRate").asDouble());
        assertEquals(16, metrics.get("config").get("batchSize").asInt());
    }

    @Test
    void flagsOverrideTheJsonFileAndTheFileOverridesTheDefaults() throws IOException {
        Path config = Files.writeString(dir.resolve("iris.json"),
                "{\"layers\": \"8\", \"optimizer\": \"sgd\", \"lr\": 0.1, \"epochs\": 5, \"seed\": 3, \"no-report\": true}");
        Path out = dir.resolve("override");
        Cli run = Cli.run("train", "--config", config.toString(), "--lr", "0.02", "--seed", "11", "--quiet",
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode metrics = Json.mapper().readTree(out.resolve("metrics.json").toFile());
        assertEquals(11, metrics.get("seed").asInt());
        assertEquals(0.02, metrics.get("config").get("optimizer").get("learningRate").asDouble());
        assertEquals("sgd", metrics.get("config").get("optimizer").get("type").asText());
        assertEquals(5, metrics.get("history").size());
        assertEquals(32, metrics.get("config").get("batchSize").asInt(), "the built-in default, not in the file");
        assertTrue(run.out().contains("best epoch"), run.out());
    }

    @Test
    void cvReadsTheSameFile() throws IOException {
        Path config = Files.writeString(dir.resolve("cv.yaml"), "folds: 3\nlayers: 8\nepochs: 3\nno-report: true\n");
        Path out = dir.resolve("cv");
        Cli run = Cli.run("cv", "--config", config.toString(), "--quiet", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode record = Json.mapper().readTree(out.resolve("cv.json").toFile());
        assertEquals(3, record.get("perFold").size());
    }

    @Test
    void aLearningRateInTheFileFixesItInASearchAsTheFlagDoes() throws IOException {
        Path config = Files.writeString(dir.resolve("search.yaml"),
                "random: 2\nfolds: 2\nepochs: 2\nlr: 0.01\nquiet: true\nno-report: true\n");
        Path out = dir.resolve("search");
        Cli run = Cli.run("search", "--config", config.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode record = Json.mapper().readTree(out.resolve("search.json").toFile());
        JsonNode learningRate = record.get("space").get("learningRate");
        assertTrue(learningRate == null || learningRate.isNull(), "fixed, not searched: " + record.get("space"));
        assertTrue(record.get("space").get("activations").isArray(), "the other dimensions are still searched");

        Cli both = Cli.run("search", "--config", config.toString(), "--lr-range", "1e-3,1e-1", "--out", out.toString());
        assertEquals("tanito: error: --lr fixes the value that --lr-range searches; give one of them"
                + System.lineSeparator(), both.err());
        Cli eta = Cli.run("search", "--config", config.toString(), "--eta", "2", "--out", out.toString());
        assertEquals("tanito: error: --eta applies to --halving only" + System.lineSeparator(), eta.err());
    }

    static Stream<Arguments> badFiles() throws IOException {
        Path unknown = Files.writeString(dir.resolve("unknown.yaml"), "lrr: 0.1\n");
        Path far = Files.writeString(dir.resolve("far.yaml"), "colour: blue\n");
        Path notInt = Files.writeString(dir.resolve("not-int.yaml"), "layers: [64, x]\n");
        Path negative = Files.writeString(dir.resolve("negative.json"), "{\"lr\": -0.1}");
        Path nested = Files.writeString(dir.resolve("nested.yaml"), "optimizer:\n  name: adam\n");
        Path list = Files.writeString(dir.resolve("list.yaml"), "- lr\n- seed\n");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"lr\": }");
        Path missing = dir.resolve("missing.yaml");
        return Stream.of(
                Arguments.of(unknown, 2, "tanito: unknown key 'lrr' in config file '" + unknown
                        + "'; did you mean 'lr'? (see 'tanito train --help')"),
                Arguments.of(far, 2, "tanito: unknown key 'colour' in config file '" + far + "' (see 'tanito train --help')"),
                Arguments.of(notInt, 2, "tanito: Invalid value for option '--layers' (N): 'x' is not an int, from key "
                        + "'layers' of config file '" + notInt + "' (see 'tanito train --help')"),
                Arguments.of(negative, 1, "tanito: error: learningRate must be > 0, was -0.1"),
                Arguments.of(nested, 2, "tanito: key 'optimizer' in config file '" + nested
                        + "' needs a value or a list of values, was {\"name\":\"adam\"} (see 'tanito train --help')"),
                Arguments.of(list, 2, "tanito: config file '" + list
                        + "' must be a mapping of flag names to values (see 'tanito train --help')"),
                Arguments.of(broken, 2, "tanito: config file '" + broken + "' is not valid JSON or YAML: Unexpected "
                        + "character ('}' (code 125)): expected a value (line 1) (see 'tanito train --help')"),
                Arguments.of(missing, 2, "tanito: config file '" + missing + "' does not exist (see 'tanito train --help')"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void aBadFileIsOneLineAndNoFiles(Path config, int exitCode, String message) {
        Path out = dir.resolve("bad-" + System.nanoTime());
        Cli run = Cli.run("train", "--config", config.toString(), "--quiet", "--out", out.toString());
        assertEquals(message + System.lineSeparator(), run.err());
        assertEquals(exitCode, run.exitCode());
        assertFalse(Files.exists(out), "a failed run wrote " + out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"train", "cv", "curves", "search", "spark train",
        "spark cv", "spark search"})
    void everyTrainingCommandTakesAConfigFile(String command) {
        Cli help = Cli.run(Stream.concat(Stream.of(command.split(" ")), Stream.of("--help")).toArray(String[]::new));
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("--config=FILE"), help.out());
    }

    @Test
    void theHintIsTheNearestKeyWithinTwoEdits() {
        assertEquals(1, Spelling.distance("lrr", "lr"));
        assertEquals(3, Spelling.distance("kitten", "sitting"));
        assertEquals("batch-size", Spelling.nearest("batchsize", List.of("epochs", "batch-size", "seed")));
        assertEquals(null, Spelling.nearest("colour", List.of("lr", "seed", "l2")));
    }
}
