package tanito.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tanito.report.SearchRecord;
import tanito.train.CandidateScore;
import tanito.train.SearchResult;
import tanito.train.SuccessiveHalving;

/**
 * What {@code tanito search} prints: the candidates best first, as a table, and the rounds of
 * successive halving (returned in the form {@code search.json} holds them). Candidates are numbered
 * from 1 in the order they were drawn or enumerated.
 */
final class SearchTable {
    private final PrintWriter out;
    private final boolean quiet;

    SearchTable(PrintWriter out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    /** Prints every round's table (only the last when quiet) and returns the rounds for the file. */
    SearchRecord.Halving rounds(SuccessiveHalving.Result result, long fullSearchEpochBudget) {
        List<SearchRecord.Round> rounds = new ArrayList<>();
        for (SuccessiveHalving.Round round : result.rounds()) {
            List<Integer> kept = round.kept().stream().map(i -> i + 1).toList();
            boolean last = rounds.size() == result.rounds().size() - 1;
            if (!quiet || last) {
                out.printf(Locale.ROOT, "round %d: %d candidates, %d epochs each; %s %s%n", round.round() + 1,
                        round.result().ranked().size(), round.epochs(), last ? "the winner is" : "kept",
                        kept.stream().map(k -> "#" + k).collect(Collectors.joining(" ")));
                table(round.result());
            }
            rounds.add(new SearchRecord.Round(round.round() + 1, round.epochs(), round.result().ranked().size(),
                    round.result().totalEpochs(), kept, SearchRecord.Row.of(round.result())));
        }
        SuccessiveHalving schedule = result.schedule();
        out.printf(Locale.ROOT, "successive halving trained %d epochs in %d rounds (summed over candidates and folds); "
                        + "the full search would train up to %d%n", result.totalEpochs(), rounds.size(),
                fullSearchEpochBudget);
        return new SearchRecord.Halving(schedule.minEpochs(), schedule.maxEpochs(), schedule.eta(), rounds, result.totalEpochs(),
                fullSearchEpochBudget);
    }

    /** The candidates best first: rank, number, metric mean ± std, loss, epochs trained, the candidate's values. */
    void table(SearchResult result) {
        List<String> keys = new ArrayList<>(result.ranked().get(0).candidate().values().keySet());
        List<List<String>> cells = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("rank", "#", result.metric() + " (mean ± std)", "loss", "epochs"));
        header.addAll(keys);
        cells.add(header);
        for (CandidateScore s : result.ranked()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(s.rank()), "#" + (s.index() + 1),
                    String.format(Locale.ROOT, "%.4f ± %.4f", s.meanMetric(), s.stdMetric()),
                    String.format(Locale.ROOT, "%.4f", s.meanLoss()), String.valueOf(s.epochs())));
            keys.forEach(key -> row.add(s.candidate().values().get(key)));
            cells.add(row);
        }
        int[] widths = new int[header.size()];
        cells.forEach(row -> {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        });
        for (List<String> row : cells) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                line.append(c < 2 ? " ".repeat(widths[c] - cell.length()) + cell : cell + " ".repeat(widths[c] - cell.length()))
                        .append("  ");
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    void summary(SearchResult result, long epochsTrained, double seconds) {
        CandidateScore best = result.best();
        out.printf(Locale.ROOT, "best: #%d, %s %.4f ± %.4f%s%n", best.index() + 1, result.metric(), best.meanMetric(),
                best.stdMetric(), best.candidate().values().isEmpty() ? " (the base configuration)"
                        : " with " + best.candidate());
        out.printf(Locale.ROOT, "%d epochs trained in %.1f s%n", epochsTrained, seconds);
    }
}
