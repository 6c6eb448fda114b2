package tanito.nn;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import tanito.linalg.Params;
import tanito.linalg.Rng;

/**
 * The description of a layer, from which {@link NetworkSpec} builds the {@link Layer}: it declares
 * the layer's parameter segments in the network's flat vector, draws their initial values, and binds
 * the layer to their views. Segment names are the layer's name plus ".weight" or ".bias".
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = DenseSpec.class, name = "dense"),
        @JsonSubTypes.Type(value = DropoutSpec.class, name = "dropout")})
public sealed interface LayerSpec permits DenseSpec, DropoutSpec {

    /** The width of this layer's output given the width of its input. */
    int outputSize(int inputSize);

    /** Reserves this layer's parameters, if any, in the layout under {@code name}. */
    void declare(String name, int inputSize, Params.Layout layout);

    /** Draws the initial values of this layer's parameters. */
    void initialize(String name, Params params, Rng rng);

    /** The layer, working on the views of its parameters in {@code params}. */
    Layer bind(String name, int inputSize, Params params);
}
