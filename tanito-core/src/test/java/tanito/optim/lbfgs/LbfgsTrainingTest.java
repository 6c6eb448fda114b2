package tanito.optim.lbfgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tanito.data.Datasets;
import tanito.data.Split;
import tanito.data.SplitSpec;
import tanito.linalg.Rng;
import tanito.loss.Loss;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.train.Stop;
import tanito.train.Trainer;
import tanito.train.TrainerConfig;
import tanito.train.TrainingResult;

/**
 * L-BFGS driven by the real {@link Trainer} on the built-in wine data (124 training, 36 validation, 18
 * test rows with this split), standardised features, a 13-16-3 tanh network and softmax
 * cross-entropy. Full batch, one L-BFGS step (up to 20 iterations) per epoch.
 */
class LbfgsTrainingTest {
    private static final Split WINE = SplitSpec.PRESET_70_20_10.apply(Datasets.builtin("wine"), Rng.seeded(7));
    private static final NetworkSpec NET = NetworkSpec.input(13).dense(16, Activation.tanh()).output(3);
    private static final Lbfgs STRONG_WOLFE = Lbfgs.defaults().withLineSearch(LineSearch.STRONG_WOLFE);

    @Test
    void fullBatchStrongWolfeLearnsWine() {
        TrainerConfig config = TrainerConfig.of(Loss.softmaxCrossEntropy(), STRONG_WOLFE)
                .withBatchSize(WINE.train().rows()).withEpochs(5);
        TrainingResult result = new Trainer(config).fit(NET, WINE.train(), WINE.validation());
        double test = result.model().evaluate(WINE.test()).metric();
        double validation = result.model().evaluate(WINE.validation()).metric();
        double[] loss = result.history().values("loss");
        System.out.printf("L-BFGS full batch on wine: test accuracy %.4f, validation %.4f after %d epochs,"
                + " training loss %.3g -> %.3g%n", test, validation, loss.length, loss[0], loss[loss.length - 1]);
        assertEquals(Stop.Reason.COMPLETED, result.stop().reason());
        assertTrue(test >= 0.95, "wine test accuracy " + test);
        assertTrue(validation >= 0.9, "wine validation accuracy " + validation);
        assertTrue(loss[1] < loss[0] / 10, "one step of 20 iterations cuts the loss: " + loss[0] + " -> " + loss[1]);
    }

    @Test
    void batchesOf64AlsoTrain() {
        TrainerConfig config = TrainerConfig.of(Loss.softmaxCrossEntropy(), STRONG_WOLFE)
                .withBatchSize(64).withEpochs(5);
        TrainingResult result = new Trainer(config).fit(NET, WINE.train(), WINE.validation());
        double test = result.model().evaluate(WINE.test()).metric();
        double[] loss = result.history().values("loss");
        assertEquals(Stop.Reason.COMPLETED, result.stop().reason());
        assertTrue(test >= 0.9, "wine test accuracy " + test);
        // mini-batch L-BFGS fits each batch in turn, so its epoch loss is noisy: ask for a clear fall, not a ratio tuned to one run
        assertTrue(loss[loss.length - 1] < loss[0] / 4, "the loss fell from " + loss[0] + " to " + loss[loss.length - 1]);
    }
}
