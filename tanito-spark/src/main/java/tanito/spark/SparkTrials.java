package tanito.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import tanito.data.Dataset;
import tanito.data.FoldSpec;
import tanito.train.CandidateBuilder.Trial;
import tanito.train.CrossValidation;
import tanito.train.FoldScore;
import tanito.train.TrialRunner;

/**
 * Cross-validation of trials on a cluster, one model per task: the data set is broadcast once and
 * every (trial, fold) pair is a task ({@link FoldTask}); the scores come back in trial and fold order.
 * A {@link TrialRunner} for {@link tanito.train.HyperparameterSearch}, and the engine of
 * {@link SparkCrossValidation}.
 */
public final class SparkTrials implements TrialRunner {
    private final JavaSparkContext spark;

    public SparkTrials(JavaSparkContext spark) {
        this.spark = spark;
    }

    @Override
    public List<List<FoldScore>> run(List<Trial> trials, FoldSpec folds, double validationFraction, Dataset data) {
        Trial first = trials.get(0);
        int foldCount = new CrossValidation(first.network(), first.config(), folds, validationFraction, 1)
                .folds(data).size();
        List<Recipe> recipes = trials.stream().map(t -> new Recipe(t.network(), t.config())).toList();
        List<Integer> tasks = new ArrayList<>();
        for (int t = 0; t < trials.size() * foldCount; t++) {
            tasks.add(t);
        }
        Broadcast<Table> table = spark.broadcast(Table.of(data));
        try {
            List<FoldScore> scores = spark.parallelize(tasks, tasks.size())
                    .map(new FoldTask(table, recipes, folds, validationFraction, foldCount)).collect();
            List<List<FoldScore>> byTrial = new ArrayList<>();
            for (int t = 0; t < trials.size(); t++) {
                byTrial.add(scores.subList(t * foldCount, (t + 1) * foldCount));
            }
            return byTrial;
        } finally {
            table.destroy();
        }
    }
}
