package tanito.web.playground;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.data.Dataset;




class PlaygroundSessionTest {
    /** The acceptance criterion, at TensorFlow Playground's default learning rate and batch size. */
    static final PlaygroundSpec SPIRAL = PlaygroundSpec.defaults().withDataset(DataSet.SPIRAL)
            .withFeatures(Feature.X1, Feature.X2, Feature.SIN_X1, Feature.SIN_X2).withHiddenLayers(8, 8);

    @Test
    void spiralReachesATestLossBelowOneTenthWithinThreeHundredEpochs() {
        long start = System.nanoTime();
        PlaygroundSession session = new PlaygroundSession(SPIRAL);
        PlaygroundEpoch epoch = session.current();
        double first = epoch.testLoss();
        while (epoch.testLoss() >= 0.1 && epoch.epoch() < 300) {
            epoch = session.step();
        }
        System.out.printf("spiral: test loss %.4f (from %.4f) after %d epochs in %.2f s%n", epoch.testLoss(), first,
                epoch.epoch(), (System.nanoTime() - start) / 1e9);
        assertTrue(epoch.testLoss() < 0.1, "test loss after " + epoch.epoch() + " epochs: " + epoch.testLoss());
        assertTrue(first > 0.5, "the untrained network's test loss is near log 2, was " + first);
    }

    @Test
    void theSameSpecGivesBitIdenticalEpochs() {
        PlaygroundSession a = new PlaygroundSession(SPIRAL);
        PlaygroundSession b = new PlaygroundSession(SPIRAL);
        for (int i = 0; i < 15; i++) {
            PlaygroundEpoch x = a.step();
            PlaygroundEpoch y = b.step();
            assertEquals(x.trainLoss(), y.trainLoss(), 0.0);
            assertEquals(x.testLoss(), y.testLoss(), 0.0);
            assertArrayEquals(x.boundary(), y.boundary());
        }
        assertTrue(new PlaygroundSession(SPIRAL.withSeed(2)).step().testLoss()
                != new PlaygroundSession(SPIRAL).step().testLoss(), "another seed gives another run");
    }

    @Test
    void theSplitFollowsTheRatioAndTheFeaturesAreComputedFromThePoints() {
        PlaygroundSession session = new PlaygroundSession(SPIRAL.withDataset(DataSet.XOR));
        Dataset train = session.train();
        assertEquals(250, train.rows());
        assertEquals(250, session.test().rows());
        assertEquals(java.util.List.of("x1", "x2", "sinx1", "sinx2"), train.featureNames());
        for (int r = 0; r < train.rows(); r++) {
            float x1 = train.features().get(r, 0), x2 = train.features().get(r, 1);
            assertEquals((float) Math.sin(x1), train.features().get(r, 2), 1e-6f);
            assertEquals((float) Math.sin(x2), train.features().get(r, 3), 1e-6f);
            assertEquals(x1 * x2 >= 0 ? 1 : 0, train.label(r), "xor without noise at (" + x1 + ", " + x2 + ")");
        }
        PlaygroundSpec regression = PlaygroundSpec.fromQuery("dataset=plane&trainPercent=70");
        PlaygroundSession plane = new PlaygroundSession(regression);
        assertEquals(840, plane.train().rows());
        assertEquals(360, plane.test().rows());
    }

    @Test
    void theBoundaryIsTheOutputOnTheGridFromTopLeft() {
        PlaygroundSession session = new PlaygroundSession(PlaygroundSpec.defaults().withDataset(DataSet.GAUSSIANS));
        for (int i = 0; i < 20; i++) {
            session.step();
        }
        float[] boundary = session.boundary();
        assertEquals(PlaygroundSession.GRID * PlaygroundSession.GRID, boundary.length);
        for (float p : boundary) {
            assertTrue(p >= 0 && p <= 1, "a probability, was " + p);
        }
        // class 1 is the cloud around (2, 2): top right; class 0 around (-2, -2): bottom left
        int last = PlaygroundSession.GRID - 1;
        assertTrue(boundary[last] > 0.9, "top right (6, 6): " + boundary[last]);
        assertTrue(boundary[last * PlaygroundSession.GRID] < 0.1, "bottom left (-6, -6): " + boundary[last * 50]);
    }

    @Test
    void aRegressionRunLearnsThePlaneAndThePenaltyCountsInTheLoss() {
        PlaygroundSpec plane = PlaygroundSpec.fromQuery("dataset=plane&hiddenLayers=4&activation=linear");
        PlaygroundSession session = new PlaygroundSession(plane);
        double before = session.current().testLoss();
        PlaygroundEpoch after = null;
        for (int i = 0; i < 10; i++) {
            after = session.step();
        }
        assertTrue(after.testLoss() < before / 10, "plane: test loss from " + before + " to " + after.testLoss());
        double plain = new PlaygroundSession(plane).current().trainLoss();
        double penalised = new PlaygroundSession(plane.withRegularization(Regularization.L2, 0.1)).current().trainLoss();
        assertTrue(penalised > plain, "the L2 penalty of the same initial weights adds to " + plain + ": " + penalised);
    }

    @Test
    void theNetworksMapsAndWeightsGiveTheOutputOnThePlane() {
        PlaygroundSession session = new PlaygroundSession(SPIRAL);
        for (int i = 0; i < 30; i++) {
            session.step(false);
        }
        PlaygroundNetwork network = session.network();
        float[] boundary = session.boundary();
        List<float[]> last = network.maps().get(2);
        float[][] weights = network.weights().get(2);
        int g = PlaygroundNetwork.GRID;
        int b = PlaygroundSession.GRID;
        // the maps' grid and the boundary's share their four corners
        for (int[] corner : new int[][] {{0, 0}, {g - 1, b - 1}, {g * g - 1, b * b - 1}, {g * (g - 1), b * (b - 1)}}) {
            double logit = network.biases().get(2)[0];
            for (int j = 0; j < last.size(); j++) {
                logit += last.get(j)[corner[0]] * weights[j][0];
            }
            assertEquals(boundary[corner[1]], 1 / (1 + Math.exp(-logit)), 0.01, "corner " + corner[0]);
        }
        assertEquals(4, network.maps().get(0).size(), "one map per input feature");
        float[] x1 = network.maps().get(0).get(0);
        assertTrue(x1[0] < 0 && x1[g - 1] > 0 && x1[0] == x1[g * (g - 1)], "x1 grows to the right, the same on each row");
    }

    @Test
    void adamLearnsTheSpiralFasterThanPlainSgdAtTheSameLearningRate() {
        PlaygroundSession sgd = new PlaygroundSession(SPIRAL);
        PlaygroundSession adam = new PlaygroundSession(SPIRAL.withOptimizer("adam", null, null, null));
        PlaygroundEpoch a = null;
        PlaygroundEpoch s = null;
        for (int i = 0; i < 40; i++) {
            s = sgd.step(false);
            a = adam.step(false);
        }
        System.out.printf("spiral after 40 epochs at 0.03: SGD test loss %.4f, Adam %.4f%n", s.testLoss(), a.testLoss());
        assertTrue(a.testLoss() < s.testLoss() / 2, "Adam " + a.testLoss() + " vs SGD " + s.testLoss());
        PlaygroundEpoch momentum = new PlaygroundSession(SPIRAL.withOptimizer("momentum", 0.5, null, null)).step();
        assertNotEquals(new PlaygroundSession(SPIRAL.withOptimizer("momentum", null, null, null)).step().testLoss(),
                momentum.testLoss(), "the momentum setting is used");
    }

    @Test
    void everyOfferedOptimizerTrainsItsOwnWay() {
        double sgd = new PlaygroundSession(SPIRAL).step(false).trainLoss();
        for (String name : TrainingChoice.OPTIMIZERS) {
            PlaygroundSession session = new PlaygroundSession(SPIRAL.withOptimizer(name, null, null, null));
            double first = session.current().trainLoss();
            PlaygroundEpoch epoch = null;
            for (int i = 0; i < 5; i++) {
                epoch = session.step(false);
            }
            assertTrue(Double.isFinite(epoch.trainLoss()) && epoch.trainLoss() < first,
                    name + ": training loss from " + first + " to " + epoch.trainLoss());
            if (!name.equals("sgd")) {
                assertNotEquals(sgd, new PlaygroundSession(SPIRAL.withOptimizer(name, null, null, null)).step(false)
                        .trainLoss(), name);
            }
        }
    }

    @Test
    void dropoutChangesTheTrainingButNotTheFirstLayersInitialWeights() {
        PlaygroundSession plain = new PlaygroundSession(SPIRAL);
        PlaygroundSession dropped = new PlaygroundSession(SPIRAL.withDropout(0.3));
        assertArrayEquals(plain.network().weights().get(0), dropped.network().weights().get(0));
        plain.step();
        dropped.step();
        assertFalse(Arrays.deepEquals(plain.network().weights().get(0), dropped.network().weights().get(0)),
                "dropout's masks change the first layer's gradient");
        assertEquals(2, dropped.network().weights().size() - 1, "dropout adds no weights");
    }

    @Test
    void theEpochOrderChangesTheTraining() {
        double random = new PlaygroundSession(SPIRAL).step().trainLoss();
        for (String order : List.of("sequential", "interleaved", "hard-first")) {
            double other = new PlaygroundSession(SPIRAL.withOrder(order)).step().trainLoss();
            assertNotEquals(random, other, order);
            assertEquals(other, new PlaygroundSession(SPIRAL.withOrder(order)).step().trainLoss(), 0.0, order);
        }
    }

    @Test
    void earlyStoppingWatchesAValidationFifthStopsAndRestoresTheBestEpoch() {
        PlaygroundSpec spec = SPIRAL.withLearningRate(1).withEarlyStopping(3, true);
        PlaygroundSession session = new PlaygroundSession(spec);
        assertEquals(200, session.train().rows(), "250 training points less a fifth");
        assertEquals(50, session.validation().rows());
        assertEquals(250, session.test().rows(), "the test points stay as they were");
        List<Double> validation = new ArrayList<>();
        List<float[][]> firstLayer = new ArrayList<>();
        PlaygroundEpoch epoch = session.current();
        while (epoch.stopped() == null && epoch.epoch() < 2000) {
            epoch = session.step();
            if (epoch.stopped() == null) {
                validation.add(epoch.validationLoss());
                firstLayer.add(epoch.network().weights().get(0));
            }
        }
        assertTrue(session.stopped(), "early stopping ended the run by epoch " + epoch.epoch());
        int best = 0;
        for (int i = 1; i < validation.size(); i++) {
            best = validation.get(i) < validation.get(best) ? i : best;
        }
        assertEquals(validation.size(), epoch.epoch(), "the last epoch counts");
        assertTrue(epoch.epoch() - (best + 1) >= 3, "patience 3: stopped at " + epoch.epoch() + ", best " + (best + 1));
        assertEquals(validation.get(best), epoch.validationLoss(), 0.0, "the best epoch's weights are back");
        assertArrayEquals(firstLayer.get(best), epoch.network().weights().get(0));
        assertTrue(epoch.stopped().contains("the weights of epoch " + (best + 1) + " are restored"), epoch.stopped());
        assertEquals(epoch.epoch(), session.step().epoch(), "a stopped run trains no more");
    }
}
