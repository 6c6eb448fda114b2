package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tanito.io.Json;
import tanito.report.CurvesRecord;
import tanito.report.Format;
import tanito.train.CurvePoint;

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
        String html = ReportPage.read(dir, 1);
        assertEquals(List.of("training rows", "training error", "validation error", "verdict"),
                ReportPage.table(html, "points").get(0));
        assertTrue(Files.size(dir.resolve("charts/learning-curve.png")) > 5_000);
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
    void validationCurveReportGivesTheVerdictAtTheBestPointAndTanitoReportRebuildsIt(@TempDir Path dir) throws IOException {
        Cli run = Cli.run("curves", "validation", "--data", "builtin:iris", "--param", "lr", "--values", "0.001,0.1",
                "--epochs", "15", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        CurvesRecord curves = Json.mapper().readValue(dir.resolve("curves.json").toFile(), CurvesRecord.class);
        CurvePoint best = CurvePoint.best(curves.points());
        String html = ReportPage.read(dir, 1);
        assertTrue(html.contains("<b id=\"best-x\">" + Format.value(best.x()) + "</b>"), html);
        assertTrue(html.contains("<p class=\"verdict\" id=\"verdict\"><b>" + best.verdict().kind().words()
                + "</b>: training error " + Format.number(best.meanTrainingError()) + ", validation error "
                + Format.number(best.meanValidationError()) + "."), html);
        List<List<String>> table = ReportPage.table(html, "points");
        assertEquals(List.of("lr", "training rows", "training error", "validation error", "verdict"), table.get(0));
        for (int i = 0; i < 2; i++) {
            CurvePoint p = curves.points().get(i);
            assertEquals(List.of(Format.value(p.x()), String.valueOf(p.trainingRows()),
                    Format.number(p.meanTrainingError()) + " ± " + Format.number(p.stdTrainingError()),
                    Format.number(p.meanValidationError()) + " ± " + Format.number(p.stdValidationError()),
                    curves.verdicts().get(i)), table.get(i + 1));
        }
        assertEquals(1, html.split("<tr class=\"best\">", -1).length - 1, "one best row");
        assertTrue(html.contains("<tr class=\"best\"><td>" + Format.value(best.x()) + "</td>"), html);
        assertTrue(Files.readString(dir.resolve("charts/validation-curve.svg")).contains("best: lr = "));
        ReportPage.rebuildsTheSamePage(dir);
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
