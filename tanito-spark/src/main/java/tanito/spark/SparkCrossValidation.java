package tanito.spark;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import tanito.data.Dataset;
import tanito.data.FoldSpec;
import tanito.nn.NetworkSpec;
import tanito.train.CandidateBuilder.Trial;
import tanito.train.CrossValidation;
import tanito.train.FoldScore;
import tanito.train.TrainerConfig;

/**
 * K-fold cross-validation with one fold per Spark task ({@link SparkTrials} with one trial): the data
 * set is broadcast once, each task fits the whole pipeline (scaler and network) on its fold's training
 * rows and scores the held-out rows, exactly as {@link CrossValidation} does on one machine with the
 * same seed, so the per-fold scores are the same.
 */
public final class SparkCrossValidation {
    private final JavaSparkContext spark;
    private final NetworkSpec spec;
    private final TrainerConfig config;
    private final FoldSpec folds;
    private final double validationFraction;

    /** @param validationFraction as {@link CrossValidation}'s: held out of each fold for early stopping */
    public SparkCrossValidation(JavaSparkContext spark, NetworkSpec spec, TrainerConfig config, FoldSpec folds,
                                double validationFraction) {
        new CrossValidation(spec, config, folds, validationFraction, 1); // checks the arguments as one machine does
        this.spark = spark;
        this.spec = spec;
        this.config = config;
        this.folds = folds;
        this.validationFraction = validationFraction;
    }

    /** The score of every fold of every repeat, in fold order. */
    public List<FoldScore> run(Dataset data) {
        return new SparkTrials(spark).run(List.of(new Trial(spec, config)), folds, validationFraction, data).get(0);
    }
}
