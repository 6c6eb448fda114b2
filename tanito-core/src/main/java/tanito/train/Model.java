package tanito.train;

import static tanito.Require.require;

import java.util.ArrayList;
import java.util.List;
import tanito.data.Dataset;
import tanito.data.FittedPreprocessing;
import tanito.data.Schema;
import tanito.linalg.Matrix;
import tanito.linalg.Rows;
import tanito.loss.Loss;
import tanito.loss.SigmoidBinaryCrossEntropy;
import tanito.loss.SoftmaxCrossEntropy;
import tanito.loss.WeightedLoss;
import tanito.metrics.Evaluation;
import tanito.metrics.Metric;
import tanito.nn.Mode;
import tanito.nn.Network;
import tanito.nn.NetworkSpec;

/**
 * A trained model: the fitted preprocessing plus the network, with the names of its columns and
 * classes, the configuration that trained it and its provenance. It predicts on raw rows (in the
 * units of the data file): the saved preprocessing (imputer, scaler) is applied first, then the
 * network, then each head's output link (softmax or sigmoid probabilities, or values), and regression
 * values are scaled back to the targets' units when targets were scaled. {@link #evaluate} reports the
 * loss and metric in the units the network was trained in, as the training history does.
 *
 * <p>Predictions are computed one call at a time (the methods are synchronized).
 */
public final class Model {
    private final NetworkSpec spec;
    private final Network network;
    private final FittedPreprocessing preprocessing;
    private final TrainerConfig config;
    private final List<String> featureNames;
    private final List<String> targetNames;
    private final List<String> classNames;
    private final Provenance provenance;

    /** A model from its parts; {@code parameters} is copied. */
    public Model(NetworkSpec spec, float[] parameters, FittedPreprocessing preprocessing, TrainerConfig config,
                 List<String> featureNames,
                 List<String> targetNames, List<String> classNames, Provenance provenance) {
        require(featureNames.size() == spec.inputs(),
                "%d feature names for a network of %d inputs", featureNames.size(), spec.inputs());
        this.spec = spec;
        this.network = spec.build(parameters.clone());
        this.preprocessing = preprocessing;
        this.config = config;
        this.featureNames = List.copyOf(featureNames);
        this.targetNames = List.copyOf(targetNames);
        this.classNames = List.copyOf(classNames);
        this.provenance = provenance;
    }

    /** Each head's predictions for raw feature rows: probabilities for classification heads, else values. */
    public synchronized List<Matrix> predictHeads(Matrix rawFeatures) {
        requireFeatureColumns(rawFeatures);
        List<Matrix> outputs = network.forward(preprocessing.features(rawFeatures), Mode.EVAL, null);
        List<Matrix> predictions = new ArrayList<>();
        for (int h = 0; h < outputs.size(); h++) {
            Matrix p = Matrix.zeros(outputs.get(h).rows(), outputs.get(h).cols());
            config.loss().terms().get(h).loss().predict(outputs.get(h), p);
            predictions.add(config.preprocessing().scalesTargets() ? preprocessing.predictions(p) : p);
        }
        return predictions;
    }

    /** Every trunk layer's output for raw feature rows, after the saved preprocessing ({@link Network#trunkOutputs}). */
    public synchronized List<Matrix> trunkOutputs(Matrix rawFeatures) {
        requireFeatureColumns(rawFeatures);
        return network.trunkOutputs(preprocessing.features(rawFeatures));
    }

    private void requireFeatureColumns(Matrix rawFeatures) {
        require(rawFeatures.cols() == featureNames.size(),
                "the model takes %d features %s but got rows of shape %s",
                featureNames.size(), featureNames, rawFeatures.shape());
    }

    /** The first head's predictions for raw feature rows. */
    public Matrix predict(Matrix rawFeatures) {
        return predictHeads(rawFeatures).get(0);
    }

    /** The first head's prediction for one raw row. */
    public float[] predict(float... rawRow) {
        return predict(Matrix.wrap(rawRow.clone(), 1, rawRow.length)).toArray()[0];
    }

    /** The predicted class index of each raw row: the most probable class (or probability &ge; 0.5 for one sigmoid output). */
    public int[] predictClasses(Matrix rawFeatures) {
        Loss loss = config.loss().primary();
        Matrix p = predict(rawFeatures);
        boolean binary = loss instanceof SigmoidBinaryCrossEntropy && p.cols() == 1;
        require(loss instanceof SoftmaxCrossEntropy || binary,
                "class predictions need a softmax head or one sigmoid output, this model's loss is %s",
                loss.getClass().getSimpleName());
        int[] classes = new int[p.rows()];
        for (int r = 0; r < p.rows(); r++) {
            classes[r] = binary ? (p.get(r, 0) >= 0.5f ? 1 : 0) : Rows.argmax(p, r);
        }
        return classes;
    }

    /**
     * Each raw row's probability of every class, one column per class in {@link #classNames} order: the
     * softmax outputs, or {@code 1 - p} and {@code p} for one sigmoid output.
     */
    public Matrix predictProbabilities(Matrix rawFeatures) {
        require(!classNames.isEmpty(), "this model predicts values, not classes");
        Matrix p = predict(rawFeatures);
        if (p.cols() > 1) {
            return p;
        }
        Matrix both = Matrix.zeros(p.rows(), 2);
        for (int r = 0; r < p.rows(); r++) {
            both.set(r, 0, 1 - p.get(r, 0));
            both.set(r, 1, p.get(r, 0));
        }
        return both;
    }

    /** The predicted class name of one raw row. */
    public String predictClassName(float... rawRow) {
        require(!classNames.isEmpty(), "this model predicts values, not classes");
        return classNames.get(predictClasses(Matrix.wrap(rawRow.clone(), 1, rawRow.length))[0]);
    }

    /** Loss (with penalties, as in training) and metric on a raw data set. */
    public synchronized Evaluation evaluate(Dataset data) {
        require(data.features().cols() == featureNames.size(),
                "the model takes %d features but the data has %d", featureNames.size(), data.features().cols());
        require(data.rows() > 0, "cannot evaluate on an empty data set");
        WeightedLoss loss = config.loss();
        Examples examples = Examples.of(data, preprocessing, loss, spec);
        return Scorer.score(network, loss, config.penalties(), Metric.forLoss(loss.primary()), examples);
    }

    /** A copy of the flat parameter vector. */
    public float[] parameters() {
        return network.params().snapshot();
    }

    public NetworkSpec networkSpec() {
        return spec;
    }

    /** The imputer and scalers learnt from the training set. */
    public FittedPreprocessing preprocessing() {
        return preprocessing;
    }

    public TrainerConfig config() {
        return config;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    public List<String> targetNames() {
        return targetNames;
    }

    /** Class names in index order; empty for regression. */
    public List<String> classNames() {
        return classNames;
    }

    /** The columns this model reads and predicts, for reading new rows by name ({@link Schema#read}). */
    public Schema schema() {
        return new Schema(featureNames, targetNames, classNames);
    }

    public Provenance provenance() {
        return provenance;
    }
}
