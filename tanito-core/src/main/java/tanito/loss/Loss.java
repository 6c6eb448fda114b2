package tanito.loss;

import static tanito.Require.failure;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import tanito.linalg.Matrix;

/**
 * A loss as value plus gradient, on one head's raw outputs (logits for the classification losses),
 * with PyTorch's default mean reduction. Each loss also says what its outputs mean: probabilities
 * for the classification losses, values for regression ({@link #predict}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = MeanSquaredError.class, name = "mse"),
        @JsonSubTypes.Type(value = SoftmaxCrossEntropy.class, name = "softmax_cross_entropy"),
        @JsonSubTypes.Type(value = SigmoidBinaryCrossEntropy.class, name = "sigmoid_binary_cross_entropy")})
public sealed interface Loss permits MeanSquaredError, SoftmaxCrossEntropy, SigmoidBinaryCrossEntropy {

    /**
     * The mean loss of a batch. When {@code gradient} is not null, also writes dLoss/dOutputs into it
     * (same shape as outputs).
     *
     * @throws IllegalArgumentException naming both shapes when targets do not fit the outputs
     */
    double evaluate(Matrix outputs, Matrix targets, Matrix gradient);

    /**
     * Adds each row's loss (the per-row term whose mean over rows is {@link #evaluate}'s value) to
     * {@code into[row]}: what error-emphasising epoch orders weigh rows by.
     */
    void addRowLosses(Matrix outputs, Matrix targets, double[] into);

    /** How many target columns a head of {@code outputs} units takes. */
    int targetColumns(int outputs);

    /** Turns raw outputs into predictions (class probabilities or values); may write in place. */
    void predict(Matrix outputs, Matrix predictions);

    /** Whether the targets are classes (and accuracy is the natural metric). */
    boolean isClassification();

    static Loss meanSquaredError() {
        return new MeanSquaredError();
    }

    static Loss softmaxCrossEntropy() {
        return new SoftmaxCrossEntropy();
    }

    static Loss sigmoidBinaryCrossEntropy() {
        return new SigmoidBinaryCrossEntropy();
    }

    /** Checks that targets have the rows of the outputs and the columns this loss takes. */
    default void checkShapes(Matrix outputs, Matrix targets, Matrix gradient) {
        int columns = targetColumns(outputs.cols());
        if (targets.rows() != outputs.rows() || targets.cols() != columns) {
            throw failure("%s: outputs of shape %s need targets of shape %dx%d, got %s",
                    getClass().getSimpleName(), outputs.shape(), outputs.rows(), columns, targets.shape());
        }
        if (gradient != null) {
            Matrix.requireSameShape(outputs, gradient);
        }
    }
}
