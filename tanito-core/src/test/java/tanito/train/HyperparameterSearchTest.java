package tanito.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.data.Dataset;
import tanito.data.Datasets;
import tanito.data.FoldSpec;
import tanito.loss.Loss;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.optim.Adam;
import tanito.optim.OptimizerSpec;
import tanito.optim.Sgd;
import tanito.regularize.Penalty;
import tanito.train.CandidateBuilder.Trial;
import tanito.train.SearchDomain.Choices;
import tanito.train.SearchDomain.LogUniform;

class HyperparameterSearchTest {
    static final Dataset IRIS = Datasets.builtin("iris");
    static final FoldSpec FOLDS = FoldSpec.stratified(3);
    static final TrainerConfig BASE = TrainerConfig.of(Loss.softmaxCrossEntropy(), Adam.defaults()).withEpochs(8);

    /** A small builder: one hidden layer of 8 tanh units unless the candidate says otherwise; adam, momentum or sgd. */
    static CandidateBuilder builder(TrainerConfig base) {
        return (candidate, data) -> {
            NetworkSpec.Builder net = NetworkSpec.input(data.features().cols());
            Activation activation = Activation.parse(candidate.activation() == null ? "tanh" : candidate.activation());
            for (int width : candidate.layers() == null ? List.of(8) : candidate.layers()) {
                net.dense(width, activation);
                if (candidate.dropout() != null && candidate.dropout() > 0) {
                    net.dropout(candidate.dropout());
                }
            }
            double rate = candidate.learningRate() == null ? 0.01 : candidate.learningRate();
            String name = candidate.optimizer() == null ? "adam" : candidate.optimizer();
            OptimizerSpec optimizer = switch (name) {
                case "adam" -> Adam.withLearningRate(rate);
                case "momentum" -> Sgd.momentum(rate, 0.9);
                case "sgd" -> Sgd.plain(rate);
                default -> throw new IllegalArgumentException("unknown optimizer " + name);
            };
            TrainerConfig config = base.withOptimizer(optimizer);
            config = candidate.batchSize() == null ? config : config.withBatchSize(candidate.batchSize());
            List<Penalty> penalties = new ArrayList<>();
            if (candidate.l2() != null && candidate.l2() > 0) {
                penalties.add(Penalty.l2(candidate.l2()));
            }
            return new Trial(net.output(data.classNames().size()), config.withPenalties(penalties.toArray(Penalty[]::new)));
        };
    }

    static final SearchSpace SPACE = new SearchSpace(List.of(List.of(4), List.of(16)), List.of("tanh", "relu"),
            List.of("adam", "momentum"), LogUniform.of(1e-3, 1e-1), List.of(16, 32), null, null, null);

    @Test
    void randomSearchRanksByMeanHeldOutAccuracyOnTheSameFoldsForEveryCandidate() {
        List<Candidate> candidates = SPACE.sample(5, 42);
        SearchResult result = new HyperparameterSearch(builder(BASE), FOLDS, 0.1, 2).run(IRIS, candidates);
        assertEquals("accuracy", result.metric());
        assertTrue(result.higherIsBetter());
        assertEquals(5, result.ranked().size());
        for (int i = 0; i < 5; i++) {
            CandidateScore score = result.ranked().get(i);
            assertEquals(i + 1, score.rank());
            if (i > 0) {
                assertTrue(score.meanMetric() <= result.ranked().get(i - 1).meanMetric(), "best first");
            }
            assertEquals(candidates.get(score.index()), score.candidate());
            assertEquals(3 * 8, score.epochs(), "three folds of eight epochs, no early stopping");
            Trial trial = builder(BASE).build(score.candidate(), IRIS);
            CrossValidationResult direct = new CrossValidation(trial.network(), trial.config(), FOLDS, 0.1, 1)
                    .run(IRIS, fold -> { });
            assertEquals(direct.meanMetric(), score.meanMetric(), "the candidate's own cross-validation");
            assertEquals(direct.stdMetric(), score.stdMetric());
            assertEquals(direct.meanLoss(), score.meanLoss());
        }
        assertEquals(5 * 3 * 8, result.totalEpochs());
        assertTrue(result.best().meanMetric() > result.ranked().get(4).meanMetric(), "the candidates differ: "
                + result.ranked().stream().map(CandidateScore::meanMetric).toList());
    }

    @Test
    void theResultDoesNotDependOnTheThreadCount() {
        List<Candidate> candidates = SPACE.sample(4, 9);
        SearchResult one = new HyperparameterSearch(builder(BASE), FOLDS, 0.1, 1).run(IRIS, candidates);
        SearchResult three = new HyperparameterSearch(builder(BASE), FOLDS, 0.1, 3).run(IRIS, candidates);
        assertEquals(one, three);
    }

    @Test
    void earlyStoppingCountsTheEpochsActuallyTrained() {
        TrainerConfig stopping = BASE.withEpochs(60).withEarlyStopping(EarlyStopping.patience(2));
        List<Candidate> candidates = List.of(new Candidate(null, null, "adam", 0.1, null, null, null, null));
        CandidateScore score = new HyperparameterSearch(builder(stopping), FOLDS, 0.2, 1).run(IRIS, candidates).best();
        assertTrue(score.epochs() >= 3 * 3 && score.epochs() < 3 * 60, "epochs " + score.epochs());
    }

    @Test
    void aGridSearchScoresEveryCombination() {
        SearchSpace grid = new SearchSpace(null, null, List.of("adam", "sgd"), Choices.of(1e-3, 0.05), null, null,
                null, null);
        SearchResult result = new HyperparameterSearch(builder(BASE), FOLDS, 0.1, 2).run(IRIS, grid.grid());
        assertEquals(4, result.ranked().size());
        assertEquals(List.of(0, 1, 2, 3), result.ranked().stream().map(CandidateScore::index).sorted().toList());
        // eight epochs of plain SGD at 1e-3 barely move the weights; Adam at 0.05 fits iris
        assertEquals(new Candidate(null, null, "adam", 0.05, null, null, null, null), result.best().candidate());
        assertEquals(new Candidate(null, null, "sgd", 1e-3, null, null, null, null),
                result.ranked().get(3).candidate());
    }

    @Test
    void candidatesWithDifferentSeedsWouldSeeDifferentFoldsAndAreRejected() {
        CandidateBuilder seeded = (candidate, data) -> {
            Trial trial = builder(BASE).build(candidate, data);
            return new Trial(trial.network(), trial.config().withSeed(candidate.batchSize()));
        };
        List<Candidate> candidates = List.of(new Candidate(null, null, null, null, 16, null, null, null),
                new Candidate(null, null, null, null, 32, null, null, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HyperparameterSearch(seeded, FOLDS, 0.1, 1).run(IRIS, candidates));
        assertEquals("every candidate must have the same seed so that all see the same folds; found 16 and 32",
                e.getMessage());
    }

    @Test
    void rankingPutsTheLowestErrorFirstForRegressionBreaksTiesByLossAndPutsNotANumberLast() {
        List<CandidateScore> scores = List.of(score(0, 0.5, 1.0), score(1, Double.NaN, 0.1), score(2, 0.2, 0.7),
                score(3, 0.5, 0.9), score(4, 0.2, 0.7));
        assertEquals(List.of(2, 4, 3, 0, 1), SearchResult.rank("mse", false, scores).ranked().stream()
                .map(CandidateScore::index).toList());
        assertEquals(List.of(3, 0, 2, 4, 1), SearchResult.rank("accuracy", true, scores).ranked().stream()
                .map(CandidateScore::index).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), SearchResult.rank("mse", false, scores).ranked().stream()
                .map(CandidateScore::rank).toList());
    }

    private static CandidateScore score(int index, double metric, double loss) {
        return new CandidateScore(0, index, SearchSpace.empty().grid().get(0), metric, 0, loss, 0, 1, List.of(metric));
    }
}
