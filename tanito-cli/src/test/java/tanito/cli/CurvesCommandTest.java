package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tanito.io.Json;

class CurvesCommandTest {

    @Test
    void learningCurveWritesOnePointPerSize(@TempDir Path dir) throws IOException {
        Cli run = Cli.run("curves", "learning", "--data", "builtin:iris", "--sizes", "0.3,1", "--epochs", "40",
                "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("training rows          training error       validation error  verdict"), run.out());
        JsonNode curves = Json.mapper().readTree(dir.resolve("curves.json").toFile());
        assertEquals(2, curves.get("points").size());
        assertTrue(curves.get("points").get(0).get("trainingRows").asInt()
                < curves.get("points").get(1).get("trainingRows").asInt());
        assertEquals(2, curves.get("verdicts").size());
    }

    @Test
    void validationCurveVariesTheNamedHyperParameter(@TempDir Path dir) throws IOException {
        Cli run = Cli.run("curves", "validation", "--data", "builtin:iris", "--param", "units", "--values", "1,16",
                "--epochs", "40", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode points = Json.mapper().readTree(dir.resolve("curves.json").toFile()).get("points");
        assertEquals(1.0, points.get(0).get("x").asDouble());
        assertTrue(points.get(0).get("meanTrainingError").asDouble() > points.get(1).get("meanTrainingError").asDouble(),
                "one unit per layer fits the training data worse than sixteen");
    }

    @Test
    void badCurveRequestsAreOneLine(@TempDir Path dir) {
        Cli unknown = Cli.run("curves", "validation", "--param", "momentum", "--values", "0.5", "--out", dir.toString());
        assertEquals(1, unknown.exitCode());
        assertEquals("tanito: error: unknown --param 'momentum'; choose one of " + CurvesCommand.PARAMS
                + System.lineSeparator(), unknown.err());
        Cli missing = Cli.run("curves", "validation", "--out", dir.toString());
        assertEquals("tanito: error: the validation curve needs --param (" + CurvesCommand.PARAMS + ") and --values"
                + System.lineSeparator(), missing.err());
    }
}
