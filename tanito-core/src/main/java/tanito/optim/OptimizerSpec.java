package tanito.optim;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The immutable description of an optimiser and its hyper-parameters, which creates a fresh
 * {@link Optimizer} for each run. Update rules follow {@code torch.optim}'s documented formulas.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = Sgd.class, name = "sgd")})
public sealed interface OptimizerSpec permits Sgd {

    /** A new optimiser with fresh state for a vector of {@code parameterCount} parameters. */
    Optimizer create(int parameterCount);

    /** The base learning rate. */
    double learningRate();
}
