package tanito.web.playground;

import static tanito.Require.require;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import tanito.io.Json;
import tanito.optim.OptimizerNames;

/**
 * The Playground's whole state, as TensorFlow Playground keeps it in its URL: data set, noise,
 * train:test ratio, batch size, input features, hidden layer widths, activation, learning rate,
 * regularisation and its rate, problem type, and the seed that fixes data and initial weights.
 * Round-trips through a URL query string ({@link #toQuery}, {@link #fromQuery}) and JSON.
 *
 * @param noise the playground's noise slider, 0 to 50 (percent)
 * @param trainPercent the percentage of the points used for training, 1 to 99; the rest are test points
 * @param hiddenLayers the width of each hidden layer, first to last; empty for none
 * @param regularizationRate the penalty's strength; ignored (and must be 0) without regularisation
 * @param optimizer one of {@link #OPTIMIZERS}, at {@code learningRate}
 * @param momentum the momentum of momentum, nesterov, sgd and rmsprop; null for the optimiser's default
 * @param beta1 the first-moment decay of the Adam family; null for the default
 * @param beta2 the second-moment decay of the Adam family; null for the default
 * @param dropout the rate of the inverted dropout after each hidden layer; 0 for none
 * @param patience early stopping's patience in epochs, 0 for none; with early stopping a fifth of the
 *     training points is held out as a validation set, whose loss early stopping watches (the test points
 *     stay unseen)
 * @param restoreBest whether early stopping ends with the weights of the epoch of the lowest validation loss
 * @param order the order in which each epoch visits the training points, one of {@link #ORDERS}
 * @param upload the uploaded CSV to train on instead of the data set (whose features and noise it then
 *     ignores), or null for the data set
 */
public record PlaygroundSpec(DataSet dataset, int noise, int trainPercent, int batchSize, List<Feature> features,
                             List<Integer> hiddenLayers, Activation activation, double learningRate,
                             Regularization regularization, double regularizationRate, Problem problem, long seed,
                             String optimizer, Double momentum, Double beta1, Double beta2, double dropout,
                             int patience, boolean restoreBest, String order,
                             UploadChoice upload) {
    public static final int MAX_LAYERS = 8;
    public static final int MAX_WIDTH = 64;
    /** The optimisers that train batch by batch at the page's learning rate: all of {@link OptimizerNames} but L-BFGS. */
    public static final List<String> OPTIMIZERS = OptimizerNames.NAMES.stream().filter(name -> !name.equals("lbfgs")).toList();
    /** The epoch orderings of {@link tanito.data.EpochOrder}. */
    public static final List<String> ORDERS = List.of("random", "sequential", "interleaved", "hard-first");

    public PlaygroundSpec {
        require(dataset != null, "dataset must be one of %s, was null", DataSet.ids());
        require(noise >= 0 && noise <= 50, "noise must be in [0, 50], was %d", noise);
        require(trainPercent >= 1 && trainPercent <= 99, "trainPercent must be in [1, 99], was %d", trainPercent);
        require(batchSize >= 1 && batchSize <= 1000, "batchSize must be in [1, 1000], was %d", batchSize);
        require(features != null && !features.isEmpty(), "features must name at least one of %s, was %s",
                Feature.ids(), features);
        require(features.stream().allMatch(Objects::nonNull), "features must not contain null, was %s", features);
        require(new HashSet<>(features).size() == features.size(), "features must be distinct, was %s", features);
        require(hiddenLayers != null && hiddenLayers.size() <= MAX_LAYERS,
                "hiddenLayers must have at most %d layers, was %s", MAX_LAYERS, hiddenLayers);
        for (Integer width : hiddenLayers) {
            require(width != null && width >= 1 && width <= MAX_WIDTH,
                    "each hidden layer width must be in [1, %d], was %s in %s", MAX_WIDTH, width, hiddenLayers);
        }
        require(activation != null, "activation must be one of %s, was null", Activation.ids());
        require(learningRate > 0 && learningRate <= 10, "learningRate must be in (0, 10], was %s", learningRate);
        require(regularization != null, "regularization must be one of %s, was null", Regularization.ids());
        require(regularizationRate >= 0 && regularizationRate <= 10,
                "regularizationRate must be in [0, 10], was %s", regularizationRate);
        require(regularization != Regularization.NONE || regularizationRate == 0,
                "regularizationRate must be 0 without regularization, was %s", regularizationRate);
        require(problem != null, "problem must be one of %s, was null", Problem.ids());
        require(upload != null || dataset.problem() == problem, "dataset %s is for %s, but problem is %s", dataset.id(),
                dataset.problem().id(), problem.id());
        require(OPTIMIZERS.contains(optimizer), "optimizer must be one of %s, was %s", OPTIMIZERS, optimizer);
        require(dropout >= 0 && dropout <= 0.9, "dropout must be in [0, 0.9], was %s", dropout);
        require(patience >= 0 && patience <= 1000, "patience must be in [0, 1000] (0: no early stopping), was %d",
                patience);
        require(patience > 0 || !restoreBest, "restoreBest needs early stopping (patience > 0), was patience %d",
                patience);
        require(ORDERS.contains(order), "order must be one of %s, was %s", ORDERS, order);
        features = List.copyOf(features);
        hiddenLayers = List.copyOf(hiddenLayers);
        PlaygroundOptimizer.spec(optimizer, learningRate, momentum, beta1, beta2); // names the value that does not fit
    }

    /**
     * TensorFlow Playground's defaults: circle, no noise, 50% training, batch 10, x1 and x2, layers 4 and 2,
     * tanh, 0.03, plain SGD; beyond it: no dropout, no early stopping, a fresh random order every epoch.
     */
    public static PlaygroundSpec defaults() {
        return new PlaygroundSpec(DataSet.CIRCLE, 0, 50, 10, List.of(Feature.X1, Feature.X2), List.of(4, 2),
                Activation.TANH, 0.03, Regularization.NONE, 0, Problem.CLASSIFICATION, 1,
                "sgd", null, null, null, 0, 0, false, "random", null);
    }

    /** Another data set, with the problem type it is for. */
    public PlaygroundSpec withDataset(DataSet newDataset) {
        return with("dataset", newDataset, "problem", newDataset.problem());
    }

    public PlaygroundSpec withFeatures(Feature... newFeatures) {
        return with("features", List.of(newFeatures));
    }

    public PlaygroundSpec withHiddenLayers(Integer... widths) {
        return with("hiddenLayers", List.of(widths));
    }

    public PlaygroundSpec withActivation(Activation newActivation) {
        return with("activation", newActivation);
    }

    public PlaygroundSpec withLearningRate(double newLearningRate) {
        return with("learningRate", newLearningRate);
    }

    public PlaygroundSpec withBatchSize(int newBatchSize) {
        return with("batchSize", newBatchSize);
    }

    public PlaygroundSpec withNoise(int newNoise) {
        return with("noise", newNoise);
    }

    public PlaygroundSpec withRegularization(Regularization newRegularization, double newRate) {
        return with("regularization", newRegularization, "regularizationRate", newRate);
    }

    public PlaygroundSpec withSeed(long newSeed) {
        return with("seed", newSeed);
    }

    /** Another optimiser; a null hyper-parameter takes the optimiser's default, one it does not take must be null. */
    public PlaygroundSpec withOptimizer(String newOptimizer, Double newMomentum, Double newBeta1, Double newBeta2) {
        return with("optimizer", newOptimizer, "momentum", newMomentum, "beta1", newBeta1, "beta2", newBeta2);
    }

    /** Dropout of the given rate after every hidden layer (0: none). */
    public PlaygroundSpec withDropout(double newDropout) {
        return with("dropout", newDropout);
    }

    /** Early stopping after {@code newPatience} epochs without a lower validation loss (0: none). */
    public PlaygroundSpec withEarlyStopping(int newPatience, boolean newRestoreBest) {
        return with("patience", newPatience, "restoreBest", newRestoreBest);
    }

    public PlaygroundSpec withOrder(String newOrder) {
        return with("order", newOrder);
    }

    /** Trains on an uploaded CSV (null: on the data set again), with the problem type its target is read for. */
    public PlaygroundSpec withUpload(UploadChoice newUpload, Problem newProblem) {
        return with("upload", newUpload, "problem", newProblem);
    }

    /**
     * This spec with some fields replaced, given as name, value, name, value, ... by their JSON (and URL)
     * names: the spec's JSON form with the new values, read back, so a new field needs no change here.
     *
     * @throws IllegalArgumentException naming the value, as the constructor checks it
     */
    private PlaygroundSpec with(Object... namesAndValues) {
        ObjectNode tree = JSON.valueToTree(this);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            tree.set((String) namesAndValues[i], JSON.valueToTree(namesAndValues[i + 1]));
        }
        try {
            return JSON.treeToValue(tree, PlaygroundSpec.class);
        } catch (JsonProcessingException e) {
            throw e.getCause() instanceof IllegalArgumentException invalid ? invalid
                    : new IllegalStateException("a playground spec could not be copied through JSON", e);
        }
    }

    /** The state as a URL query string, every field named: {@code dataset=circle&noise=0&...} ({@link PlaygroundQuery}). */
    public String toQuery() {
        return PlaygroundQuery.of(this);
    }

    /**
     * The state of a query string as {@link #toQuery} writes it (a leading {@code ?} is allowed);
     * fields left out keep their {@link #defaults()}, and a missing problem follows the data set.
     *
     * @throws IllegalArgumentException naming the field and value for an unknown field or a bad value
     */
    public static PlaygroundSpec fromQuery(String query) {
        return PlaygroundQuery.parse(query);
    }

    /** The state as JSON: every field, enums by their ids ({@code "multi-gaussian"}). */
    public String toJson() {
        try {
            return JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a playground spec could not be written as JSON", e);
        }
    }

    /**
     * The state of a JSON object as {@link #toJson} writes it; fields left out keep their
     * {@link #defaults()}, and a missing problem follows the data set.
     *
     * @throws IllegalArgumentException naming the field and value for a bad value
     * @throws JsonProcessingException for text that is not JSON or has fields of the wrong type
     */
    public static PlaygroundSpec fromJson(String json) throws JsonProcessingException {
        JsonNode given = json.isBlank() ? JSON.createObjectNode() : JSON.readTree(json);
        require(given.isObject(), "a playground spec must be a JSON object, was %s", given.getNodeType());
        ObjectNode merged = JSON.valueToTree(defaults());
        if (given.has("dataset") && !given.has("problem")) {
            merged.set("problem", JSON.valueToTree(DataSet.of(given.get("dataset").asText()).problem()));
        }
        merged.setAll((ObjectNode) given);
        return JSON.treeToValue(merged, PlaygroundSpec.class);
    }

    private static final ObjectMapper JSON = Json.mapper();
}
