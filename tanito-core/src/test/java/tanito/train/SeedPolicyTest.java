package tanito.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.Golden;
import tanito.data.Dataset;
import tanito.data.Preprocessing;
import tanito.data.ScalerSpec;
import tanito.linalg.Matrix;
import tanito.loss.Loss;
import tanito.nn.Activation;
import tanito.nn.DenseSpec;
import tanito.nn.HeadSpec;
import tanito.nn.Initializer;
import tanito.nn.NetworkSpec;
import tanito.optim.Adam;

/**
 * Training under {@link SeedPolicy#PYTORCH} follows PyTorch's run step for step: the same initial weights,
 * the same batches in the same order, Adam with torch.optim's rule (golden/torch_random.json, "training":
 * 3 epochs of 5 batches by PyTorch 1.13).
 */
class SeedPolicyTest {
    private static final JsonNode RUN = Golden.read("torch_random.json").get("training");

    private static Dataset data() {
        double[][] x = Golden.matrix(RUN.get("X"));
        double[] y = Golden.vector(RUN.get("y"));
        Matrix targets = Matrix.zeros(y.length, 1);
        for (int i = 0; i < y.length; i++) {
            targets.set(i, 0, (float) y[i]);
        }
        return new Dataset(Matrix.of(x), targets, List.of("a", "b", "c", "d", "e", "f"), List.of("y"),
                List.of("0", "1", "2"));
    }

    private static TrainingResult train(SeedPolicy policy) {
        NetworkSpec spec = NetworkSpec.input(6).add(new DenseSpec(8, Activation.relu(), Initializer.HE_NORMAL))
                .heads(HeadSpec.linear("output", 3));
        TrainerConfig config = TrainerConfig.of(Loss.softmaxCrossEntropy(), Adam.withLearningRate(0.01))
                .withBatchSize(8).withEpochs(3).withSeed(RUN.get("seed").asLong()).withSeedPolicy(policy)
                .withPreprocessing(Preprocessing.standard().withFeatures(ScalerSpec.none()));
        return new Trainer(config).fit(spec, data(), null);
    }

    @Test
    void trainingFollowsPyTorchsRunStepForStep() {
        TrainingResult result = train(SeedPolicy.PYTORCH);
        double[] losses = Golden.vector(RUN.get("epoch_losses"));
        for (int e = 0; e < losses.length; e++) {
            assertEquals(losses[e], result.history().epochs().get(e).loss(), 2e-6, "loss of epoch " + (e + 1));
        }
        float[] parameters = result.model().parameters();
        float[] expected = torchParametersInTanitosLayout();
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], parameters[i], 2e-5, "parameter " + i);
        }
    }

    @Test
    void tanitosOwnStreamsStartElsewhere() {
        double first = train(SeedPolicy.TANITO).history().epochs().get(0).loss();
        double torchs = Golden.vector(RUN.get("epoch_losses"))[0];
        assertTrue(Math.abs(first - torchs) > 1e-3, "Tanito's streams gave PyTorch's first epoch loss " + first);
    }

    @Test
    void policiesAreNamedAsTheCommandLineSpellsThem() {
        assertEquals(SeedPolicy.PYTORCH, SeedPolicy.named("PyTorch"));
        assertEquals("tanito", SeedPolicy.TANITO.label());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SeedPolicy.named("numpy"));
        assertEquals("unknown seed policy 'numpy'; choose tanito or pytorch", e.getMessage());
    }

    /** PyTorch's weights ([out, in] per layer) and biases, laid out as Tanito's parameter vector: W1, b1, W2, b2. */
    private static float[] torchParametersInTanitosLayout() {
        int[] sizes = {6, 8, 3};
        float[] flat = new float[6 * 8 + 8 + 8 * 3 + 3];
        int at = 0;
        for (int l = 0; l < 2; l++) {
            double[] w = Golden.vector(RUN.get("weights").get(l));
            int in = sizes[l];
            int out = sizes[l + 1];
            for (int i = 0; i < in; i++) {
                for (int o = 0; o < out; o++) {
                    flat[at++] = (float) w[o * in + i];
                }
            }
            for (double b : Golden.vector(RUN.get("biases").get(l))) {
                flat[at++] = (float) b;
            }
        }
        return flat;
    }
}
