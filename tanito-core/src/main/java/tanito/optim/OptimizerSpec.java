package tanito.optim;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The immutable description of an optimiser and its hyper-parameters, which creates a fresh
 * {@link Optimizer} for each run. Update rules follow {@code torch.optim}'s documented formulas.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Sgd.class, name = "sgd"),
        @JsonSubTypes.Type(value = Adam.class, name = "adam"),
        @JsonSubTypes.Type(value = AdamW.class, name = "adamw"),
        @JsonSubTypes.Type(value = NAdam.class, name = "nadam"),
        @JsonSubTypes.Type(value = Adamax.class, name = "adamax"),
        @JsonSubTypes.Type(value = Adagrad.class, name = "adagrad"),
        @JsonSubTypes.Type(value = Adadelta.class, name = "adadelta"),
        @JsonSubTypes.Type(value = RmsProp.class, name = "rmsprop"),
        @JsonSubTypes.Type(value = tanito.optim.lbfgs.Lbfgs.class, name = "lbfgs"),
        @JsonSubTypes.Type(value = HamiltonianDescent.class, name = "hamiltonian")})
public interface OptimizerSpec {

    /** A new optimiser with fresh state for a vector of {@code parameterCount} parameters. */
    Optimizer create(int parameterCount);

    /** The base learning rate. */
    double learningRate();
}
