package tanito.web.playground;

/**
 * Where a Playground run stands after an epoch, as one server-sent event carries it.
 *
 * @param trainLoss the loss on all training points with the epoch's final weights (penalty included)
 * @param testLoss the same on the test points
 * @param boundary the output on the {@link PlaygroundSession#GRID}² grid (see {@link PlaygroundSession#boundary}),
 *     or null in an event that leaves it out
 * @param testClasses the class the model predicts for each test point, in the order of
 *     {@link PlaygroundPoints#test()} (classification), or null (regression)
 */
public record PlaygroundEpoch(int epoch, double trainLoss, double testLoss, float[] boundary, int[] testClasses) {

    /** The same epoch without the boundary, for events sent faster than a page redraws. */
    public PlaygroundEpoch withoutBoundary() {
        return new PlaygroundEpoch(epoch, trainLoss, testLoss, null, testClasses);
    }
}
