package tanito.nn;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tanito.TestMatrices;
import tanito.linalg.Matrix;
import tanito.linalg.Params;
import tanito.linalg.Rng;
import tanito.loss.Loss;
import tanito.loss.WeightedLoss;
import tanito.regularize.Penalty;

/** Finite-difference gradient checks for every layer, activation, loss and penalty. */
class GradientCheckTest {
    private static final Matrix X = TestMatrices.gaussian(7, 4, 1);
    private static final Matrix Y = TestMatrices.gaussian(7, 3, 2);
    private static final Matrix LABELS = Matrix.wrap(new float[] {0, 2, 1, 1, 0, 2, 2}, 7, 1);
    private static final Matrix BINARY = Matrix.wrap(new float[] {
        1, 0, 1, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 1, 1, 1, 1, 0}, 7, 3);

    static Stream<Activation> activations() {
        return Stream.of(Activation.sigmoid(), Activation.tanh(), Activation.relu(), Activation.leakyRelu(),
                new Activation.LeakyRelu(0.2), Activation.elu(), Activation.identity());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void everyActivationBackPropagatesThroughTwoHiddenLayers(Activation activation) {
        NetworkSpec spec = NetworkSpec.input(4).dense(6, activation).dense(5, activation).output(3);
        GradientCheck.parameters(spec, X, List.of(Y), WeightedLoss.of(Loss.meanSquaredError()), List.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void denseLayerInputGradient(Activation activation) {
        NetworkSpec spec = NetworkSpec.input(4).dense(5, activation).output(3);
        Params params = spec.build(Rng.seeded(3)).params();
        Layer dense = spec.trunk().get(0).bind("trunk.0", 4, params);
        GradientCheck.inputGradient(dense, X.copy());
    }

    @Test
    void everyLoss() {
        NetworkSpec spec = NetworkSpec.input(4).dense(5, Activation.tanh()).output(3);
        GradientCheck.parameters(spec, X, List.of(Y), WeightedLoss.of(Loss.meanSquaredError()), List.of());
        GradientCheck.parameters(spec, X, List.of(LABELS), WeightedLoss.of(Loss.softmaxCrossEntropy()), List.of());
        GradientCheck.parameters(spec, X, List.of(BINARY), WeightedLoss.of(Loss.sigmoidBinaryCrossEntropy()), List.of());
    }

    @Test
    void everyPenaltyAlone() {
        NetworkSpec spec = NetworkSpec.input(4).dense(5, Activation.elu()).output(3);
        GradientCheck.parameters(spec, X, List.of(LABELS), WeightedLoss.of(Loss.softmaxCrossEntropy()),
                List.of(Penalty.l1(0.03)));
        GradientCheck.parameters(spec, X, List.of(LABELS), WeightedLoss.of(Loss.softmaxCrossEntropy()),
                List.of(Penalty.l2(0.2)));
    }

    @Test
    void dropoutWithAFixedMask() {
        NetworkSpec spec = NetworkSpec.input(4).dense(8, Activation.tanh()).dropout(0.4).dense(6, Activation.sigmoid())
                .dropout(0.25).output(3);
        GradientCheck.parameters(spec, X, List.of(LABELS), WeightedLoss.of(Loss.softmaxCrossEntropy()), List.of());
        GradientCheck.inputGradient(new Dropout(4, 0.5), X.copy());
    }

    @Test
    void twoHeadsWithAWeightedSumOfLosses() {
        NetworkSpec spec = NetworkSpec.input(4).dense(6, Activation.relu()).dropout(0.2).heads(
                HeadSpec.linear("value", 3),
                new HeadSpec("kind", List.of(new DenseSpec(4, Activation.tanh()), new DenseSpec(3, Activation.identity()))));
        WeightedLoss loss = WeightedLoss.of(new WeightedLoss.Term("value", Loss.meanSquaredError(), 1.0),
                new WeightedLoss.Term("kind", Loss.softmaxCrossEntropy(), 0.5));
        GradientCheck.parameters(spec, X, List.of(Y, LABELS), loss, List.of(Penalty.l2(0.01)));
    }

    @Test
    void mismatchedShapesNameBothShapes() {
        Network network = NetworkSpec.input(4).dense(5, Activation.relu()).output(3).build(Rng.seeded(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> network.forward(Matrix.zeros(2, 5), Mode.EVAL, null));
        org.junit.jupiter.api.Assertions.assertEquals(
                "the network takes 4 features per row but got a batch of shape 2x5", e.getMessage());
    }
}
