package tanito.report;

import com.samskivert.mustache.Template;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tanito.nn.NetworkSpec;
import tanito.train.SearchSpace;
import tanito.train.TrainerConfig;

/**
 * The report of {@code tanito search}: the candidates best first with their cross-validated scores
 * (mean ± std) and hyper-parameters, the winner highlighted, a chart of the scores by rank, the rounds
 * of successive halving when there were any, and the base configuration and space searched.
 */
public final class SearchReport {
    private static final Template TEMPLATE = Page.template("search");

    private SearchReport() {}

    /** Writes {@code report.html} and {@code charts/} under {@code directory}. */
    public static void write(SearchRecord record, Path directory) throws IOException {
        SearchRecord.Row best = record.ranked().get(0);
        List<Figure> figures = List.of(new Figure("Candidates by rank",
                "Each candidate's " + record.metric() + " over the folds, mean with a bar of ± one standard "
                        + "deviation, best first; overlapping bars are candidates the folds cannot tell apart.",
                RenderedChart.of("candidates", ScoreChart.chart("Candidates by rank", "rank", record.metric(),
                        Map.of(record.metric(), record.ranked().stream().map(row ->
                                new ScoreChart.Score(row.rank(), row.meanMetric(), row.stdMetric())).toList()),
                        best.meanMetric(), "best: #" + best.candidate()))));
        Page.write(directory, figures, html(record, figures));
    }

    static String html(SearchRecord record, List<Figure> figures) {
        SearchRecord.Row best = record.ranked().get(0);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", "Tanito " + record.search() + " search on " + record.data());
        page.put("search", String.format(Locale.ROOT, "%d candidates, each scored by %d-fold cross-validation%s on "
                        + "the same folds; %d epochs trained in %.1f s", record.candidates(), record.folds().folds(),
                record.folds().stratified() ? " (stratified)" : "", record.epochsTrained(), record.seconds()));
        page.put("network", Describe.network(record.baseNetwork()));
        page.put("training", Describe.training(record.baseConfig()));
        page.put("space", Describe.space(record.space()));
        page.put("winner", "#" + best.candidate());
        page.put("winnerScore", record.metric() + " " + Page.meanStd(best.meanMetric(), best.stdMetric()));
        page.put("winnerValues", best.values().values().isEmpty() ? "the base configuration" : best.values().toString());
        page.put("ranked", table("ranked", record.metric(), record.ranked()));
        page.put("rounds", record.halving() == null ? null : rounds(record.halving()));
        page.put("charts", Page.charts(figures));
        page.put("data", record.data());
        page.put("rows", record.rows());
        page.put("validationFraction", record.validationFraction());
        page.put("sampleSeed", record.sampleSeed());
        record Configuration(SearchSpace space, NetworkSpec baseNetwork, TrainerConfig baseConfig) {}
        Page.configuration(page, "search.json", new Configuration(record.space(), record.baseNetwork(),
                record.baseConfig()), record.tanitoVersion());
        return TEMPLATE.execute(page);
    }

    /** Rank, number, both scores, epochs trained, then each searched hyper-parameter; the first row is the winner. */
    private static Table table(String id, String metric, List<SearchRecord.Row> ranked) {
        List<String> keys = List.copyOf(ranked.get(0).values().values().keySet());
        List<String> header = new ArrayList<>(List.of("rank", "#", metric + " (mean ± std)", "loss (mean ± std)", "epochs"));
        header.addAll(keys);
        List<Table.Row> rows = new ArrayList<>();
        for (SearchRecord.Row row : ranked) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(row.rank()), "#" + row.candidate(),
                    Page.meanStd(row.meanMetric(), row.stdMetric()), Page.meanStd(row.meanLoss(), row.stdLoss()),
                    String.valueOf(row.epochs())));
            Map<String, String> values = row.values().values();
            keys.forEach(key -> cells.add(values.getOrDefault(key, "")));
            rows.add(Table.Row.best(cells, row.rank() == 1));
        }
        return new Table(id, header, rows);
    }

    /** A row per round of successive halving: its budget, its candidates and the ones it kept. */
    private static Map<String, Object> rounds(SearchRecord.Halving halving) {
        List<Table.Row> rows = halving.rounds().stream().map(round -> Table.Row.plain(List.of(
                String.valueOf(round.round()), String.valueOf(round.epochs()), String.valueOf(round.candidates()),
                String.valueOf(round.epochsTrained()),
                round.kept().stream().map(k -> "#" + k).collect(Collectors.joining(" "))))).toList();
        return Map.of("eta", halving.eta(), "epochsTrained", halving.epochsTrained(),
                "fullSearchEpochBudget", halving.fullSearchEpochBudget(), "table", new Table("rounds",
                        List.of("round", "epochs each", "candidates", "epochs trained", "kept"), rows));
    }
}
