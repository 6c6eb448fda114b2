package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tanito.io.Json;

/** {@code tanito train --optimizer NAME} for every optimiser, and the schedule and clipping flags. */
class OptimizerCommandTest {

    private static JsonNode train(Path dir, String... flags) throws IOException {
        String[] args = new String[flags.length + 6];
        args[0] = "train";
        args[1] = "--data";
        args[2] = "builtin:digits";
        args[3] = "--quiet";
        args[4] = "--out";
        args[5] = dir.toString();
        System.arraycopy(flags, 0, args, 6, flags.length);
        Cli run = Cli.run(args);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        return Json.mapper().readTree(dir.resolve("metrics.json").toFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sgd", "momentum", "nesterov", "adagrad", "adadelta", "rmsprop", "adam", "adamw", "nadam",
            "adamax", "lbfgs", "hamiltonian"})
    void everyOptimiserTrainsDigits(String name, @TempDir Path dir) throws IOException {
        JsonNode metrics = train(dir, "--optimizer", name, "--epochs", "10");
        double accuracy = metrics.get("metrics").get("test").get("accuracy").asDouble();
        assertTrue(accuracy >= 0.85, name + " reached only " + accuracy + " test accuracy in 10 epochs");
    }

    @Test
    void hyperParametersReachTheOptimiser(@TempDir Path dir) throws IOException {
        JsonNode optimizer = train(dir, "--optimizer", "adamw", "--lr", "0.002", "--beta1", "0.8", "--beta2", "0.99",
                "--eps", "1e-7", "--weight-decay", "0.05", "--amsgrad", "--epochs", "2").get("config").get("optimizer");
        assertEquals("adamw", optimizer.get("type").asText());
        assertEquals(0.002, optimizer.get("learningRate").asDouble());
        assertEquals(0.8, optimizer.get("beta1").asDouble());
        assertEquals(0.99, optimizer.get("beta2").asDouble());
        assertEquals(1e-7, optimizer.get("epsilon").asDouble());
        assertEquals(0.05, optimizer.get("weightDecay").asDouble());
        assertTrue(optimizer.get("amsgrad").asBoolean());
    }

    @Test
    void lbfgsTrainsFullBatchByDefault(@TempDir Path dir) throws IOException {
        JsonNode config = train(dir, "--optimizer", "lbfgs", "--history-size", "5", "--epochs", "2").get("config");
        assertEquals(1257, config.get("batchSize").asInt());
        assertEquals(5, config.get("optimizer").get("historySize").asInt());
        assertEquals("strong_wolfe", config.get("optimizer").get("lineSearch").asText());
    }

    @Test
    void schedulesAreGivenInEpochsAndStoredInSteps(@TempDir Path dir) throws IOException {
        // 1257 training rows in batches of 32: 40 steps per epoch
        JsonNode cosine = train(dir.resolve("cosine"), "--schedule", "cosine:2,0.1", "--epochs", "10").get("config");
        assertEquals("cosine", cosine.get("schedule").get("type").asText());
        assertEquals(80, cosine.get("schedule").get("warmupSteps").asLong());
        assertEquals(400, cosine.get("schedule").get("totalSteps").asLong());
        assertEquals(0.1, cosine.get("schedule").get("minimumFactor").asDouble());

        JsonNode step = train(dir.resolve("step"), "--schedule", "step:3,0.5", "--clip-norm", "1", "--epochs", "4")
                .get("config");
        assertEquals(120, step.get("schedule").get("stepSize").asLong());
        assertEquals(1.0, step.get("clipping").get("maxNorm").asDouble());

        JsonNode plateau = train(dir.resolve("plateau"), "--schedule", "plateau:2,0.5", "--epochs", "4").get("config");
        assertEquals(2, plateau.get("plateau").get("patience").asInt());
        assertEquals(0.5, plateau.get("plateau").get("factor").asDouble());
    }
}
