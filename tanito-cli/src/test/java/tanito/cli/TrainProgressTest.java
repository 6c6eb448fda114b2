package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tanito.io.Json;

/** What {@code tanito train} prints while it trains: plain epoch lines off a terminal, a redrawn bar on one. */
class TrainProgressTest {
    /** {@link tanito.report.Format#number(double)}: four decimals, or scientific for extreme values. */
    private static final String NUMBER = "(?:-?\\d+\\.\\d{4}|-?\\d\\.\\d{3}e[-+]\\d{2,3})";
    private static final Pattern EPOCH_LINE = Pattern.compile("epoch +(\\d+)/(\\d+)  loss " + NUMBER
            + "  accuracy " + NUMBER + "  val_loss " + NUMBER + "  val_accuracy " + NUMBER
            + "  best (\\d+)  patience (\\d+)/(\\d+)");

    @Test
    void offATerminalEachEpochIsOnePlainLineInOrder(@TempDir Path dir) {
        Cli run = Cli.run("train", "--data", "builtin:iris", "--epochs", "5", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<Matcher> epochs = epochLines(run.out());
        assertEquals(5, epochs.size(), run.out());
        for (int i = 0; i < epochs.size(); i++) {
            assertEquals(i + 1, Integer.parseInt(epochs.get(i).group(1)), run.out());
            assertEquals("5", epochs.get(i).group(2));
        }
        for (char c : run.out().toCharArray()) {
            assertTrue(c >= 0x20 || c == '\n', "control character " + (int) c + " in the output:\n" + run.out());
        }
    }

    @Test
    void theBestEpochAndPatienceShownAreTheOnesEarlyStoppingUsed(@TempDir Path dir) throws IOException {
        Cli run = Cli.run("train", "--data", "builtin:iris", "--epochs", "200", "--patience", "2", "--lr", "0.05",
                "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode metrics = Json.mapper().readTree(dir.resolve("metrics.json").toFile());
        assertEquals("EARLY_STOPPED", metrics.get("stop").get("reason").asText(), run.out());

        List<Matcher> epochs = epochLines(run.out());
        assertEquals(metrics.get("history").size(), epochs.size(), run.out());
        Matcher last = epochs.get(epochs.size() - 1);
        assertEquals(metrics.get("bestEpoch").asInt(), Integer.parseInt(last.group(3)), run.out());
        assertEquals("0/2", last.group(4) + "/" + last.group(5), "no patience left when it stopped");
        for (Matcher epoch : epochs) {
            int sinceBest = Integer.parseInt(epoch.group(1)) - Integer.parseInt(epoch.group(3));
            assertEquals(2 - sinceBest, Integer.parseInt(epoch.group(4)), epoch.group());
        }
    }

    @Test
    void quietPrintsNoProgress(@TempDir Path dir) {
        Cli run = Cli.run("train", "--data", "builtin:iris", "--epochs", "3", "--quiet", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(), epochLines(run.out()));
        assertTrue(!run.out().contains("epoch 1/3"), run.out());
    }

    /**
     * The real command on a pseudo-terminal, which util-linux's {@code script} gives it: the bar must
     * redraw in place. The pty turns each '\n' into "\r\n", so a redraw is a '\r' before the bar's text.
     */
    @Test
    void onAPseudoTerminalTheBarRedrawsInPlace(@TempDir Path dir) throws IOException, InterruptedException {
        Path script = Path.of("/usr/bin/script");
        if (!Files.isExecutable(script)) {
            fail("this test needs util-linux's script(1) at /usr/bin/script to give the command a pseudo-terminal"
                    + " (Debian: apt-get install bsdutils)");
        }
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-cp", classPath, Main.class.getName(), "train", "--data", "builtin:iris",
                "--epochs", "3", "--out", dir.resolve("run").toString());
        ProcessBuilder builder = new ProcessBuilder(script.toString(), "-q", "-e", "-c", shell(command), "/dev/null")
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("typescript").toFile());
        builder.environment().put("TERM", "xterm");
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("tanito train on a pseudo-terminal did not finish in 120 s");
        }
        String out = Files.readString(dir.resolve("typescript"), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), out);
        // iris: 105 training rows in batches of 32 make 4 batches per epoch
        for (int epoch = 1; epoch <= 3; epoch++) {
            assertTrue(out.contains("\repoch " + epoch + "/3 "), "no redraw of the bar of epoch " + epoch + ":\n" + out);
            assertTrue(out.contains("\nepoch " + epoch + "/3  loss "), "no line for epoch " + epoch + ":\n" + out);
        }
        assertTrue(out.contains("] 4/4 "), "the bar counts batches:\n" + out);
    }

    private static List<Matcher> epochLines(String out) {
        List<Matcher> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("epoch ")) {
                Matcher m = EPOCH_LINE.matcher(line);
                assertTrue(m.matches(), "not an epoch line: '" + line + "'");
                lines.add(m);
            }
        }
        return lines;
    }

    /** The words quoted for {@code sh -c}. */
    private static String shell(List<String> words) {
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            line.append(line.length() == 0 ? "" : " ").append('\'').append(word.replace("'", "'\\''")).append('\'');
        }
        return line.toString();
    }
}
