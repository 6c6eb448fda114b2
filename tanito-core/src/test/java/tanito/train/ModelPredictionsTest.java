package tanito.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.data.Dataset;
import tanito.data.Datasets;
import tanito.linalg.Matrix;
import tanito.linalg.Rows;
import tanito.loss.Loss;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.optim.Sgd;

/** Class probabilities and classes agree, for softmax and for one sigmoid output. */
class ModelPredictionsTest {
    private static final Dataset IRIS = Datasets.builtin("iris");

    private static Model trained(Dataset data, Loss loss, int outputs) {
        NetworkSpec net = NetworkSpec.input(data.featureNames().size()).dense(6, Activation.tanh()).output(outputs);
        return new Trainer(TrainerConfig.of(loss, Sgd.plain(0.1)).withEpochs(3).withBatchSize(16)).fit(net, data, null).model();
    }

    @Test
    void softmaxProbabilitiesAreThePredictionsAndTheirArgmaxIsTheClass() {
        Model model = trained(IRIS, Loss.softmaxCrossEntropy(), 3);
        Matrix p = model.predictProbabilities(IRIS.features());
        assertArrayEquals(model.predict(IRIS.features()).toArray(), p.toArray());
        int[] classes = model.predictClasses(IRIS.features());
        for (int r = 0; r < p.rows(); r++) {
            assertEquals(classes[r], Rows.argmax(p, r), "row " + r);
        }
    }

    @Test
    void oneSigmoidOutputGivesOneMinusPAndP() {
        int[] twoClasses = java.util.stream.IntStream.range(0, IRIS.rows()).filter(r -> IRIS.label(r) < 2).toArray();
        Dataset binary = IRIS.subset(twoClasses);
        binary = new Dataset(binary.features(), binary.targets(), binary.featureNames(), binary.targetNames(),
                List.of("setosa", "versicolor"));
        Model model = trained(binary, Loss.sigmoidBinaryCrossEntropy(), 1);
        Matrix p = model.predictProbabilities(binary.features());
        Matrix sigmoid = model.predict(binary.features());
        assertEquals(2, p.cols());
        for (int r = 0; r < p.rows(); r++) {
            assertEquals(sigmoid.get(r, 0), p.get(r, 1), 0f, "row " + r);
            assertEquals(1 - sigmoid.get(r, 0), p.get(r, 0), 0f, "row " + r);
            assertEquals(model.predictClasses(binary.features())[r], p.get(r, 1) >= 0.5f ? 1 : 0, "row " + r);
        }
    }

    @Test
    void aRegressionModelHasNoProbabilities() {
        Dataset values = new Dataset(IRIS.features(), IRIS.targets(), IRIS.featureNames(), IRIS.targetNames(), List.of());
        Model model = trained(values, Loss.meanSquaredError(), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.predictProbabilities(IRIS.features()));
        assertEquals("this model predicts values, not classes", e.getMessage());
    }
}
