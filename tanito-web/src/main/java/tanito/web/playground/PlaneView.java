package tanito.web.playground;

import tanito.data.Dataset;
import tanito.linalg.Matrix;

/**
 * The plane the page draws: which feature goes across and which up, and the ranges shown. The data
 * sets' plane is (x1, x2) over [-6, 6]²; an uploaded file with two feature columns is shown over its
 * own ranges, widened by 5% on each side so that no point sits on the edge.
 */
public record PlaneView(String x, String y, double xMin, double xMax, double yMin, double yMax) {
    private static final double MARGIN = 0.05;

    /** The data sets' plane. */
    static final PlaneView SYNTHETIC = new PlaneView(Feature.X1.id(), Feature.X2.id(),
            -PlaygroundSession.EXTENT, PlaygroundSession.EXTENT, -PlaygroundSession.EXTENT, PlaygroundSession.EXTENT);

    /** The plane of a data set's two feature columns, or null when it has another number of features. */
    static PlaneView of(Dataset data) {
        if (data.features().cols() != 2 || data.rows() == 0) {
            return null;
        }
        double[] x = range(data.features(), 0);
        double[] y = range(data.features(), 1);
        return new PlaneView(data.featureNames().get(0), data.featureNames().get(1), x[0], x[1], y[0], y[1]);
    }

    /** The first coordinate of grid column {@code c} of {@code grid}: xMin at 0, xMax at grid - 1. */
    double across(int c, int grid) {
        return xMin + (xMax - xMin) * c / (grid - 1);
    }

    /** The second coordinate of grid row {@code r} of {@code grid}: yMax at 0 (the top), yMin at grid - 1. */
    double up(int r, int grid) {
        return yMax - (yMax - yMin) * r / (grid - 1);
    }

    /** The grid's points as rows of (x, y), row-major from the top left. */
    Matrix grid(int grid) {
        Matrix points = Matrix.zeros(grid * grid, 2);
        for (int i = 0; i < grid * grid; i++) {
            points.set(i, 0, (float) across(i % grid, grid));
            points.set(i, 1, (float) up(i / grid, grid));
        }
        return points;
    }

    private static double[] range(Matrix m, int column) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < m.rows(); r++) {
            min = Math.min(min, m.get(r, column));
            max = Math.max(max, m.get(r, column));
        }
        double margin = max > min ? MARGIN * (max - min) : 1;
        return new double[] {min - margin, max + margin};
    }
}
