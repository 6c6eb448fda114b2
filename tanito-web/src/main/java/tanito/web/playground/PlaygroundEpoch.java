package tanito.web.playground;

/**
 * Where a Playground run stands after an epoch, as one server-sent event carries it.
 *
 * @param trainLoss the loss on all training points with the epoch's final weights (penalty included)
 * @param testLoss the same on the test points
 * @param boundary the output on the {@link PlaygroundSession#GRID}² grid (see {@link PlaygroundSession#boundary}),
 *     or null in an event that leaves the pictures out
 * @param network the neuron maps and weights, or null in an event that leaves the pictures out
 * @param validationLoss with early stopping, the loss on the validation points it watches; else null
 * @param stopped why training stopped (early stopping's message), or null while it goes on
 * @param testClasses the class the model predicts for each test point, in the order of
 *     {@link PlaygroundPoints#test()} (classification), or null (regression)
 */
public record PlaygroundEpoch(int epoch, double trainLoss, double testLoss, float[] boundary, PlaygroundNetwork network,
                              Double validationLoss, String stopped, int[] testClasses) {

    /** The same epoch without the boundary and the network, for events sent faster than a page redraws. */
    public PlaygroundEpoch withoutPictures() {
        return new PlaygroundEpoch(epoch, trainLoss, testLoss, null, null, validationLoss, stopped, testClasses);
    }
}
