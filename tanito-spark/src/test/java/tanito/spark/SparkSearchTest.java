package tanito.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.data.Dataset;
import tanito.data.Datasets;
import tanito.data.FoldSpec;
import tanito.loss.Loss;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.optim.Adam;
import tanito.train.Candidate;
import tanito.train.CandidateBuilder;
import tanito.train.HyperparameterSearch;
import tanito.train.SearchResult;
import tanito.train.TrainerConfig;

/**
 * A hyper-parameter search with one (candidate, fold) model per Spark task ranks the candidates with
 * the same scores as the search on one machine: 3 candidates x 3 folds of iris, 9 tasks.
 */
class SparkSearchTest {
    private static final Dataset IRIS = Datasets.builtin("iris");
    private static final TrainerConfig BASE = TrainerConfig.of(Loss.softmaxCrossEntropy(), Adam.withLearningRate(0.01))
            .withEpochs(10).withSeed(4);
    private static final CandidateBuilder BUILDER = (candidate, data) -> new CandidateBuilder.Trial(
            NetworkSpec.input(4).dense(candidate.layers().get(0), Activation.tanh()).output(3),
            BASE.withOptimizer(Adam.withLearningRate(candidate.learningRate())));

    @Test
    void rankingAndEveryScoreMatchOneMachine() {
        List<Candidate> candidates = List.of(candidate(4, 0.003), candidate(16, 0.03), candidate(8, 0.01));
        HyperparameterSearch search = new HyperparameterSearch(BUILDER, FoldSpec.stratified(3), 0.1, 2);
        SearchResult local = search.run(IRIS, candidates);
        SearchResult spark = search.withRunner(new SparkTrials(LocalSpark.context())).run(IRIS, candidates);
        assertEquals(local, spark);
        System.out.printf("search on Spark, 9 tasks: best %s, accuracy %.4f%n", spark.ranked().get(0).candidate(),
                spark.ranked().get(0).meanMetric());
    }

    private static Candidate candidate(int width, double learningRate) {
        return new Candidate(List.of(width), null, null, learningRate, null, null, null, null);
    }
}
