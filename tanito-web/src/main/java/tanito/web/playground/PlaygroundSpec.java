package tanito.web.playground;

import static tanito.Require.require;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import tanito.io.Json;

/**
 * The Playground's whole state, as TensorFlow Playground keeps it in its URL: the data ({@link
 * DataChoice}: data set or upload, noise, train:test ratio, input features, problem type), the network
 * ({@link NetworkChoice}: hidden layer widths, activation, dropout), the training ({@link
 * TrainingChoice}: batch size, optimiser and learning rate, regularisation and its rate, early stopping,
 * epoch order), and the seed that fixes data and initial weights. Its JSON and URL forms are flat, one
 * field per setting, as the page reads them. Round-trips through a URL query string ({@link #toQuery},
 * {@link #fromQuery}) and JSON.
 *
 * @param seed the seed that fixes the data's points, their split and the initial weights
 */
public record PlaygroundSpec(@JsonUnwrapped DataChoice data, @JsonUnwrapped NetworkChoice network,
                             @JsonUnwrapped TrainingChoice training, long seed) {

    public PlaygroundSpec {
        require(data != null && network != null && training != null,
                "a playground spec needs its data, network and training, was %s, %s, %s", data, network, training);
    }

    /**
     * TensorFlow Playground's defaults: circle, no noise, 50% training, batch 10, x1 and x2, layers 4 and 2,
     * tanh, 0.03, plain SGD; beyond it: no dropout, no early stopping, a fresh random order every epoch.
     */
    public static PlaygroundSpec defaults() {
        return new PlaygroundSpec(
                new DataChoice(DataSet.CIRCLE, 0, 50, List.of(Feature.X1, Feature.X2), Problem.CLASSIFICATION, null),
                new NetworkChoice(List.of(4, 2), Activation.TANH, 0),
                new TrainingChoice(10, 0.03, "sgd", null, null, null, Regularization.NONE, 0, 0, false, "random"), 1);
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
     * @throws IllegalArgumentException naming the value, as the groups' constructors check it
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

    /** The state as a URL query string ({@link PlaygroundQuery}), every field named: {@code dataset=circle&...}. */
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
