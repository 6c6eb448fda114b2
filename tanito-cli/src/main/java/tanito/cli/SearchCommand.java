package tanito.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tanito.Version;
import tanito.data.Dataset;
import tanito.data.FoldSpec;
import tanito.data.Preprocessing;
import tanito.io.AtomicFiles;
import tanito.io.Json;
import tanito.linalg.Rng;
import tanito.nn.NetworkSpec;
import tanito.report.Describe;
import tanito.report.SearchRecord;
import tanito.report.SearchReport;
import tanito.train.Candidate;
import tanito.train.CandidateBuilder;
import tanito.train.HyperparameterSearch;
import tanito.train.SearchResult;
import tanito.train.SearchSpace;
import tanito.train.SuccessiveHalving;
import tanito.train.TrainerConfig;

/**
 * {@code tanito search}: a random search or a grid over the hyper-parameters, every candidate scored
 * by K-fold cross-validation on the same folds (those of {@code tanito cv} with the same seed), with
 * successive halving on request; prints the candidates best first and writes {@code search.json} and
 * its report.
 */
@Command(name = "search", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Search the hyper-parameters: N random candidates (--random N) or every combination of the "
                + "lists (--grid), each scored by K-fold cross-validation on the same folds, best first.",
                "Each hyper-parameter below is searched over its default values unless you give your own "
                        + "(--lr-range, --lr-list, ...) or fix it with the train flag (--lr 0.01). Defaults: "
                        + "layers 32;64,32;128,64, activations tanh,relu, optimizers adam,momentum, "
                        + "lr log-uniform 1e-4..1e-1, batch sizes 16,32,64, l2 log-uniform 1e-6..1e-2 or 0 for "
                        + "a quarter of the candidates, dropout uniform 0..0.5, no l1. A grid needs lists, so it "
                        + "leaves the default ranges out.",
                "Rates and penalties are drawn log-uniformly, dropout uniformly, list items with equal chances."})
class SearchCommand implements Callable<Integer> {
    /** The key of the random stream the candidates are drawn from; training uses other streams. */
    private static final long SAMPLE_STREAM = 21;

    @Spec
    CommandSpec command;
    @Mixin
    ConfigFlags configFlags;
    @Option(names = "--random", paramLabel = "N", description = "random search: N candidates (Bergstra & Bengio 2012)")
    Integer random;
    @Option(names = "--grid", description = "grid search: every combination of the lists")
    boolean grid;
    @Option(names = "--halving", description = "successive halving: all candidates with --min-epochs, the best 1/eta "
            + "go on with eta times the epochs, until one is left or --epochs is reached (Hyperband's rule)")
    boolean halving;
    @Option(names = "--eta", defaultValue = "3", description = "halving factor (default: ${DEFAULT-VALUE})")
    int eta;
    @Option(names = "--min-epochs", paramLabel = "R", description = "halving's first budget (default: the smallest "
            + "for which the last round trains with --epochs)")
    Integer minEpochs;
    @Option(names = "--folds", defaultValue = "3", description = "number of folds K (default: ${DEFAULT-VALUE})")
    int folds;
    @Mixin
    FoldRunFlags runFlags;
    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: runs/search-DATE-TIME)")
    Path outputDirectory;
    @Option(names = {"-q", "--quiet"}, description = "print only the final table")
    boolean quiet;
    @Mixin
    SearchSpaceFlags spaceFlags;
    @Mixin
    DataFlags dataFlags;
    @Mixin
    ModelFlags modelFlags;

    @Override
    public Integer call() throws IOException {
        checkModeFlags();
        PrintWriter out = command.commandLine().getOut();
        Dataset dataset = dataFlags.load();
        SearchSpace space = spaceFlags.space(ConfigDefaults.given(command), grid);
        long sampleSeed = Rng.seeded(modelFlags.seed).split(SAMPLE_STREAM).nextLong();
        List<Candidate> candidates = grid ? space.grid() : space.sample(random, sampleSeed);
        FoldSpec foldSpec = dataset.isClassification() ? FoldSpec.stratified(folds) : FoldSpec.kFold(folds);
        int trainingRows = runFlags.trainingRows(dataset.rows(), folds);
        Preprocessing preprocessing = dataFlags.preprocessing();
        NetworkSpec baseNetwork = modelFlags.network(dataset);
        TrainerConfig baseConfig = modelFlags.config(dataset, preprocessing, trainingRows, true);
        int workers = runFlags.workers();
        SuccessiveHalving schedule = !halving ? null : minEpochs == null
                ? SuccessiveHalving.forCandidates(candidates.size(), modelFlags.epochs, eta)
                : new SuccessiveHalving(minEpochs, modelFlags.epochs, eta);
        if (!quiet) {
            out.println(dataFlags.describe(dataset));
            out.printf(Locale.ROOT, "%s: %d candidates, each by %d-fold cross-validation%s on the same folds, %d at a "
                            + "time%s%n", grid ? "grid search" : "random search", candidates.size(), folds,
                    dataset.isClassification() ? " (stratified)" : "", workers, schedule == null ? ""
                            : String.format(Locale.ROOT, "; successive halving from %d to %d epochs, eta %d",
                            schedule.minEpochs(), schedule.maxEpochs(), schedule.eta()));
            out.printf(Locale.ROOT, "base: network %s; %s%n", Describe.network(baseNetwork), Describe.training(baseConfig));
            out.println("space: " + Describe.space(space));
            out.flush();
        }
        HyperparameterSearch search = search(builder(preprocessing, trainingRows), foldSpec, workers);
        long start = System.nanoTime();
        SearchTable report = new SearchTable(out, quiet);
        SearchResult result;
        SearchRecord.Halving rounds = null;
        if (schedule == null) {
            result = search.run(dataset, candidates);
            report.table(result);
        } else {
            SuccessiveHalving.Result halved = search.halving(dataset, candidates, schedule);
            rounds = report.rounds(halved, (long) candidates.size() * foldSpec.folds() * modelFlags.epochs);
            result = halved.rounds().get(halved.rounds().size() - 1).result();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long totalEpochs = rounds == null ? result.totalEpochs() : rounds.epochsTrained();
        report.summary(result, totalEpochs, seconds);

        Path directory = outputDirectory == null ? Runs.defaultDirectory("search") : outputDirectory;
        SearchRecord record = new SearchRecord(Version.TANITO, dataFlags.data, dataset.rows(),
                grid ? "grid" : "random", candidates.size(), grid ? null : sampleSeed, foldSpec, runFlags.validationFraction,
                space, baseNetwork, baseConfig, result.metric(), result.higherIsBetter(), SearchRecord.Row.of(result),
                totalEpochs, rounds, seconds);
        AtomicFiles.write(directory.resolve("search.json"), Json.mapper().writeValueAsBytes(record));
        runFlags.report(out, directory.resolve("search.json"), () -> SearchReport.write(record, directory));
        return 0;
    }

    /** One of --random and --grid; the halving flags only with --halving. */
    private void checkModeFlags() {
        if ((random == null) == !grid) {
            throw new IllegalArgumentException("choose one of --random N and --grid");
        }
        if (random != null && random < 1) {
            throw new IllegalArgumentException("--random needs at least 1 candidate, was " + random);
        }
        for (String flag : List.of("--eta", "--min-epochs")) {
            if (!halving && ConfigDefaults.given(command).test(flag)) {
                throw new IllegalArgumentException(flag + " applies to --halving only");
            }
        }
        if (minEpochs != null && minEpochs > modelFlags.epochs) {
            throw new IllegalArgumentException("--min-epochs " + minEpochs + " is more than --epochs " + modelFlags.epochs);
        }
    }

    /**
     * Builds a candidate as {@code tanito train} builds the same flags: the candidate's values are set
     * on this command's own flags, which {@link ModelFlags} then reads. The search calls it on one
     * thread, one candidate at a time, and every candidate sets the same flags, so none leaks into the next.
     */
    /** The search on this machine, {@code workers} candidates at a time; {@code tanito spark search} spreads it over a cluster. */
    HyperparameterSearch search(CandidateBuilder builder, FoldSpec foldSpec, int workers) {
        return new HyperparameterSearch(builder, foldSpec, runFlags.validationFraction, workers);
    }

    private CandidateBuilder builder(Preprocessing preprocessing, int trainingRows) {
        return (candidate, data) -> {
            if (candidate.layers() != null) {
                modelFlags.layers = candidate.layers();
            }
            if (candidate.activation() != null) {
                modelFlags.activation = candidate.activation();
            }
            if (candidate.optimizer() != null) {
                modelFlags.optimizerFlags.name = candidate.optimizer();
            }
            if (candidate.learningRate() != null) {
                modelFlags.optimizerFlags.learningRate = candidate.learningRate();
            }
            if (candidate.batchSize() != null) {
                modelFlags.batchSize = candidate.batchSize();
            }
            modelFlags.l1 = candidate.l1() != null ? candidate.l1() : modelFlags.l1;
            modelFlags.l2 = candidate.l2() != null ? candidate.l2() : modelFlags.l2;
            modelFlags.dropout = candidate.dropout() != null ? candidate.dropout() : modelFlags.dropout;
            return new CandidateBuilder.Trial(modelFlags.network(data),
                    modelFlags.config(data, preprocessing, trainingRows, true));
        };
    }
}
