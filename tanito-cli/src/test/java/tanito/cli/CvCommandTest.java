package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tanito.io.Json;
import tanito.report.CvRecord;
import tanito.report.Format;
import tanito.train.CrossValidationResult;

class CvCommandTest {

    @Test
    void crossValidatesIrisAndWritesEveryFold(@TempDir Path dir) throws IOException {
        Cli run = Cli.run("cv", "--data", "builtin:iris", "--folds", "5", "--repeats", "2", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("5-fold cross-validation, stratified, repeated 2 times"), run.out());
        assertTrue(run.out().contains("repeat 2 fold 5/5: 120 train, 30 test rows; best epoch "), run.out());
        assertTrue(run.out().matches("(?s).*accuracy 0\\.\\d{4} ± 0\\.\\d{4}, loss \\d\\.\\d{4} ± \\d\\.\\d{4} "
                + "\\(mean ± std over 10 folds\\).*"), run.out());
        JsonNode cv = Json.mapper().readTree(dir.resolve("cv.json").toFile());
        assertEquals(10, cv.get("perFold").size());
        double sum = 0;
        for (JsonNode fold : cv.get("perFold")) {
            assertEquals(30, fold.get("testRows").asInt());
            sum += fold.get("accuracy").asDouble();
        }
        assertEquals(sum / 10, cv.get("meanMetric").asDouble(), 1e-12);
        assertTrue(cv.get("meanMetric").asDouble() >= 0.9, "iris accuracy " + cv.get("meanMetric"));
    }

    @Test
    void reportShowsEveryFoldAndTheMeanAndTanitoReportRebuildsIt(@TempDir Path dir) throws IOException {
        Cli run = Cli.run("cv", "--data", "builtin:iris", "--folds", "3", "--epochs", "15", "--quiet",
                "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        CvRecord cv = Json.mapper().readValue(dir.resolve("cv.json").toFile(), CvRecord.class);
        String html = ReportPage.read(dir, 1);
        assertTrue(html.contains("<b id=\"mean-metric\">" + Format.number(cv.meanMetric()) + " ± "
                + Format.number(cv.stdMetric()) + "</b>"), html);
        List<List<String>> table = ReportPage.table(html, "per-fold");
        assertEquals(List.of("repeat", "fold", "training rows", "test rows", "best epoch", "training loss",
                "training accuracy", "test loss", "test accuracy"), table.get(0));
        assertEquals(1 + 3 + 1, table.size(), "the header, a row per fold, the mean");
        for (int i = 0; i < 3; i++) {
            Map<String, Object> fold = cv.perFold().get(i);
            assertEquals(List.of("1", String.valueOf(i + 1), "100", "50", String.valueOf(fold.get("bestEpoch")),
                    Format.number((Double) fold.get("train_loss")), Format.number((Double) fold.get("train_accuracy")),
                    Format.number((Double) fold.get("loss")), Format.number((Double) fold.get("accuracy"))),
                    table.get(i + 1));
        }
        double[] trainingLosses = cv.perFold().stream().mapToDouble(fold -> (Double) fold.get("train_loss")).toArray();
        double[] trainingAccuracies = cv.perFold().stream().mapToDouble(fold -> (Double) fold.get("train_accuracy"))
                .toArray();
        assertEquals(List.of("mean ± std", "", "", "", "",
                Format.number(CrossValidationResult.mean(trainingLosses)) + " ± "
                        + Format.number(CrossValidationResult.std(trainingLosses)),
                Format.number(CrossValidationResult.mean(trainingAccuracies)) + " ± "
                        + Format.number(CrossValidationResult.std(trainingAccuracies)),
                Format.number(cv.meanLoss()) + " ± " + Format.number(cv.stdLoss()),
                Format.number(cv.meanMetric()) + " ± " + Format.number(cv.stdMetric())), table.get(4));
        assertTrue(Files.size(dir.resolve("charts/folds.png")) > 5_000);
        String svg = Files.readString(dir.resolve("charts/folds.svg"));
        assertTrue(svg.contains("Training and test accuracy per fold") && svg.contains("training accuracy"), svg);
        ReportPage.rebuildsTheSamePage(dir);
    }

    @Test
    void moreFoldsThanRowsOfAClassIsOneClearLine(@TempDir Path dir) {
        Cli run = Cli.run("cv", "--data", "builtin:iris", "--folds", "60", "--out", dir.resolve("out").toString());
        assertEquals(1, run.exitCode());
        assertEquals("tanito: error: 60 stratified folds need at least 60 rows of every class; class 'setosa' has 50"
                + System.lineSeparator(), run.err());
        assertTrue(!Files.exists(dir.resolve("out")));
    }

    @Test
    void missingValuesAreRejectedOrImputedOnRequest(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("a,b,label\n");
        for (int i = 0; i < 60; i++) {
            csv.append(i % 7 == 3 ? "" : String.valueOf(i % 10)).append(',').append(i % 3).append(',')
                    .append(i % 2 == 0 ? "even" : "odd").append('\n');
        }
        Path file = Files.writeString(dir.resolve("gaps.csv"), csv);
        Cli rejected = Cli.run("train", "--data", file.toString(), "--quiet", "--out", dir.resolve("r").toString());
        assertEquals(1, rejected.exitCode());
        assertEquals("tanito: error: " + file + " line 5, column 'a': missing value (empty field)" + System.lineSeparator(),
                rejected.err());
        Cli imputed = Cli.run("train", "--data", file.toString(), "--impute", "median", "--epochs", "3", "--quiet",
                "--out", dir.resolve("i").toString());
        assertEquals(0, imputed.exitCode(), imputed.err());
        JsonNode model = Json.mapper().readTree(dir.resolve("i/model.tanito.json").toFile());
        assertEquals("median", model.get("preprocessing").get("imputer").get("type").asText());
    }

    @Test
    void regressionTargetsCanBeScaledAndPredictionsComeBackInTheirUnits(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("a,y\n");
        for (int i = 0; i < 200; i++) {
            double a = i / 20.0;
            csv.append(a).append(',').append(1000 + 300 * a).append('\n');
        }
        Path file = Files.writeString(dir.resolve("line.csv"), csv);
        Cli run = Cli.run("train", "--data", file.toString(), "--layers", "8", "--scale-target", "standard",
                "--optimizer", "lbfgs", "--epochs", "20", "--quiet", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode metrics = Json.mapper().readTree(dir.resolve("metrics.json").toFile());
        double rmse = metrics.get("metrics").get("test").get("rmse").asDouble();
        assertTrue(rmse < 20, "the line's targets span 1000..4000; test rmse " + rmse);
        assertTrue(metrics.get("metrics").get("test").get("mse").asDouble() < 1e-3, "mse in scaled units");
    }

    @Test
    void noReportWritesTheJsonAndNoPage(@TempDir Path dir) {
        Cli run = Cli.run("cv", "--data", "builtin:iris", "--folds", "3", "--epochs", "3", "--no-report", "--out",
                dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(dir.resolve("cv.json")));
        assertFalse(Files.exists(dir.resolve("report.html")));
        assertFalse(Files.exists(dir.resolve("charts")));
        assertTrue(run.out().endsWith("wrote " + dir.resolve("cv.json") + System.lineSeparator()), run.out());
    }
}
