package tanito.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tanito.data.FoldSpec;
import tanito.nn.NetworkSpec;
import tanito.train.Candidate;
import tanito.train.CandidateScore;
import tanito.train.SearchDomain;
import tanito.train.SearchResult;
import tanito.train.SearchSpace;
import tanito.train.SuccessiveHalving;
import tanito.train.TrainerConfig;

/**
 * What {@code tanito search} prints (the candidates best first, as a table) and writes to
 * {@code search.json}. Candidates are numbered from 1 in the order they were drawn or enumerated.
 */
final class SearchReport {
    private final PrintWriter out;
    private final boolean quiet;

    SearchReport(PrintWriter out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    /** A ranked candidate in {@code search.json}. */
    record Row(int rank, int candidate, Candidate values, double meanMetric, double stdMetric, double meanLoss,
               double stdLoss, int epochs, List<Double> foldMetrics) {}

    /** One round of successive halving; {@code kept} are the candidates that went on (after the last: the winner). */
    record Round(int round, int epochs, int candidates, long epochsTrained, List<Integer> kept, List<Row> ranked) {}

    /** The rounds, the epochs they trained, and the most a full search with the largest budget could train. */
    record Halving(int minEpochs, int maxEpochs, int eta, List<Round> rounds, long epochsTrained,
                   long fullSearchEpochBudget) {}

    /** All of {@code search.json}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Summary(String tanitoVersion, String data, int rows, String search, int candidates, Long sampleSeed,
                   FoldSpec folds, double validationFraction, SearchSpace space, NetworkSpec baseNetwork,
                   TrainerConfig baseConfig, String metric, boolean higherIsBetter, List<Row> ranked,
                   long epochsTrained, Halving halving, double seconds) {}

    static List<Row> rows(SearchResult result) {
        return result.ranked().stream().map(s -> new Row(s.rank(), s.index() + 1, s.candidate(), s.meanMetric(),
                s.stdMetric(), s.meanLoss(), s.stdLoss(), s.epochs(), s.foldMetrics())).toList();
    }

    /** Prints every round's table (only the last when quiet) and returns the rounds for the file. */
    Halving rounds(SuccessiveHalving.Result result, long fullSearchEpochBudget) {
        List<Round> rounds = new ArrayList<>();
        for (SuccessiveHalving.Round round : result.rounds()) {
            List<Integer> kept = round.kept().stream().map(i -> i + 1).toList();
            boolean last = rounds.size() == result.rounds().size() - 1;
            if (!quiet || last) {
                out.printf(Locale.ROOT, "round %d: %d candidates, %d epochs each; %s %s%n", round.round() + 1,
                        round.result().ranked().size(), round.epochs(), last ? "the winner is" : "kept",
                        kept.stream().map(k -> "#" + k).collect(Collectors.joining(" ")));
                table(round.result());
            }
            rounds.add(new Round(round.round() + 1, round.epochs(), round.result().ranked().size(),
                    round.result().totalEpochs(), kept, rows(round.result())));
        }
        SuccessiveHalving schedule = result.schedule();
        out.printf(Locale.ROOT, "successive halving trained %d epochs in %d rounds (summed over candidates and folds); "
                        + "the full search would train up to %d%n", result.totalEpochs(), rounds.size(),
                fullSearchEpochBudget);
        return new Halving(schedule.minEpochs(), schedule.maxEpochs(), schedule.eta(), rounds, result.totalEpochs(),
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

    /** For example "layers 32 | 64,32; lr log-uniform [1.0E-4, 0.1]". */
    static String describe(SearchSpace space) {
        List<String> parts = new ArrayList<>();
        if (space.layers() != null) {
            parts.add("layers " + space.layers().stream().map(l -> l.stream().map(String::valueOf)
                    .collect(Collectors.joining(","))).collect(Collectors.joining(" | ")));
        }
        add(parts, "activation", space.activations());
        add(parts, "optimizer", space.optimizers());
        add(parts, "lr", space.learningRate());
        add(parts, "batch", space.batchSizes());
        add(parts, "l1", space.l1());
        add(parts, "l2", space.l2());
        add(parts, "dropout", space.dropout());
        return parts.isEmpty() ? "nothing searched (the base configuration alone)" : String.join("; ", parts);
    }

    private static void add(List<String> parts, String name, Object values) {
        if (values instanceof List<?> list) {
            parts.add(name + " " + list.stream().map(String::valueOf).collect(Collectors.joining(" | ")));
        } else if (values instanceof SearchDomain.Choices choices) {
            parts.add(name + " " + choices.values().stream().map(String::valueOf).collect(Collectors.joining(" | ")));
        } else if (values != null) {
            parts.add(name + " " + values);
        }
    }
}
