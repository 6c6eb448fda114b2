package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tanito.data.IdxFiles;
import tanito.io.Json;
import tanito.linalg.MatMul;
import tanito.linalg.Parallel;
import tanito.linalg.Rng;

/**
 * {@code tanito bench} on a small Fashion-MNIST look-alike (IDX files of 28 x 28 images): the JSON
 * object ../shared/bench/compare.sh reads, the lines it prints without --json, and the one-line error
 * without the data.
 */
class BenchCommandTest {
    @TempDir
    static Path data;

    @BeforeAll
    static void writeIdxFiles() throws IOException {
        Rng rng = Rng.seeded(1);
        write(data.resolve("train-images-idx3-ubyte"), 48, 0, rng);
        write(data.resolve("train-labels-idx1-ubyte"), 48, 10, rng);
        write(data.resolve("t10k-images-idx3-ubyte"), 20, 0, rng);
        write(data.resolve("t10k-labels-idx1-ubyte"), 20, 10, rng);
    }

    @Test
    void jsonIsOneObjectWithTheContractsKeys() throws IOException {
        Cli run = Cli.run("bench", "--data", data.toString(), "--epochs", "3", "--batch-size", "8", "--json");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), run.out());
        JsonNode report = Json.mapper().readTree(lines.get(0));
        assertEquals(List.of("samples_per_s", "test_acc", "batch", "threads", "backend", "epochs", "jit_ms",
                "seed_policy"), names(report));
        assertEquals(3, report.get("samples_per_s").size());
        report.get("samples_per_s").forEach(rate -> assertTrue(rate.asDouble() > 0, rate.toString()));
        double accuracy = report.get("test_acc").asDouble();
        assertTrue(accuracy >= 0 && accuracy <= 1, "test accuracy " + accuracy);
        assertEquals(Math.round(accuracy * 20), accuracy * 20, 1e-9, "a whole number of the 20 test images");
        assertEquals(8, report.get("batch").asInt());
        assertEquals(Parallel.threads(), report.get("threads").asInt());
        assertEquals(MatMul.backend().description(), report.get("backend").asText());
        assertEquals(3, report.get("epochs").asInt());
        assertEquals(3, report.get("jit_ms").size());
        report.get("jit_ms").forEach(ms -> assertTrue(ms.isIntegralNumber() && ms.asLong() >= 0, ms.toString()));
        assertEquals("pytorch", report.get("seed_policy").asText());
    }

    /** By default the bench draws its seed as the PyTorch anchor does; Tanito's own streams start elsewhere. */
    @Test
    void theSeedIsDrawnAsPyTorchDrawsItUnlessAskedOtherwise() {
        String byDefault = firstEpochLoss();
        assertEquals(byDefault, firstEpochLoss("--seed-policy", "pytorch"));
        assertNotEquals(byDefault, firstEpochLoss("--seed-policy", "tanito"));
    }

    private static String firstEpochLoss(String... flags) {
        List<String> args = new ArrayList<>(List.of("bench", "--data", data.toString(), "--epochs", "1", "--batch-size", "8"));
        args.addAll(List.of(flags));
        Cli run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        String line = run.out().lines().findFirst().orElseThrow();
        return line.substring(line.indexOf("loss "), line.indexOf(", accuracy"));
    }

    @Test
    void withoutJsonItPrintsEachEpochAndTheTestAccuracy() {
        Cli run = Cli.run("bench", "--data", data.toString(), "--epochs", "2", "--batch-size", "16");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        for (int epoch = 1; epoch <= 2; epoch++) {
            String line = lines.get(epoch - 1);
            assertTrue(line.matches("epoch " + epoch + ": \\d+ samples/s, loss \\d+\\.\\d{4}, accuracy \\d\\.\\d{4}, "
                    + "JIT compiling \\d+ ms"), line);
        }
        assertTrue(lines.get(2).startsWith("test accuracy "), lines.get(2));
        assertTrue(lines.get(2).endsWith("after 2 epochs; batch 16; " + Parallel.threads() + " threads; "
                + MatMul.backend().description()), lines.get(2));
    }

    @Test
    void withoutTheDataItSaysInOneLineHowToGetThem() {
        Path missing = data.resolve("nowhere");
        Cli run = Cli.run("bench", "--data", missing.toString());
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertEquals("tanito: error: no train-images-idx3-ubyte or train-images-idx3-ubyte.gz in " + missing
                + "; for Fashion-MNIST, 'apt-get install dataset-fashion-mnist' puts them in "
                + "/usr/share/datasets/fashion-mnist", run.err().strip());
    }

    /** An IDX file of {@code count} random 28 x 28 images, or with {@code classes} > 0 of labels below it. */
    private static void write(Path file, int count, int classes, Rng rng) throws IOException {
        byte[] values = new byte[classes > 0 ? count : count * 784];
        for (int i = 0; i < values.length; i++) {
            values[i] = (byte) rng.nextInt(classes > 0 ? classes : 256);
        }
        IdxFiles.write(file, classes > 0 ? IdxFiles.idx(values, count) : IdxFiles.idx(values, count, 28, 28), false);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
