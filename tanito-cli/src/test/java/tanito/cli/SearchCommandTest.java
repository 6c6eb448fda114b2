package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tanito.io.Json;
import tanito.report.Format;
import tanito.report.SearchRecord;
import tanito.train.SearchSpace;

class SearchCommandTest {
    private static final Pattern ROW = Pattern.compile("(?m)^\\s+(\\d+)\\s+#(\\d+)\\s+(\\d\\.\\d{4}) ± (\\d\\.\\d{4})\\s+"
            + "\\S+\\s+(\\d+)\\s+(\\S+)\\s+(tanh|relu)\\s+(adam|momentum)\\s");

    @Test
    void randomSearchPrintsTheCandidatesBestFirstAndWritesThemToSearchJson(@TempDir Path dir) throws IOException {
        Cli run = Cli.run("search", "--random", "4", "--folds", "3", "--data", "builtin:iris", "--epochs", "10",
                "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("random search: 4 candidates, each by 3-fold cross-validation (stratified)"),
                run.out());
        assertTrue(run.out().contains("rank   #  accuracy (mean ± std)  loss    epochs  layers  activation  optimizer"),
                run.out());
        JsonNode json = Json.mapper().readTree(dir.resolve("search.json").toFile());
        assertEquals("random", json.get("search").asText());
        assertEquals("accuracy", json.get("metric").asText());
        JsonNode ranked = json.get("ranked");
        assertEquals(4, ranked.size());

        Matcher rows = ROW.matcher(run.out());
        List<Integer> numbers = new ArrayList<>();
        long epochs = 0;
        for (int i = 0; i < 4; i++) {
            assertTrue(rows.find(), "row " + (i + 1) + " of\n" + run.out());
            JsonNode row = ranked.get(i);
            assertEquals(i + 1, Integer.parseInt(rows.group(1)));
            assertEquals(i + 1, row.get("rank").asInt());
            assertEquals(row.get("candidate").asInt(), Integer.parseInt(rows.group(2)));
            assertEquals(String.format(Locale.ROOT, "%.4f", row.get("meanMetric").asDouble()), rows.group(3));
            assertEquals(String.format(Locale.ROOT, "%.4f", row.get("stdMetric").asDouble()), rows.group(4));
            assertEquals(row.get("epochs").asInt(), Integer.parseInt(rows.group(5)));
            assertTrue(row.get("epochs").asInt() <= 3 * 10, "at most 3 folds of 10 epochs");
            assertEquals(row.get("values").get("activation").asText(), rows.group(7));
            double mean = 0;
            for (JsonNode fold : row.get("foldMetrics")) {
                mean += fold.asDouble() / 3;
            }
            assertEquals(mean, row.get("meanMetric").asDouble(), 1e-12);
            if (i > 0) {
                assertTrue(row.get("meanMetric").asDouble() <= ranked.get(i - 1).get("meanMetric").asDouble(), "best first");
            }
            numbers.add(row.get("candidate").asInt());
            epochs += row.get("epochs").asLong();
        }
        assertEquals(List.of(1, 2, 3, 4), numbers.stream().sorted().toList());
        assertEquals(epochs, json.get("epochsTrained").asLong());
        assertTrue(run.out().contains(String.format(Locale.ROOT, "best: #%d, accuracy %.4f", numbers.get(0),
                ranked.get(0).get("meanMetric").asDouble())), run.out());
        assertEquals(SearchSpace.defaults(), Json.mapper().treeToValue(json.get("space"), SearchSpace.class));
    }

    @Test
    void reportRanksTheCandidatesBestFirstWithTheWinnerHighlightedAndTanitoReportRebuildsIt(@TempDir Path dir)
            throws IOException {
        Cli run = Cli.run("search", "--random", "3", "--folds", "3", "--data", "builtin:iris", "--epochs", "6",
                "--quiet", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        SearchRecord search = Json.mapper().readValue(dir.resolve("search.json").toFile(), SearchRecord.class);
        String html = ReportPage.read(dir, 1);
        List<List<String>> table = ReportPage.table(html, "ranked");
        List<String> keys = List.copyOf(search.ranked().get(0).values().values().keySet());
        assertEquals(List.of("rank", "#", "accuracy (mean ± std)", "loss (mean ± std)", "epochs"), table.get(0).subList(0, 5));
        assertEquals(keys, table.get(0).subList(5, table.get(0).size()));
        assertEquals(1 + 3, table.size());
        for (int i = 0; i < 3; i++) {
            SearchRecord.Row row = search.ranked().get(i);
            List<String> expected = new ArrayList<>(List.of(String.valueOf(i + 1), "#" + row.candidate(),
                    Format.number(row.meanMetric()) + " ± " + Format.number(row.stdMetric()),
                    Format.number(row.meanLoss()) + " ± " + Format.number(row.stdLoss()), String.valueOf(row.epochs())));
            keys.forEach(key -> expected.add(row.values().values().get(key)));
            assertEquals(expected, table.get(i + 1));
        }
        SearchRecord.Row winner = search.ranked().get(0);
        assertTrue(html.contains("<b id=\"winner\">#" + winner.candidate() + "</b>, accuracy "
                + Format.number(winner.meanMetric()) + " ± " + Format.number(winner.stdMetric())), html);
        assertEquals(1, html.split("<tr class=\"best\">", -1).length - 1, "one winner");
        assertTrue(html.contains("<tr class=\"best\"><td>1</td><td>#" + winner.candidate() + "</td>"), html);
        assertTrue(Files.readString(dir.resolve("charts/candidates.svg")).contains("best: #" + winner.candidate()));
        ReportPage.rebuildsTheSamePage(dir);
    }

    @Test
    void aGridCandidateScoresExactlyAsTanitoCvDoesWithTheSameFlags(@TempDir Path dir) throws IOException {
        Cli search = Cli.run("search", "--grid", "--data", "builtin:iris", "--layers", "8", "--optimizer", "adam",
                "--batch-size", "32", "--activations", "tanh,relu", "--lr-list", "0.01,0.1", "--epochs", "12",
                "--quiet", "--out", dir.resolve("search").toString());
        assertEquals(0, search.exitCode(), search.err());
        JsonNode ranked = Json.mapper().readTree(dir.resolve("search/search.json").toFile()).get("ranked");
        assertEquals(4, ranked.size(), "2 activations x 2 rates");
        JsonNode reluFast = null;
        for (JsonNode row : ranked) {
            if (row.get("values").get("activation").asText().equals("relu")
                    && row.get("values").get("learningRate").asDouble() == 0.1) {
                reluFast = row;
            }
        }
        assertEquals(4, reluFast.get("candidate").asInt(), "the grid's last combination");
        Cli cv = Cli.run("cv", "--data", "builtin:iris", "--folds", "3", "--layers", "8", "--optimizer", "adam",
                "--batch-size", "32", "--activation", "relu", "--lr", "0.1", "--epochs", "12", "--quiet",
                "--out", dir.resolve("cv").toString());
        assertEquals(0, cv.exitCode(), cv.err());
        JsonNode cvJson = Json.mapper().readTree(dir.resolve("cv/cv.json").toFile());
        assertEquals(cvJson.get("meanMetric").asDouble(), reluFast.get("meanMetric").asDouble(), "same folds, same seeds");
        assertEquals(cvJson.get("meanLoss").asDouble(), reluFast.get("meanLoss").asDouble());
    }

    @Test
    void halvingWritesItsRoundsAndTrainsFewerEpochsThanTheFullSearch(@TempDir Path dir) throws IOException {
        Cli run = Cli.run("search", "--random", "9", "--halving", "--data", "builtin:iris", "--epochs", "18",
                "--patience", "100", "--quiet", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode halving = Json.mapper().readTree(dir.resolve("search.json").toFile()).get("halving");
        assertEquals(6, halving.get("minEpochs").asInt(), "9 -> 3 -> 1: the second round trains with 18");
        JsonNode rounds = halving.get("rounds");
        assertEquals(2, rounds.size());
        assertEquals(9, rounds.get(0).get("candidates").asInt());
        assertEquals(3, rounds.get(1).get("candidates").asInt());
        assertEquals(3 * 9 * 6, rounds.get(0).get("epochsTrained").asInt());
        assertEquals(3 * 3 * 18, rounds.get(1).get("epochsTrained").asInt());
        List<Integer> kept = new ArrayList<>();
        rounds.get(0).get("kept").forEach(k -> kept.add(k.asInt()));
        List<Integer> secondRound = new ArrayList<>();
        rounds.get(1).get("ranked").forEach(r -> secondRound.add(r.get("candidate").asInt()));
        assertEquals(kept.stream().sorted().toList(), secondRound.stream().sorted().toList(), "the kept go on");
        assertEquals(3 * 9 * 18, halving.get("fullSearchEpochBudget").asInt());
        assertEquals(3 * 9 * 6 + 3 * 3 * 18, halving.get("epochsTrained").asInt());
        List<List<String>> roundsTable = ReportPage.table(ReportPage.read(dir, 1), "rounds");
        assertEquals(List.of("1", "6", "9", "162", kept.stream().map(k -> "#" + k).collect(Collectors.joining(" "))),
                roundsTable.get(1));
        assertEquals(3, roundsTable.size(), "the header and two rounds");
        assertTrue(run.out().contains("successive halving trained 324 epochs in 2 rounds (summed over candidates and "
                + "folds); the full search would train up to 486"), run.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "--random 4 --lr-range 0.1,1e-4 | --lr-range: range low must be <= high, was [0.1, 1.0E-4]",
        "--grid --lr-range 1e-4,1e-1 | --grid needs lists: give --lr-list instead of --lr-range",
        "--random 0 | --random needs at least 1 candidate, was 0",
        "--folds 3 | choose one of --random N and --grid",
        "--random 2 --grid | choose one of --random N and --grid",
        "--random 4 --lr 0.01 --lr-range 1e-4,1e-1 | --lr fixes the value that --lr-range searches; give one of them",
        "--random 4 --lr-range 1e-3 | --lr-range takes LOW,HIGH, was '1e-3'",
        "--random 4 --dropout-range 0,1.5 | dropout must be in [0, 1), was uniform [0.0, 1.5]",
        "--random 4 --optimizers adam,sgdd | unknown optimizer 'sgdd' in --optimizers; choose from " + OptimizerFlags.NAMES,
        "--random 4 --batch-sizes 16,x | --batch-sizes: 'x' is not a whole number",
        "--random 4 --l2-list 0,1e-3 --l2-zero-share 0.5 | --l2-zero-share needs a log-uniform --l2-range (random search)",
        "--random 3 --halving --min-epochs 50 | --min-epochs 50 is more than --epochs 3",
        "--random 3 --min-epochs 2 | --min-epochs applies to --halving only",
        "--random 3 --eta 2 | --eta applies to --halving only",
        "--random 3 --halving --eta 1 | eta must be >= 2, was 1",
    })
    void badInputIsOneLineAndExitStatusOne(String arguments, String message, @TempDir Path dir) {
        List<String> args = new ArrayList<>(List.of("search", "--data", "builtin:iris", "--epochs", "3"));
        args.addAll(List.of(arguments.split(" ")));
        args.addAll(List.of("--out", dir.resolve("out").toString()));
        Cli run = Cli.run(args.toArray(String[]::new));
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals("tanito: error: " + message + System.lineSeparator(), run.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void twoSearchesWithTheSameSeedAndTwoModelsAtOnceRankTheSameScoresToTheLastBit(@TempDir Path dir) throws IOException {
        List<JsonNode> rankings = new ArrayList<>();
        for (String run : new String[] {"a", "b"}) {
            Cli search = Cli.run("search", "--random", "6", "--halving", "--data", "builtin:iris", "--epochs", "6",
                    "--folds", "3", "--threads", "2", "--out", dir.resolve(run).toString());
            assertEquals(0, search.exitCode(), search.err());
            rankings.add(Json.mapper().readTree(dir.resolve(run).resolve("search.json").toFile()).get("ranked"));
        }
        assertEquals(rankings.get(0), rankings.get(1));
    }
}
