package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tanito.io.Json;
import tanito.report.LearningCurveChart;
import tanito.report.RunRecord;
import tanito.train.Stop;

/** The report a train run writes, and {@code tanito report DIR}, which rebuilds it from metrics.json. */
class ReportCommandTest {
    @TempDir
    Path runs;

    @Test
    void theLearningCurveMarksTheEpochEarlyStoppingRestoredWhichIsTheBestEpochOfMetricsJson() throws Exception {
        Path out = runs.resolve("wine");
        Cli run = Cli.run("train", "--data", "builtin:wine", "--epochs", "300", "--patience", "5", "--lr", "0.05",
                "--quiet", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        RunRecord record = Json.mapper().readValue(out.resolve("metrics.json").toFile(), RunRecord.class);
        assertEquals(Stop.Reason.EARLY_STOPPED, record.stop().reason(), "the run must early-stop for this test");
        assertTrue(record.bestEpoch() < record.stop().epoch());
        assertEquals(record.bestEpoch(), record.weightsEpoch());
        double marked = LearningCurveChart.markedEpoch(LearningCurveChart.chart(record.toHistory(),
                record.weightsEpoch(), record.stop().epoch()));
        assertEquals(record.bestEpoch(), marked);
        assertTrue(Files.size(out.resolve("charts/learning-curves.svg")) > 10_000);
        assertTrue(Files.size(out.resolve("charts/confusion-matrix.png")) > 5_000);
    }

    @Test
    void reportRebuildsTheSamePageFromMetricsJsonAndStaysUnderTwoMegabytes() throws Exception {
        Path out = runs.resolve("circle");
        assertEquals(0, Cli.run("train", "--data", "synthetic:circle?rows=400&noise=0.1", "--epochs", "40",
                "--quiet", "--out", out.toString()).exitCode());
        ReportPage.read(out, 3);
        ReportPage.rebuildsTheSamePage(out);
        for (String chart : new String[] {"learning-curves", "confusion-matrix", "decision-boundary"}) {
            assertTrue(Files.size(out.resolve("charts/" + chart + ".png")) > 5_000, chart);
        }
    }

    @Test
    void aDirectoryWithoutARunsFileIsNamedInOneLine() {
        Cli run = Cli.run("report", runs.toString());
        assertEquals(1, run.exitCode());
        assertEquals("tanito: error: no metrics.json, cv.json, curves.json or search.json in " + runs
                + "; give the --out directory of a train, cv, curves or search run" + System.lineSeparator(), run.err());
        assertFalse(Files.exists(runs.resolve("report.html")));
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsOneLine() throws Exception {
        Files.writeString(runs.resolve("curves.json"), "{\"curve\": \"learning\", \"points\": []}");
        Cli run = Cli.run("report", runs.toString());
        assertEquals(1, run.exitCode());
        String err = run.err();
        assertTrue(err.startsWith("tanito: error: " + runs.resolve("curves.json") + " is not tanito curves' curves.json: "), err);
        assertTrue(err.contains("a curve has at least one point, was []"), err);
        assertEquals(1, err.lines().count(), err);
        assertFalse(Files.exists(runs.resolve("report.html")));
    }
}
