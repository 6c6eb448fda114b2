package tanito.web.playground;

import tanito.data.Dataset;

/**
 * A run's points as the page draws them: each row is {@code [x1, x2, target]} in the plane's own
 * coordinates (not the chosen features), the target being the class (0 or 1) or the regression value;
 * for an uploaded file, its first two feature columns and its class index or value.
 *
 * @param train the training points, in the order the session splits them
 * @param test the test points
 */
public record PlaygroundPoints(float[][] train, float[][] test) {

    /** The first {@code trainRows} rows of {@code points} (features x1, x2) for training, the rest for testing. */
    static PlaygroundPoints split(Dataset points, int trainRows) {
        return new PlaygroundPoints(rows(points, 0, trainRows), rows(points, trainRows, points.rows()));
    }

    private static float[][] rows(Dataset points, int from, int to) {
        float[][] rows = new float[to - from][];
        for (int r = from; r < to; r++) {
            float up = points.features().cols() > 1 ? points.features().get(r, 1) : 0; // an upload may have one feature
            rows[r - from] = new float[] {points.features().get(r, 0), up, points.targets().get(r, 0)};
        }
        return rows;
    }
}
