package tanito.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tanito.Golden;
import tanito.linalg.Matrix;
import tanito.linalg.Params;
import tanito.loss.Loss;
import tanito.regularize.Penalty;

/**
 * Every case of golden/mlp_gradients.json (PyTorch 1.13, float64): a 4-5-3 perceptron, 5 activations
 * x 3 losses x 3 penalties; loss and every gradient entry within 1e-4 * max(|expected|, 1e-3).
 */
class GoldenGradientTest {
    private static final JsonNode GOLDEN = Golden.read("mlp_gradients.json");
    private static final double TOLERANCE = 1e-4;
    private static final double FLOOR = 1e-3;

    static Stream<JsonNode> cases() {
        List<JsonNode> all = new ArrayList<>();
        GOLDEN.get("cases").forEach(all::add);
        return all.stream();
    }

    @Test
    void theGoldenFileHasAllFortyFiveCases() {
        assertEquals(45, GOLDEN.get("cases").size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void lossAndEveryGradientMatchPyTorch(JsonNode c) {
        NetworkSpec spec = NetworkSpec.input(4).dense(5, activation(c.get("activation").asText())).output(3);
        Network network = spec.build(new float[spec.parameterCount()]);
        Params params = network.params();
        params.value("trunk.0.weight").copyFrom(Golden.floatMatrix(GOLDEN.get("W1")));
        params.value("trunk.0.bias").copyFrom(Matrix.of(new double[][] {Golden.vector(GOLDEN.get("b1"))}));
        params.value("output.0.weight").copyFrom(Golden.floatMatrix(GOLDEN.get("W2")));
        params.value("output.0.bias").copyFrom(Matrix.of(new double[][] {Golden.vector(GOLDEN.get("b2"))}));
        List<Penalty> penalties = List.of(Penalty.l1(c.get("l1").asDouble()), Penalty.l2(c.get("l2").asDouble()));

        Matrix x = Golden.floatMatrix(GOLDEN.get("X"));
        Matrix output = network.forward(x, Mode.TRAIN, null).get(0);
        assertClose("output", Golden.matrix(c.get("output")), output);

        Loss loss = loss(c.get("loss").asText());
        Matrix gradient = Matrix.zeros(6, 3);
        double dataLoss = loss.evaluate(output, targets(c.get("loss").asText()), gradient);
        double total = dataLoss + Penalty.total(penalties, params);
        assertClose("data_loss", c.get("data_loss").asDouble(), dataLoss);
        assertClose("total_loss", c.get("total_loss").asDouble(), total);

        network.backward(List.of(gradient));
        Penalty.addGradients(penalties, params);
        assertClose("grad_W1", Golden.matrix(c.get("grad_W1")), params.gradient("trunk.0.weight"));
        assertClose("grad_b1", new double[][] {Golden.vector(c.get("grad_b1"))}, params.gradient("trunk.0.bias"));
        assertClose("grad_W2", Golden.matrix(c.get("grad_W2")), params.gradient("output.0.weight"));
        assertClose("grad_b2", new double[][] {Golden.vector(c.get("grad_b2"))}, params.gradient("output.0.bias"));
    }

    private static Activation activation(String name) {
        return name.startsWith("leaky_relu_") ? new Activation.LeakyRelu(Double.parseDouble(name.substring(11)))
                : Activation.parse(name);
    }

    private static Loss loss(String name) {
        switch (name) {
            case "mse": return Loss.meanSquaredError();
            case "softmax_cross_entropy": return Loss.softmaxCrossEntropy();
            case "sigmoid_binary_cross_entropy": return Loss.sigmoidBinaryCrossEntropy();
            default: throw new AssertionError("unknown loss in golden file: " + name);
        }
    }

    private static Matrix targets(String loss) {
        switch (loss) {
            case "mse": return Golden.floatMatrix(GOLDEN.get("y_regression"));
            case "softmax_cross_entropy": {
                double[] labels = Golden.vector(GOLDEN.get("labels"));
                double[][] column = new double[labels.length][];
                for (int i = 0; i < labels.length; i++) {
                    column[i] = new double[] {labels[i]};
                }
                return Matrix.of(column);
            }
            default: return Golden.floatMatrix(GOLDEN.get("y_binary"));
        }
    }

    private static void assertClose(String what, double expected, double actual) {
        assertTrue(Golden.close(actual, expected, TOLERANCE, FLOOR),
                () -> what + ": expected " + expected + ", got " + actual);
    }

    private static void assertClose(String what, double[][] expected, Matrix actual) {
        assertEquals(expected.length + "x" + expected[0].length, actual.shape(), what + " shape");
        for (int r = 0; r < expected.length; r++) {
            for (int col = 0; col < expected[r].length; col++) {
                assertClose(what + "[" + r + "][" + col + "]", expected[r][col], actual.get(r, col));
            }
        }
    }
}
