package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command's bad input: one line and exit status 1 before anything is served. Serving is tested
 * in tanito-web (the command serves until interrupted).
 */
class WhatIfCommandTest {
    private static final String WINE = Path.of("../tanito-core/src/main/resources/tanito/data/wine.csv").toString();
    @TempDir
    static Path dir;
    private static String model;

    @BeforeAll
    static void train() {
        Cli cli = Cli.run("train", "--data", WINE, "--epochs", "2", "--quiet", "--no-report", "--out", dir.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        model = dir.resolve("model.tanito.json").toString();
    }

    @Test
    void aMissingModelIsOneLine() {
        Cli cli = Cli.run("whatif", "--model", dir.resolve("none.json").toString(), "--data", WINE);
        assertEquals(Main.BAD_INPUT, cli.exitCode());
        assertEquals("tanito: error: model file '" + dir.resolve("none.json") + "' does not exist", cli.err().strip());
    }

    @Test
    void aMissingDataFileIsOneLine() {
        Cli cli = Cli.run("whatif", "--model", model, "--data", dir.resolve("none.csv").toString());
        assertEquals(Main.BAD_INPUT, cli.exitCode());
        assertEquals("tanito: error: data file '" + dir.resolve("none.csv") + "' does not exist", cli.err().strip());
    }

    @Test
    void dataWithoutTheTargetIsOneLine() throws Exception {
        Path features = Files.writeString(dir.resolve("features.csv"), String.join("\n",
                Files.readAllLines(Path.of(WINE)).stream().limit(4).map(l -> l.substring(0, l.lastIndexOf(',')))
                        .toList()));
        Cli cli = Cli.run("whatif", "--model", model, "--data", features.toString());
        assertEquals(Main.BAD_INPUT, cli.exitCode());
        assertEquals("tanito: error: the data has no target column 'cultivar': the What-If probe compares predictions"
                + " with true values", cli.err().strip());
    }

    @Test
    void dataWithoutAFeatureNamesIt() throws Exception {
        Path noProline = Files.writeString(dir.resolve("no-proline.csv"), "alcohol,cultivar\n14.23,class_0\n");
        Cli cli = Cli.run("whatif", "--model", model, "--data", noProline.toString());
        assertEquals(Main.BAD_INPUT, cli.exitCode());
        assertTrue(cli.err().startsWith("tanito: error: ") && cli.err().contains("malic_acid")
                && cli.err().strip().lines().count() == 1, cli.err());
    }

    @Test
    void withoutFlagsItIsBadUsage() {
        Cli cli = Cli.run("whatif");
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("--model") && cli.err().contains("--data"), cli.err());
    }

    @Test
    void helpNamesTheFlags() {
        Cli cli = Cli.run("whatif", "--help");
        assertEquals(0, cli.exitCode());
        assertTrue(cli.out().contains("--port") && cli.out().contains("--host") && cli.out().contains("127.0.0.1"),
                cli.out());
    }
}
