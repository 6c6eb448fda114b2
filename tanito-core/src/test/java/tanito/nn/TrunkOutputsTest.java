package tanito.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.linalg.Matrix;

class TrunkOutputsTest {
    @Test
    void eachTrunkLayersOutputIsWhatItsNeuronsComputeInEvalMode() {
        // 2 inputs -> 2 tanh -> dropout -> 1 output; weights [inputs, outputs] row-major, then bias
        NetworkSpec spec = NetworkSpec.input(2).dense(2, Activation.tanh()).dropout(0.5).output(1);
        Network network = spec.build(new float[] {0.5f, -1f, 2f, 0.25f, 0.1f, -0.2f, 1f, 1f, 0f});
        List<Matrix> outputs = network.trunkOutputs(Matrix.of(new float[][] {{1, 2}, {-1, 0}}));
        assertEquals(2, outputs.size());
        // neuron 0: tanh(0.5 x1 + 2 x2 + 0.1); neuron 1: tanh(-x1 + 0.25 x2 - 0.2)
        assertEquals((float) Math.tanh(0.5 + 4 + 0.1), outputs.get(0).get(0, 0), 1e-6f);
        assertEquals((float) Math.tanh(-1 + 0.5 - 0.2), outputs.get(0).get(0, 1), 1e-6f);
        assertEquals((float) Math.tanh(-0.5 + 0.1), outputs.get(0).get(1, 0), 1e-6f);
        assertEquals((float) Math.tanh(1 - 0.2), outputs.get(0).get(1, 1), 1e-6f);
        // dropout passes everything through unscaled in evaluation
        assertEquals(outputs.get(0).get(1, 1), outputs.get(1).get(1, 1), 0f);
        float before = outputs.get(0).get(0, 0);
        network.trunkOutputs(Matrix.of(new float[][] {{0, 0}, {0, 0}}));
        assertEquals(before, outputs.get(0).get(0, 0), 0f, "the outputs are copies, not layer buffers");
    }
}
