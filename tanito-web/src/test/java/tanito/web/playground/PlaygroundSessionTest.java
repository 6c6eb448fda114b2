package tanito.web.playground;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
